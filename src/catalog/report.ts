import { NOT_LOADED, reasonDetail, reasonKind } from './loaders/issues.ts';
import type { CatalogFormat, CatalogIssue, CatalogLoad } from './source.ts';

const FORMAT_NAMES: Record<CatalogFormat, string> = {
  json: 'JSON',
  jsonl: 'JSON Lines',
  csv: 'CSV',
  shopify: 'Shopify CSV',
  gmc: 'Google Merchant Center feed',
};

/** Locations listed under each kind of issue before "… and N more". */
const PER_GROUP = 5;

/** True for a warning about a record left out on purpose (a draft or unpublished product). */
export function isLeftOut(issue: CatalogIssue): boolean {
  return issue.severity === 'warning' && issue.reason.startsWith(NOT_LOADED);
}

/** Number of distinct records skipped because of errors. */
export function skippedCount(issues: readonly CatalogIssue[]): number {
  const keys = new Set(
    issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.line ?? ''}:${i.record ?? ''}:${i.id ?? ''}`),
  );
  return keys.size;
}

/** Where an issue is: "file:12", or "file record 3" when the format has no lines. */
export function issueLocation(issue: CatalogIssue): string {
  if (issue.line !== undefined) return `${issue.file}:${issue.line}`;
  if (issue.record !== undefined) return `${issue.file} record ${issue.record}`;
  return issue.file;
}

/** One issue on one line: `products.csv:12 [mug-2] price: not a valid price (got "abc")`. */
export function formatIssue(issue: CatalogIssue): string {
  const id = issue.id === undefined ? '' : ` [${issue.id}]`;
  const field = issue.field === undefined ? '' : `${issue.field}: `;
  return `${issueLocation(issue)}${id} ${field}${issue.reason}`;
}

/**
 * The summary a person reads after a load: how many records were read, loaded, skipped and left
 * out, then the problems grouped by field and kind, each with where it happened (file:line,
 * product id) and what was found. At most `maxLines` lines (default 60). `file` names the catalog
 * in the first line (otherwise it is taken from the issues, when there are any).
 */
export function formatLoadReport(load: CatalogLoad, opts: { maxLines?: number; file?: string } = {}): string {
  const maxLines = Math.max(opts.maxLines ?? 60, 2);
  const errors = load.issues.filter((i) => i.severity === 'error');
  const leftOut = load.issues.filter(isLeftOut);
  const warnings = load.issues.filter((i) => i.severity === 'warning' && !isLeftOut(i));
  const file = opts.file ?? load.issues[0]?.file;
  const skipped = skippedCount(errors);
  const parts = [
    `read ${plural(load.recordsSeen, 'record')}`,
    `loaded ${plural(load.products.length, 'product')}`,
  ];
  if (skipped > 0) parts.push(`skipped ${skipped}`);
  if (leftOut.length > 0) parts.push(`left out ${leftOut.length} on purpose`);
  if (warnings.length > 0) parts.push(plural(warnings.length, 'warning'));
  const lines = [`${file ? `${file} ` : ''}(${FORMAT_NAMES[load.format]}): ${parts.join(', ')}.`];
  const sections: [string, CatalogIssue[]][] = [
    [`Skipped ${plural(skipped, 'record')}:`, errors],
    [`Left out on purpose (${leftOut.length}):`, leftOut],
    [`Warnings (${warnings.length}):`, warnings],
  ];
  const body: string[] = [];
  for (const [title, issues] of sections) {
    if (issues.length === 0) continue;
    body.push(title);
    for (const group of groupIssues(issues)) body.push(...formatGroup(group));
  }
  if (lines.length + body.length <= maxLines) return [...lines, ...body].join('\n');
  const shown = body.slice(0, maxLines - lines.length - 1);
  const hidden = body.length - shown.length;
  return [...lines, ...shown, `… ${plural(hidden, 'more line')} not shown.`].join('\n');
}

interface Group {
  readonly field: string | undefined;
  readonly kind: string;
  readonly issues: CatalogIssue[];
}

function groupIssues(issues: readonly CatalogIssue[]): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of issues) {
    const kind = reasonKind(issue.reason);
    const key = `${issue.field ?? ''}\u0000${kind}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { field: issue.field, kind, issues: [] };
      groups.set(key, g);
    }
    g.issues.push(issue);
  }
  return [...groups.values()].sort((a, b) => b.issues.length - a.issues.length);
}

function formatGroup(g: Group): string[] {
  const head = `  ${g.field === undefined ? '' : `${g.field}: `}${g.kind} (${g.issues.length})`;
  const rows = g.issues.slice(0, PER_GROUP).map((i) => {
    const detail = reasonDetail(i.reason);
    return `    ${issueLocation(i)}${i.id === undefined ? '' : ` [${i.id}]`}${detail ? `: ${detail}` : ''}`;
  });
  if (g.issues.length > PER_GROUP) rows.push(`    … and ${g.issues.length - PER_GROUP} more`);
  return [head, ...rows];
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
