import { type CsvError, parse } from 'csv-parse';
import { AisleError } from '../../errors.ts';
import { type DecodedText, headOf } from './decode.ts';
import type { IssueLog } from './issues.ts';
import { countLineBreaks } from './lines.ts';

/** One data row of a delimited file. */
export interface DelimitedRow {
  /** 1-based line where the row starts. */
  readonly line: number;
  /** 1-based data row number (the header row is not counted). */
  readonly record: number;
  readonly cells: readonly string[];
}

/** A delimited file: its header names and its data rows. */
export interface DelimitedTable {
  readonly headers: readonly string[];
  readonly rows: DelimitedRow[];
  /** Data rows read, including rows that could not be parsed. */
  readonly recordsSeen: number;
}

/** The field separator of a delimited text, guessed from its first line. */
export function sniffDelimiter(head: string): string {
  const first = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of ['\t', ',', ';', '|']) {
    const count = first.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** A header name in a comparable form: lower case, words separated by single spaces. */
export function headerKey(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Parse CSV or TSV text with csv-parse, the delimiter sniffed from the first line. Quotes inside
 * unquoted fields are tolerated; a row that cannot be parsed is reported and skipped, and an
 * unclosed quote skips only its own row (the rest of the file is read again from the next line)
 * rather than swallowing the file.
 */
export async function readDelimited(text: DecodedText, log: IssueLog): Promise<DelimitedTable> {
  const delimiter = sniffDelimiter(headOf(text, 65_536));
  const state = { headers: undefined as string[] | undefined, rows: [] as DelimitedRow[], record: 0 };
  const accept = (cells: string[], line: number) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (state.headers === undefined) {
      state.headers = cells.map((c) => c.trim());
      return;
    }
    state.record += 1;
    const extra = cells.slice(state.headers.length);
    if (extra.some((c) => c.trim() !== '')) {
      const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
      log.error(
        { line, record: state.record },
        `row has more fields than the header, skipped (${cells.length} fields, header has ${state.headers.length}; check for an unquoted ${sep})`,
      );
      return;
    }
    state.rows.push({ line, record: state.record, cells });
  };
  let pieces: readonly string[] = text.chunks;
  let startLine = 1;
  for (;;) {
    const { rest, restLine } = await parsePieces({
      pieces,
      startLine,
      delimiter,
      accept,
      log,
      onSkip: () => state.record++,
    });
    if (rest === undefined || restLine === undefined) break;
    if (state.headers !== undefined) state.record += 1;
    log.error(
      { line: restLine, ...(state.headers ? { record: state.record } : {}) },
      'unclosed quote, row skipped (a quote opened on this line is never closed)',
    );
    const m = /\r\n|\r|\n/.exec(rest);
    if (!m) break;
    pieces = [rest.slice(m.index + m[0].length)];
    startLine = restLine + 1;
  }
  return { headers: state.headers ?? [], rows: state.rows, recordsSeen: state.record };
}

function parsePieces(o: {
  pieces: readonly string[];
  startLine: number;
  delimiter: string;
  accept: (cells: string[], line: number) => void;
  onSkip: () => void;
  log: IssueLog;
}): Promise<{ rest?: string; restLine?: number }> {
  return new Promise((resolve, reject) => {
    let line = o.startLine;
    let rest: string | undefined;
    let restLine: number | undefined;
    const parser = parse({
      delimiter: o.delimiter,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      // With `raw: true` each record arrives as { record, raw }.
      on_record: (rec: unknown, ctx) => {
        const start = line;
        line += countLineBreaks(ctx.raw ?? '');
        o.accept(cellsOf(rec), start);
        return null;
      },
      on_skip: (err: CsvError | undefined, raw: string | undefined) => {
        const start = line;
        line += countLineBreaks(raw ?? '');
        if (err?.code === 'CSV_QUOTE_NOT_CLOSED' && raw !== undefined) {
          rest = raw;
          restLine = start;
          return;
        }
        o.onSkip();
        o.log.error({ line: start }, `row could not be read, skipped (${err?.message ?? 'unknown error'})`);
      },
    });
    parser.on('error', (err) =>
      reject(
        new AisleError({
          code: 'CATALOG_FORMAT',
          message: `Could not read ${o.log.file} as delimited text: ${err.message}`,
          cause: err,
        }),
      ),
    );
    parser.on('end', () => resolve(rest === undefined ? {} : { rest, restLine: restLine ?? line }));
    parser.resume();
    for (const piece of o.pieces) parser.write(piece);
    parser.end();
  });
}

function cellsOf(rec: unknown): string[] {
  const cells = (rec as { record?: unknown } | null)?.record ?? rec;
  return Array.isArray(cells) ? cells.map(String) : [];
}
