import type { Product } from '../catalog/product.ts';
import type { Embedder } from '../embed/embedder.ts';
import { textHash } from '../embed/hashing.ts';
import { CatalogIndex, type VectorTransform } from './catalog-index.ts';
import { catalogFingerprint, productHash, toLexicalDoc } from './documents.ts';
import { DEFAULT_HNSW, type HnswParams, HnswVectorIndex } from './hnsw-index.ts';
import { MiniSearchLexicalIndex } from './lexical-minisearch.ts';

/** Fits the catalog-wide vector transform (centring, whitening…) on raw product vectors. */
export type TransformFitter = (vectors: readonly Float32Array[]) => VectorTransform | undefined;

/** Inputs of one index build or update. */
export interface BuildIndexOptions {
  readonly products: readonly Product[];
  readonly catalogSource: string;
  readonly embedder: Embedder;
  /** The text embedded for a product (one documented template). */
  readonly textOf: (p: Product) => string;
  /** The current index, when one exists and was built by the same embedder: only changes are embedded. */
  readonly existing?: CatalogIndex;
  readonly fitTransform?: TransformFitter;
  readonly hnsw?: Partial<HnswParams>;
  /** Called as products are embedded. */
  readonly onProgress?: (done: number, total: number) => void;
  /** When more than this share of the catalog changed, rebuild from scratch (refitting the transform). */
  readonly rebuildShare?: number;
}

/** What a build did, for the CLI summary and the benchmarks. */
export interface BuildReport {
  readonly total: number;
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Products whose text was sent to the embedder (cache hits are not counted here). */
  readonly embedded: number;
  readonly rebuilt: boolean;
  readonly ms: number;
}

const EMBED_CHUNK = 256;

/**
 * Build a new index, or update `existing` in place: products whose embedded text is unchanged keep
 * their vectors, changed ones are re-embedded and upserted, removed ones are deleted.
 */
export async function buildIndex(
  opts: BuildIndexOptions,
): Promise<{ index: CatalogIndex; report: BuildReport }> {
  const started = performance.now();
  const incoming = opts.products.map((product) => ({
    product,
    hash: productHash(product),
    textHash: textHash(opts.textOf(product)),
  }));
  const incomingIds = idSet(incoming);
  const sameEmbedder =
    opts.existing?.provenance.embedderId === opts.embedder.id &&
    opts.existing.provenance.embedderFingerprint === opts.embedder.fingerprint;
  const existing = sameEmbedder ? opts.existing : undefined;
  const removedIds = existing
    ? [...existing.items()].map((i) => i.product.id).filter((id) => !incomingIds.has(id))
    : [];
  const toEmbed = incoming.filter((i) => existing?.get(i.product.id)?.textHash !== i.textHash);
  const changedShare = (toEmbed.length + removedIds.length) / Math.max(1, incoming.length);
  const incremental = existing !== undefined && changedShare <= (opts.rebuildShare ?? 0.2);

  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const i of incoming) {
    const old = existing?.get(i.product.id);
    if (!old) counts.added++;
    else if (old.hash !== i.hash) counts.updated++;
    else counts.unchanged++;
  }

  const index = incremental && existing ? existing : freshIndex(opts, incoming.length);
  const needVectors = incremental ? toEmbed : incoming;
  const raw = await embedAll({ texts: needVectors.map((i) => opts.textOf(i.product)), ...opts });
  if (!incremental && opts.fitTransform) index.transform = opts.fitTransform(raw);

  for (const id of removedIds) index.delete(id);
  const embeddedIds = new Set(needVectors.map((i) => i.product.id));
  needVectors.forEach((item, n) => {
    const vector = raw[n];
    if (!vector) return;
    const label = index.get(item.product.id)?.label ?? index.allocateLabel();
    index.vectors.upsert(label, index.transform ? index.transform.apply(vector) : vector);
    index.put({ label, ...item });
  });
  const lexicalUpdates: Product[] = [];
  for (const item of incoming) {
    if (embeddedIds.has(item.product.id)) {
      lexicalUpdates.push(item.product);
      continue;
    }
    const old = index.get(item.product.id);
    if (old && old.hash !== item.hash) {
      index.put({ label: old.label, ...item });
      lexicalUpdates.push(item.product);
    }
  }
  index.lexical.upsert(lexicalUpdates.map(toLexicalDoc));
  index.provenance = {
    ...index.provenance,
    catalogSource: opts.catalogSource,
    fingerprint: catalogFingerprint(incoming.map((i) => i.hash)),
    builtAt: new Date().toISOString(),
  };
  return {
    index,
    report: {
      total: incoming.length,
      ...counts,
      removed: removedIds.length,
      embedded: needVectors.length,
      rebuilt: !incremental,
      ms: Math.round(performance.now() - started),
    },
  };
}

function idSet(items: readonly { product: Product }[]): Set<string> {
  return new Set(items.map((i) => i.product.id));
}

function freshIndex(opts: BuildIndexOptions, capacity: number): CatalogIndex {
  const hnsw = { ...DEFAULT_HNSW, ...opts.existing?.provenance.hnsw, ...opts.hnsw };
  return new CatalogIndex({
    vectors: HnswVectorIndex.create({
      dimension: opts.embedder.dimension,
      params: hnsw,
      capacity: capacity + 16,
    }),
    lexical: MiniSearchLexicalIndex.create(),
    transform: undefined,
    provenance: {
      embedderId: opts.embedder.id,
      ...(opts.embedder.fingerprint ? { embedderFingerprint: opts.embedder.fingerprint } : {}),
      dimension: opts.embedder.dimension,
      catalogSource: opts.catalogSource,
      fingerprint: '',
      hnsw,
      builtAt: new Date().toISOString(),
    },
  });
}

async function embedAll(opts: {
  texts: readonly string[];
  embedder: Embedder;
  onProgress?: (done: number, total: number) => void;
}): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  opts.onProgress?.(0, opts.texts.length);
  for (let start = 0; start < opts.texts.length; start += EMBED_CHUNK) {
    const chunk = opts.texts.slice(start, start + EMBED_CHUNK);
    out.push(...(await opts.embedder.embed(chunk)));
    opts.onProgress?.(Math.min(start + chunk.length, opts.texts.length), opts.texts.length);
  }
  return out;
}
