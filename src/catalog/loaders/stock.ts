import { type Availability, parseAvailability } from '../product.ts';
import type { RecordCheck } from './check.ts';
import { textOf } from './fields.ts';
import { shown } from './issues.ts';

const LABEL: Record<Availability, string> = {
  in_stock: 'in stock',
  out_of_stock: 'out of stock',
  preorder: 'preorder',
  backorder: 'backorder',
};

/**
 * Decide the availability of a product or variant, the way a shop owner expects:
 * 1. A recognised availability value wins: "in stock", "in_stock", "out of stock", "sold out",
 *    "preorder", "backorder", … (see `parseAvailability`).
 * 2. Otherwise a stock count decides: above zero is in stock, zero or below is out of stock.
 * 3. Otherwise the item is in stock: it is listed in the shop's catalog, so it is meant to be
 *    sold. An availability value that is present but not recognised (e.g. "maybe") gets a
 *    warning naming what was assumed.
 */
export function resolveAvailability(o: {
  raw: unknown;
  /** Stock count as given, even when negative or otherwise dropped. */
  rawStock: unknown;
  chk: RecordCheck;
}): Availability {
  const text = textOf(o.raw);
  const parsed = text === undefined ? undefined : parseAvailability(text);
  if (parsed !== undefined) return parsed;
  const stock = stockNumber(o.rawStock);
  const assumed: Availability = stock === undefined || stock > 0 ? 'in_stock' : 'out_of_stock';
  if (text !== undefined) {
    const why = stock === undefined ? '' : `, from the stock count`;
    o.chk.warn(
      'availability',
      `unknown availability, treated as ${LABEL[assumed]}${why} (got ${shown(text)})`,
    );
  }
  return assumed;
}

/** A stock count as a number, negative values included; undefined when it is not a number. */
function stockNumber(v: unknown): number | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const m = /^([+-]?\d+)(?:\.\d*)?$/.exec(t.replace(/[,_\s](?=\d{3}\b)/g, ''));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}
