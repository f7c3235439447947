import { type IssueLog, type RecordLocation, reasonKind } from './issues.ts';

/** Source names of fields (CSV headers, JSON keys), so issues name what the user wrote. */
export type FieldLabels = Readonly<Record<string, string>>;

/** Reports issues for one record, naming fields as the source does. */
export class RecordCheck {
  /** True once an error was reported: the record will be skipped. */
  failed = false;
  /** Product id, once known, attached to every issue. */
  id: string | undefined;

  constructor(
    private readonly log: IssueLog,
    readonly where: RecordLocation,
    private readonly labels: FieldLabels = {},
    private readonly prefix = '',
  ) {}

  /** A check for a part of this record (a variant) with its own location and field names. */
  part(opts: {
    where?: RecordLocation | undefined;
    labels?: FieldLabels | undefined;
    prefix: string;
  }): RecordCheck {
    const child = new RecordCheck(
      this.log,
      opts.where ?? this.where,
      opts.labels ?? {},
      opts.labels ? '' : opts.prefix,
    );
    child.id = this.id;
    return child;
  }

  /** The field as the source names it. */
  label(field: string): string {
    return this.labels[field] ?? `${this.prefix}${field}`;
  }

  /** The record is skipped. */
  error(field: string | undefined, reason: string): void {
    this.failed = true;
    this.log.error({ ...this.where, id: this.id, field: field && this.label(field) }, reason);
  }

  /** The record is kept, with this field fixed or dropped. */
  warn(field: string | undefined, reason: string): void {
    this.log.warn({ ...this.where, id: this.id, field: field && this.label(field) }, reason);
  }

  /** A warning callback bound to a field. */
  warner(field: string): (reason: string) => void {
    return (reason) => this.warn(field, reason);
  }

  /** A checked value: the value, or undefined after warning that the field was ignored. */
  keep<T>(field: string, checked: { value: T } | { reason: string } | undefined): T | undefined {
    if (checked === undefined) return undefined;
    if ('reason' in checked) {
      this.warn(field, withOutcome(checked.reason, 'ignored'));
      return undefined;
    }
    return checked.value;
  }
}

/** Insert an outcome before a reason's detail: `negative stock count, ignored (got "-3")`. */
export function withOutcome(reason: string, outcome: string): string {
  const kind = reasonKind(reason);
  return `${kind}, ${outcome}${reason.slice(kind.length)}`;
}
