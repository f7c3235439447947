import type { CatalogIssue } from '../source.ts';

/**
 * Reasons starting with this phrase mark records left out on purpose (a draft product), reported
 * as warnings rather than errors: `not loaded: not active (got "draft")`.
 */
export const NOT_LOADED = 'not loaded';

/** Where a record sits in its file: the 1-based line where it starts and its record number. */
export interface RecordLocation {
  readonly line?: number | undefined;
  readonly record?: number | undefined;
}

/** What an issue is about: a location, plus the product id and the field when known. */
export interface IssueTarget extends RecordLocation {
  readonly id?: string | undefined;
  readonly field?: string | undefined;
}

/**
 * Collects the problems found while reading one catalog file.
 *
 * Reasons follow one convention so reports can group them: a general phrase, optionally followed
 * by a detail in parentheses, e.g. `not a valid price (got "abc")`. Issues with the same field and
 * general phrase are the same kind of problem.
 */
export class IssueLog {
  readonly file: string;
  private readonly list: CatalogIssue[] = [];

  constructor(file: string) {
    this.file = file;
  }

  /** The record was skipped because of this problem. */
  error(at: IssueTarget, reason: string): void {
    this.add('error', at, reason);
  }

  /** The record was kept, with the field fixed or dropped. */
  warn(at: IssueTarget, reason: string): void {
    this.add('warning', at, reason);
  }

  /** Number of issues logged so far. */
  get size(): number {
    return this.list.length;
  }

  /** All issues, file-level ones first, then in file order (stable). */
  sorted(): CatalogIssue[] {
    const key = (i: CatalogIssue): number => i.line ?? i.record ?? 0;
    return [...this.list].sort((a, b) => key(a) - key(b));
  }

  private add(severity: CatalogIssue['severity'], at: IssueTarget, reason: string): void {
    this.list.push({
      file: this.file,
      ...(at.line === undefined ? {} : { line: at.line }),
      ...(at.record === undefined ? {} : { record: at.record }),
      ...(at.id === undefined ? {} : { id: at.id }),
      ...(at.field === undefined ? {} : { field: at.field }),
      reason,
      severity,
    });
  }
}

/** A value quoted for an issue reason, cut to a readable length: `"abc"`, `"aaaa…"`. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}

/** The general phrase of a reason, without its parenthesised detail. */
export function reasonKind(reason: string): string {
  const open = reason.indexOf(' (');
  return open > 0 && reason.endsWith(')') ? reason.slice(0, open) : reason;
}

/** The parenthesised detail of a reason, or '' when it has none. */
export function reasonDetail(reason: string): string {
  const open = reason.indexOf(' (');
  return open > 0 && reason.endsWith(')') ? reason.slice(open + 2, -1) : '';
}
