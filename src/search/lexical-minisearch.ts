import { LRUCache } from 'lru-cache';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { AisleError } from '../errors.ts';
import { tokenizeForSearch } from '../text/tokenize.ts';
import type { LexicalDoc, LexicalHit, LexicalIndex, LexicalSearchOptions } from './ports.ts';

const FIELDS = ['title', 'brand', 'category', 'description', 'tags', 'attributes'] as const;

/**
 * Field weights and fuzziness, chosen on the Chorus evaluation (README "Evaluation"): the title
 * and brand carry most of the signal; typos of words of five letters or more are forgiven; a
 * word of four letters or more also matches as a prefix ("head" finds "headphones").
 */
const SEARCH: SearchOptions = {
  boost: { title: 3, brand: 2, category: 2, tags: 1.5, attributes: 1, description: 0.75 },
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
  weights: { fuzzy: 0.45, prefix: 0.3 },
  combineWith: 'OR',
};

/** Harman's "S" stemmer: folds English plurals so "headphone" and "headphones" match. */
export function sStem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  if (term.endsWith('ies') && !term.endsWith('eies') && !term.endsWith('aies'))
    return `${term.slice(0, -3)}y`;
  if (term.endsWith('es') && !/(?:aes|ees|oes)$/.test(term)) return term.slice(0, -1);
  if (term.endsWith('s') && !/(?:us|ss)$/.test(term)) return term.slice(0, -1);
  return term;
}

function options() {
  return {
    fields: [...FIELDS],
    idField: 'id',
    tokenize: (text: string) => tokenizeForSearch(text),
    processTerm: (term: string) => sStem(term),
    searchOptions: SEARCH,
  };
}

/**
 * The default LexicalIndex: MiniSearch (BM25+) over product text, with plural folding, prefix
 * and typo tolerance, and Chinese/Japanese segmented into words by Intl.Segmenter.
 */
export class MiniSearchLexicalIndex implements LexicalIndex {
  private readonly ms: MiniSearch<LexicalDoc>;
  /**
   * Unfiltered results per query text. BM25 is most of a chat message's CPU, and one message can
   * search the same words several times under different filters (relaxation, "show more"); the
   * filter is applied afterwards, which gives exactly what MiniSearch's own filter would. Bounded
   * by the total number of hits held; cleared on every change.
   */
  private readonly cache = new LRUCache<string, LexicalHit[]>({
    maxSize: 200_000,
    sizeCalculation: (hits) => hits.length + 1,
  });

  private constructor(ms: MiniSearch<LexicalDoc>) {
    this.ms = ms;
  }

  /** A new, empty index. */
  static create(): MiniSearchLexicalIndex {
    return new MiniSearchLexicalIndex(new MiniSearch<LexicalDoc>(options()));
  }

  /** Restore an index from `serialize()` output. */
  static load(json: string): MiniSearchLexicalIndex {
    try {
      return new MiniSearchLexicalIndex(MiniSearch.loadJSON<LexicalDoc>(json, options()));
    } catch (cause) {
      throw new AisleError({
        code: 'INDEX_CORRUPT',
        message: 'The lexical index file could not be read.',
        hint: 'Rebuild it with `aisle index`.',
        cause,
      });
    }
  }

  size(): number {
    return this.ms.documentCount;
  }

  upsert(docs: readonly LexicalDoc[]): void {
    this.cache.clear();
    for (const d of docs) {
      if (this.ms.has(d.id)) this.ms.discard(d.id);
      this.ms.add(d);
    }
  }

  remove(ids: readonly string[]): void {
    this.cache.clear();
    for (const id of ids) if (this.ms.has(id)) this.ms.discard(id);
  }

  search(opts: LexicalSearchOptions): LexicalHit[] {
    const query = opts.query.trim();
    if (!query) return [];
    let all = this.cache.get(query);
    if (!all) {
      all = this.ms.search(query).map((r) => ({ id: String(r.id), score: r.score }));
      this.cache.set(query, all);
    }
    const out: LexicalHit[] = [];
    for (const hit of all) {
      if (out.length >= opts.k) break;
      if (!opts.filter || opts.filter(hit.id)) out.push(hit);
    }
    return out;
  }

  serialize(): string {
    return JSON.stringify(this.ms);
  }
}

/**
 * The untuned peer baseline for evaluation: MiniSearch with its default settings over title and
 * description (no boosts, no fuzziness, no prefix, default tokenizer).
 */
export class UntunedMiniSearchBaseline implements LexicalIndex {
  private readonly ms = new MiniSearch<LexicalDoc>({ fields: ['title', 'description'], idField: 'id' });

  size(): number {
    return this.ms.documentCount;
  }
  upsert(docs: readonly LexicalDoc[]): void {
    this.ms.addAll(docs);
  }
  remove(ids: readonly string[]): void {
    for (const id of ids) this.ms.discard(id);
  }
  search(opts: LexicalSearchOptions): LexicalHit[] {
    return this.ms
      .search(opts.query)
      .slice(0, opts.k)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }
  serialize(): string {
    return JSON.stringify(this.ms);
  }
}
