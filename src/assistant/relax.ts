/**
 * Zero results: which constraint to relax first, and how far. The least important goes first:
 * the price window (widened just enough to reach the closest items), then "in stock only", then
 * a brand inclusion, then the category. Brand exclusions are never relaxed: "not JBL" stays.
 * Pure; the search flow runs the steps.
 */
import { minorDigits } from '../catalog/money.ts';
import type { Product } from '../catalog/product.ts';
import type { Constraints, PriceRange } from '../query/types.ts';

/** One relaxation step. */
export type RelaxKind = 'price' | 'stock' | 'brands' | 'categories';

/** What was relaxed: the constraints before, and the kind of change. */
export interface Relaxation {
  readonly kind: RelaxKind;
  readonly from: Constraints;
}

/** The steps that apply to these constraints, in the order they are tried. */
export function relaxationSteps(c: Constraints): RelaxKind[] {
  const steps: RelaxKind[] = [];
  if (c.price && (c.price.maxMinor !== undefined || c.price.minMinor !== undefined)) steps.push('price');
  if (c.inStockOnly) steps.push('stock');
  if (c.brands.length > 0) steps.push('brands');
  if (c.categories.length > 0) steps.push('categories');
  return steps;
}

/** The constraints without the part a (non-price) step relaxes. */
export function withoutPart(c: Constraints, kind: Exclude<RelaxKind, 'price'>): Constraints {
  if (kind === 'stock') return { ...c, inStockOnly: false };
  if (kind === 'brands') return { ...c, brands: [] };
  return { ...c, categories: [] };
}

/** A round step for a price in major units: $1 below $20, $5 below $100, $10 below $500, … */
function stepFor(major: number): number {
  if (major < 20) return 1;
  if (major < 100) return 5;
  if (major < 500) return 10;
  if (major < 2000) return 50;
  return 100;
}

/** Round a price up to a friendly ceiling ($33.99 -> $35). */
export function niceCeil(minor: number, currency: string): number {
  const scale = 10 ** minorDigits(currency);
  const major = minor / scale;
  const step = stepFor(major);
  return Math.round(Math.ceil(major / step - 1e-9) * step * scale);
}

/** Round a price down to a friendly floor ($412 -> $410). */
export function niceFloor(minor: number, currency: string): number {
  const scale = 10 ** minorDigits(currency);
  const major = minor / scale;
  const step = stepFor(major);
  return Math.max(0, Math.round(Math.floor(major / step + 1e-9) * step * scale));
}

function distance(p: Product, range: PriceRange): number {
  const x = p.price.minor;
  if (range.maxMinor !== undefined && x > range.maxMinor) return x - range.maxMinor;
  if (range.minMinor !== undefined && x < range.minMinor) return range.minMinor - x;
  return 0;
}

/**
 * The price window widened to reach the `count` relevant items closest in price to the original
 * one, with friendly round ends; a ceiling stays a ceiling and a floor a floor.
 */
export function widenPrice(opts: {
  range: PriceRange;
  candidates: readonly Product[];
  count: number;
}): PriceRange | undefined {
  const { range } = opts;
  const same = opts.candidates.filter((p) => p.price.currency === range.currency);
  const closest = [...same].sort((a, b) => distance(a, range) - distance(b, range)).slice(0, opts.count);
  if (closest.length === 0) return undefined;
  const prices = closest.map((p) => p.price.minor);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const out: { minMinor?: number; maxMinor?: number } = {};
  if (range.maxMinor !== undefined) out.maxMinor = Math.max(range.maxMinor, niceCeil(hi, range.currency));
  if (range.minMinor !== undefined) out.minMinor = Math.min(range.minMinor, niceFloor(lo, range.currency));
  return { currency: range.currency, ...out };
}
