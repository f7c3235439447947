import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { formatIssue, formatLoadReport } from '../../../src/catalog/report.ts';
import type { CatalogIssue, CatalogLoad } from '../../../src/catalog/source.ts';
import { fixture } from './helpers.ts';

describe('the load report', () => {
  it('sums up counts, then skipped rows grouped by field and reason with file:line', async () => {
    const path = fixture('shopify-legacy.csv');
    const text = formatLoadReport(await loadCatalog({ path }));
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      `${path} (Shopify CSV): read 13 records, loaded 3 products, skipped 2, left out 3 on purpose, 1 warning.`,
    );
    expect(text).toContain('Skipped 2 records:\n  Variant Price: missing price (1)\n');
    expect(text).toContain(`    ${path}:13 [no-price]`);
    expect(text).toContain('Left out on purpose (3):\n  Status: not loaded: not active (2)\n');
    expect(text).toContain(`    ${path}:10 [draft-tent]: got "draft"`);
    expect(text).toContain(
      `Warnings (1):\n  Variant Price: variant skipped: not a valid price (1)\n    ${path}:6 [ridge-hoodie]: got "oops"`,
    );
  });

  it('groups many issues of one kind and respects maxLines', () => {
    const issues: CatalogIssue[] = Array.from({ length: 40 }, (_, i) => ({
      file: 'big.csv',
      line: i + 2,
      id: `p${i}`,
      field: 'price',
      reason: `not a valid price (got "x${i}")`,
      severity: 'error',
    }));
    const load: CatalogLoad = { products: [], issues, format: 'csv', recordsSeen: 100 };
    const full = formatLoadReport(load);
    expect(full).toContain('price: not a valid price (40)');
    expect(full).toContain('… and 35 more');
    expect(full.split('\n')).toHaveLength(1 + 1 + 1 + 5 + 1);
    const short = formatLoadReport(load, { maxLines: 4 });
    expect(short.split('\n')).toHaveLength(4);
    expect(short.split('\n').at(-1)).toBe('… 6 more lines not shown.');
  });

  it('formats one issue on one line, with the record number when there are no lines', () => {
    const issue: CatalogIssue = {
      file: 'feed.json',
      record: 3,
      id: 'a',
      field: 'price',
      reason: 'missing price',
      severity: 'error',
    };
    expect(formatIssue(issue)).toBe('feed.json record 3 [a] price: missing price');
  });
});
