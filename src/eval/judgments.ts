import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { AisleError } from '../errors.ts';
import type { Judgments } from './metrics.ts';

/** Read a `query,docid,rating` CSV into judgments per query. */
export async function readJudgments(file: string): Promise<Map<string, Judgments>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new AisleError({
      code: 'JUDGMENTS_INVALID',
      message: `Cannot read the judgments file ${file}.`,
      hint: 'Pass a CSV with the header query,docid,rating via --judgments.',
      cause,
    });
  }
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const out = new Map<string, Map<string, number>>();
  rows.forEach((row, i) => {
    const query = row.query;
    const id = row.docid ?? row.id;
    const rating = Number(row.rating);
    if (!query || !id || !Number.isFinite(rating)) {
      throw new AisleError({
        code: 'JUDGMENTS_INVALID',
        message: `Line ${i + 2} of ${file} is not query,docid,rating.`,
        hint: 'Each line needs a query, a product id and a numeric rating.',
      });
    }
    let forQuery = out.get(query);
    if (!forQuery) {
      forQuery = new Map();
      out.set(query, forQuery);
    }
    forQuery.set(id, rating);
  });
  if (out.size === 0) {
    throw new AisleError({ code: 'JUDGMENTS_INVALID', message: `No judgments in ${file}.` });
  }
  return out;
}
