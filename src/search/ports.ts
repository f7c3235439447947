/** A nearest-neighbour hit: the numeric label the vector was stored under and its cosine similarity. */
export interface VectorHit {
  readonly label: number;
  readonly score: number;
}

/** Options for one vector search. */
export interface VectorSearchOptions {
  readonly vector: Float32Array;
  readonly k: number;
  /** Applied inside the graph search, so k hits come back when k matching items exist. */
  readonly filter?: (label: number) => boolean;
  /** Search breadth; defaults to the index's own setting. */
  readonly ef?: number;
}

/** Approximate nearest-neighbour index over unit vectors (cosine space), keyed by integer labels. */
export interface VectorIndex {
  readonly dimension: number;
  /** Number of live (not deleted) vectors. */
  size(): number;
  /** Insert or replace the vector stored under `label`. */
  upsert(label: number, vector: Float32Array): void;
  /** Hide a label from all later searches. */
  remove(label: number): void;
  has(label: number): boolean;
  /** The stored vector, when present. */
  vectorOf(label: number): Float32Array | undefined;
  search(opts: VectorSearchOptions): VectorHit[];
  /** Write the whole index to `file` (the caller makes the write atomic). */
  save(file: string): Promise<void>;
}

/** A lexical hit: product id and its BM25-family score. */
export interface LexicalHit {
  readonly id: string;
  readonly score: number;
}

/** The searchable text fields of one product. */
export interface LexicalDoc {
  readonly id: string;
  readonly title: string;
  readonly brand: string;
  readonly category: string;
  readonly description: string;
  readonly tags: string;
  readonly attributes: string;
}

/** Options for one lexical search. */
export interface LexicalSearchOptions {
  readonly query: string;
  readonly k: number;
  readonly filter?: (id: string) => boolean;
}

/** Full-text index (BM25 family) with prefix and typo tolerance. */
export interface LexicalIndex {
  size(): number;
  upsert(docs: readonly LexicalDoc[]): void;
  remove(ids: readonly string[]): void;
  search(opts: LexicalSearchOptions): LexicalHit[];
  /** A JSON string that `load` restores. */
  serialize(): string;
}
