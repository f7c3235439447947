import type { Product } from '../catalog/product.ts';
import type { QueryVocabulary } from '../query/types.ts';
import type { HnswParams } from './hnsw-index.ts';
import type { LexicalIndex, VectorIndex } from './ports.ts';

/** A vector transform fitted on the catalog (centring, whitening…), applied to products and queries. */
export interface VectorTransform {
  readonly kind: string;
  apply(v: Float32Array): Float32Array;
  toJSON(): unknown;
}

/** One product as stored in the index. */
export interface IndexedProduct {
  /** Integer label of its vector in the vector index. */
  readonly label: number;
  readonly product: Product;
  /** Content hash of the product (any field). */
  readonly hash: string;
  /** Hash of the text that was embedded; equal text means the vector can be reused. */
  readonly textHash: string;
}

/** Where an index came from, recorded in its manifest. */
export interface IndexProvenance {
  readonly embedderId: string;
  /** Identity of the embedder's weights, when its id does not pin them (GPT-2 model folders). */
  readonly embedderFingerprint?: string;
  readonly dimension: number;
  readonly catalogSource: string;
  readonly fingerprint: string;
  readonly hnsw: HnswParams;
  readonly builtAt: string;
}

/**
 * Everything a search needs in memory: products by id and label, the vector and lexical indexes,
 * the query-time vector transform and the catalog's vocabulary.
 */
export class CatalogIndex {
  readonly vectors: VectorIndex;
  readonly lexical: LexicalIndex;
  /**
   * The transform applied to product and query vectors, when the embedder needs one. Replaced
   * only while building, before any vector is added.
   */
  transform: VectorTransform | undefined;
  provenance: IndexProvenance;
  private readonly byId = new Map<string, IndexedProduct>();
  private readonly byLabel = new Map<number, IndexedProduct>();
  private next = 0;
  private vocab: QueryVocabulary | undefined;

  constructor(opts: {
    vectors: VectorIndex;
    lexical: LexicalIndex;
    transform: VectorTransform | undefined;
    provenance: IndexProvenance;
    items?: Iterable<IndexedProduct>;
    nextLabel?: number;
  }) {
    this.vectors = opts.vectors;
    this.lexical = opts.lexical;
    this.transform = opts.transform;
    this.provenance = opts.provenance;
    for (const item of opts.items ?? []) this.put(item);
    this.next = Math.max(this.next, opts.nextLabel ?? 0);
  }

  get size(): number {
    return this.byId.size;
  }

  get nextLabel(): number {
    return this.next;
  }

  /** A fresh label for a new product. */
  allocateLabel(): number {
    return this.next++;
  }

  get(id: string): IndexedProduct | undefined {
    return this.byId.get(id);
  }

  byVectorLabel(label: number): IndexedProduct | undefined {
    return this.byLabel.get(label);
  }

  items(): IterableIterator<IndexedProduct> {
    return this.byId.values();
  }

  /** Record a product (its vectors are upserted separately by the indexer). */
  put(item: IndexedProduct): void {
    const old = this.byId.get(item.product.id);
    if (old && old.label !== item.label) this.byLabel.delete(old.label);
    this.byId.set(item.product.id, item);
    this.byLabel.set(item.label, item);
    this.next = Math.max(this.next, item.label + 1);
    this.vocab = undefined;
  }

  /** Forget a product everywhere. */
  delete(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    this.byLabel.delete(old.label);
    this.vectors.remove(old.label);
    this.lexical.remove([id]);
    this.vocab = undefined;
  }

  /** The catalog's brands, category path segments and main currency, for query understanding. */
  vocabulary(): QueryVocabulary {
    if (this.vocab) return this.vocab;
    const brands = new Set<string>();
    const categories = new Set<string>();
    const currencies = new Map<string, number>();
    for (const { product } of this.byId.values()) {
      if (product.brand) brands.add(product.brand);
      for (const segment of product.category) categories.add(segment);
      currencies.set(product.price.currency, (currencies.get(product.price.currency) ?? 0) + 1);
    }
    const currency = [...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
    this.vocab = { brands: [...brands].sort(), categories: [...categories].sort(), currency };
    return this.vocab;
  }
}
