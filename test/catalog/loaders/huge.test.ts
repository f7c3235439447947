import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { ids, issuesFor, product, tempDir } from './helpers.ts';

/** About 50 MB of description text, with some markup. */
const HUGE = `<p>${'Hand-thrown stoneware, glazed twice. '.repeat(Math.ceil((50 * 1024 * 1024) / 37))}</p>`;

describe('a 50 MB description', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('is cut to 20,000 characters with a warning in JSON Lines, and the other rows load', async () => {
    const lines = [
      { id: 'a', title: 'Small plate', price: '9.00' },
      { id: 'big', title: 'Serving platter', price: '59.00', description: HUGE },
      { id: 'c', title: 'Side bowl', price: '12.00' },
    ];
    const load = await loadCatalog({
      path: tmp.write('huge.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')),
    });
    expect(ids(load)).toEqual(['a', 'big', 'c']);
    const description = product(load, 'big').description;
    expect(description.length).toBeLessThanOrEqual(20_000);
    expect(description.startsWith('Hand-thrown stoneware')).toBe(true);
    expect(issuesFor(load, 'big')).toMatchObject([{ line: 2, field: 'description', severity: 'warning' }]);
    expect(issuesFor(load, 'big')[0]?.reason).toMatch(
      /^description longer than 20,000 characters, cut \(was 5\d,\d{3},\d{3}\)$/,
    );
  });

  it('is cut the same way in a quoted CSV field', async () => {
    const csv = `id,title,price,description\na,Small plate,9.00,Plain\nbig,Serving platter,59.00,"${HUGE}"\nc,Side bowl,12.00,Plain\n`;
    const load = await loadCatalog({ path: tmp.write('huge.csv', csv) });
    expect(ids(load)).toEqual(['a', 'big', 'c']);
    expect(product(load, 'big').description.length).toBeLessThanOrEqual(20_000);
    expect(issuesFor(load, 'big')).toMatchObject([{ line: 3, field: 'description', severity: 'warning' }]);
    expect(load.issues.find((i) => i.id === 'c')).toBeUndefined();
  });
});
