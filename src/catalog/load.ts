import { AisleError } from '../errors.ts';
import { loadCsv } from './loaders/csv.ts';
import { decodeCatalogBytes, headOf } from './loaders/decode.ts';
import { detectFormat } from './loaders/detect.ts';
import { cleanCurrency } from './loaders/fields.ts';
import { loadGmc } from './loaders/gmc.ts';
import { IssueLog } from './loaders/issues.ts';
import { loadJson, loadJsonl } from './loaders/json.ts';
import { emptyCatalog, readCatalogBytes } from './loaders/read.ts';
import { loadShopify } from './loaders/shopify.ts';
import type { LoaderInput, LoaderOutput } from './loaders/types.ts';
import { formatIssue } from './report.ts';
import {
  CATALOG_FORMATS,
  type CatalogFormat,
  type CatalogIssue,
  type CatalogLoad,
  type CatalogSource,
} from './source.ts';
import { buildProduct, dropDuplicateIds, type ValidProduct } from './validate.ts';

/** How to read a catalog file. */
export interface LoadCatalogOptions {
  /** Path of the catalog file. */
  readonly path: string;
  /** The file's format; 'auto' (the default) tells it from the extension and the content. */
  readonly format?: 'auto' | CatalogFormat;
  /** Generic CSV only: aisle field -> CSV header, e.g. `{ "title": "Product Name" }`. */
  readonly csvMapping?: Readonly<Record<string, string>>;
  /** Currency for prices that name none (ISO 4217). Default 'USD'. */
  readonly defaultCurrency?: string;
}

const LOADERS: Record<CatalogFormat, (input: LoaderInput) => LoaderOutput | Promise<LoaderOutput>> = {
  json: loadJson,
  jsonl: loadJsonl,
  csv: loadCsv,
  shopify: loadShopify,
  gmc: loadGmc,
};

/** Issues quoted in a CATALOG_NO_VALID_ROWS message. */
const ISSUES_IN_ERROR = 5;

/**
 * Read a product catalog: JSON or JSON Lines in aisle's shape, generic CSV/TSV, a Shopify product
 * export, or a Google Merchant Center feed (TSV or XML). Bad records are skipped and reported in
 * `issues` without losing the good ones. Throws AisleError CATALOG_NOT_FOUND, CATALOG_EMPTY,
 * CATALOG_TOO_LARGE, CATALOG_FORMAT, CATALOG_ENCODING or CATALOG_NO_VALID_ROWS when nothing can be
 * loaded, with a message naming the file and a hint on how to fix it.
 *
 * What a shop owner can expect of every format:
 * - A record without id, title or usable price is skipped; a duplicate id keeps the first record.
 * - Prices are exact (integer minor units); negative prices and prices above 1,000,000 are refused.
 * - Odd optional values (a rating outside 0–5, a negative stock count, a bad link) are dropped
 *   with a warning; the product stays.
 * - Availability: a recognised value wins; otherwise the stock count decides; otherwise the
 *   product is in stock (it is in the catalog to be sold), with a warning if the value was unknown.
 * - HTML in descriptions becomes plain text (at most 20,000 characters); titles become one line
 *   (at most 300 characters); tags are deduplicated.
 * - Lines that are not valid UTF-8 are read as Windows-1252, each with a warning.
 */
export async function loadCatalog(opts: LoadCatalogOptions): Promise<CatalogLoad> {
  const requested = opts.format ?? 'auto';
  if (requested !== 'auto' && !CATALOG_FORMATS.includes(requested)) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `Unknown catalog format "${String(requested)}".`,
      hint: `Use one of: auto, ${CATALOG_FORMATS.join(', ')}.`,
    });
  }
  const defaultCurrency = checkCurrency(opts.defaultCurrency ?? 'USD');
  const bytes = await readCatalogBytes(opts.path);
  const log = new IssueLog(opts.path);
  const text = decodeCatalogBytes(bytes, log);
  const head = headOf(text, 65_536);
  if (head.trim() === '' && text.chunks.every((c) => c.trim() === '')) {
    throw emptyCatalog(opts.path, 'has only blank lines');
  }
  const format = requested === 'auto' ? detect(opts.path, head) : requested;
  const out = await LOADERS[format]({ text, log, defaultCurrency, csvMapping: opts.csvMapping });
  if (out.recordsSeen === 0) {
    const tabular =
      format === 'csv' || format === 'shopify' || (format === 'gmc' && !head.trimStart().startsWith('<'));
    throw emptyCatalog(opts.path, tabular ? 'has a header row but no products' : 'has no products');
  }
  const valid: ValidProduct[] = [];
  for (const raw of out.records) {
    const product = buildProduct(raw, { log, defaultCurrency });
    if (product !== undefined) valid.push({ product, where: raw.where });
  }
  const products = dropDuplicateIds(valid, log);
  const issues = log.sorted();
  if (products.length === 0) throw noValidRows(opts.path, out.recordsSeen, issues);
  return { products, issues, format, recordsSeen: out.recordsSeen };
}

/** A catalog read from a file, loaded again on every `load()` (so edits are picked up). */
export class FileCatalogSource implements CatalogSource {
  readonly description: string;
  private readonly options: LoadCatalogOptions;

  constructor(options: LoadCatalogOptions) {
    this.options = options;
    this.description = options.path;
  }

  load(): Promise<CatalogLoad> {
    return loadCatalog(this.options);
  }
}

function detect(path: string, head: string): CatalogFormat {
  const format = detectFormat(path, head);
  if (format !== undefined) return format;
  throw new AisleError({
    code: 'CATALOG_FORMAT',
    message: `Could not tell the format of the catalog file ${path}.`,
    hint: `aisle reads JSON, JSONL, CSV/TSV with a header row, Shopify product CSV and Google Merchant Center feeds (TSV or XML). Set AISLE_CATALOG_FORMAT to one of: ${CATALOG_FORMATS.join(', ')}.`,
  });
}

function checkCurrency(code: string): string {
  const checked = cleanCurrency(code);
  if (checked !== undefined && 'value' in checked) return checked.value;
  throw new AisleError({
    code: 'CONFIG_INVALID',
    message: `The default currency "${code}" is not an ISO 4217 currency code.`,
    hint: 'Use a code such as USD, EUR, GBP or JPY.',
  });
}

function noValidRows(path: string, recordsSeen: number, issues: readonly CatalogIssue[]): AisleError {
  const first = [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ]
    .slice(0, ISSUES_IN_ERROR)
    .map((i) => `  ${formatIssue(i)}`);
  const more = issues.length > ISSUES_IN_ERROR ? `\n  … and ${issues.length - ISSUES_IN_ERROR} more` : '';
  return new AisleError({
    code: 'CATALOG_NO_VALID_ROWS',
    message: `None of the ${recordsSeen} records in ${path} could be loaded:\n${first.join('\n')}${more}`,
    hint: 'Fix the problems listed, or check that the format (AISLE_CATALOG_FORMAT) and CSV column mapping fit the file.',
  });
}
