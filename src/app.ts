import { watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalog } from './catalog/load.ts';
import type { CatalogFormat, CatalogLoad } from './catalog/source.ts';
import type { Config } from './config.ts';
import { CachedEmbedder, EmbeddingCache, embeddingCacheFile } from './embed/cache.ts';
import type { Embedder } from './embed/embedder.ts';
import { HashingEmbedder } from './embed/hashing.ts';
import { fitPostprocessor, Postprocessor } from './embed/postprocess.ts';
import { productText } from './embed/product-text.ts';
import { type EmbedderKind, embedderIdFor, postprocessFor, selectEmbedder } from './embed/select.ts';
import { AisleError } from './errors.ts';
import type { Logger } from './log.ts';
import type { CatalogIndex } from './search/catalog-index.ts';
import { type BuildReport, buildIndex } from './search/indexer.ts';
import { MANIFEST_FILE, type Manifest, readManifest } from './search/manifest.ts';
import { Retriever, type StageTimings } from './search/retriever.ts';
import { loadIndex, saveIndex } from './search/store.ts';
import { DirLock } from './storage/atomic.ts';

/** The loaded search engine: the index, the embedder that made it, and a retriever over both. */
export interface Engine {
  readonly config: Config;
  readonly dataDir: string;
  readonly embedder: Embedder;
  readonly retriever: Retriever;
  /** The index serving right now. */
  index(): CatalogIndex;
  /** Load a newer index from disk if `aisle index` wrote one; true when it swapped. */
  reload(): Promise<boolean>;
  /** Reload automatically whenever the manifest changes. Returns a stop function. */
  watchIndex(opts?: {
    onReload?: (index: CatalogIndex) => void;
    onError?: (err: unknown) => void;
  }): () => void;
  close(): Promise<void>;
}

const reviveTransform = (json: unknown) => Postprocessor.fromJSON(json);

/**
 * Open the index in `dataDir` with the embedder that built it. Naming a different embedder
 * (flag or AISLE_EMBEDDER) is refused with a re-index hint, never silently mixed.
 */
export async function openEngine(opts: {
  config: Config;
  logger: Logger;
  dataDir?: string;
  embedder?: EmbedderKind;
  /** Called with the stage timings of every search (metrics). */
  observe?: (timings: StageTimings) => void;
}): Promise<Engine> {
  const { config, logger } = opts;
  const dataDir = opts.dataDir ?? config.dataDir;
  const opened = await readManifest(dataDir);
  let index = await loadIndex({ dataDir, reviveTransform, manifest: opened });
  let generation = opened?.generation ?? 0;
  const builtWith = index.provenance.embedderId;
  const requested = opts.embedder ?? config.embedder;
  if (requested !== 'auto' && embedderIdFor(config, requested) !== builtWith) {
    throw new AisleError({
      code: 'EMBEDDER_MISMATCH',
      message: `The index in ${dataDir} was built with ${builtWith}, not ${embedderIdFor(config, requested)}.`,
      hint: `Re-index with \`aisle index --embedder ${requested}\`, or drop --embedder / AISLE_EMBEDDER to use the index's own.`,
    });
  }
  const embedder = await selectEmbedder({
    config,
    requested: 'auto',
    indexEmbedderId: builtWith,
    logger,
    dataDir,
  });
  const builtFingerprint = index.provenance.embedderFingerprint;
  if (builtFingerprint !== undefined && builtFingerprint !== embedder.fingerprint) {
    await embedder.close();
    throw new AisleError({
      code: 'EMBEDDER_MISMATCH',
      message: `The model files behind ${builtWith} changed since the index in ${dataDir} was built.`,
      hint: 'Re-index with `aisle index` so products and queries are embedded by the same model.',
    });
  }
  const retriever = new Retriever({
    index: () => index,
    embedder,
    ...(opts.observe ? { observe: opts.observe } : {}),
  });

  const reload = async (): Promise<boolean> => {
    const manifest = await readManifest(dataDir);
    if (!manifest || manifest.generation === generation) return false;
    if (manifest.embedder.id !== embedder.id || manifest.embedder.fingerprint !== embedder.fingerprint) {
      logger.warn(
        { code: 'EMBEDDER_MISMATCH', built: manifest.embedder.id, serving: embedder.id },
        'new index uses another embedder; restart to serve it',
      );
      return false;
    }
    index = await loadIndex({ dataDir, reviveTransform, manifest });
    generation = manifest.generation;
    logger.info({ generation, products: index.size }, 'index reloaded');
    return true;
  };

  return {
    config,
    dataDir,
    embedder,
    retriever,
    index: () => index,
    reload,
    watchIndex: (w = {}) => {
      let pending = Promise.resolve();
      const watcher = watch(dataDir, (_event, file) => {
        if (file !== MANIFEST_FILE) return;
        pending = pending
          .then(async () => {
            if (await reload()) w.onReload?.(index);
          })
          .catch((err: unknown) => w.onError?.(err));
      });
      return () => watcher.close();
    },
    close: () => embedder.close(),
  };
}

/** What `aisle index` did. */
export interface IndexRun {
  readonly load: CatalogLoad;
  readonly report: BuildReport;
  readonly manifest: Manifest;
  readonly embedderId: string;
}

/**
 * Load the catalog, build or update the index and save it atomically. A catalog with no valid
 * rows throws before anything is written, so the previous index stays as it was.
 */
export async function runIndex(opts: {
  config: Config;
  logger: Logger;
  catalog?: string;
  format?: 'auto' | CatalogFormat;
  dataDir?: string;
  embedder?: EmbedderKind;
  onProgress?: (done: number, total: number) => void;
}): Promise<IndexRun> {
  const { config, logger } = opts;
  const dataDir = opts.dataDir ?? config.dataDir;
  const path = opts.catalog ?? config.catalog;
  const load = await loadCatalog({ path, format: opts.format ?? config.catalogFormat });
  const previous = await readManifest(dataDir).catch(() => undefined);
  const inner = await selectEmbedder({
    config,
    requested: opts.embedder ?? config.embedder,
    indexEmbedderId: previous?.embedder.id,
    logger,
    dataDir,
  });
  await mkdir(dataDir, { recursive: true });
  const lock = DirLock.acquire(join(dataDir, '.lock'));
  try {
    const cacheFile = embeddingCacheFile(dataDir, `${inner.id}@${inner.fingerprint ?? ''}`);
    const cached =
      inner instanceof HashingEmbedder
        ? undefined
        : new CachedEmbedder({
            inner,
            cache: await EmbeddingCache.load({
              embedderId: inner.id,
              dimension: inner.dimension,
              file: cacheFile,
              logger,
            }),
          });
    const existing =
      previous?.embedder.id === inner.id
        ? await loadIndex({ dataDir, reviveTransform, manifest: previous }).catch(() => undefined)
        : undefined;
    if (previous && !existing)
      logger.info({ from: previous.embedder.id, to: inner.id }, 'embedder changed: re-embedding');
    const kind = postprocessFor(inner, config);
    const { index, report } = await buildIndex({
      products: load.products,
      catalogSource: path,
      embedder: cached ?? inner,
      textOf: productText,
      ...(existing ? { existing } : {}),
      ...(cached && kind !== 'none'
        ? { fitTransform: (vectors) => fitPostprocessor({ kind, vectors }) }
        : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    const unchanged =
      existing !== undefined &&
      report.added + report.updated + report.removed === 0 &&
      previous !== undefined;
    const manifest = unchanged ? previous : await saveIndex({ index, dataDir });
    await cached?.cache.save(cacheFile);
    return { load, report, manifest, embedderId: inner.id };
  } finally {
    lock.release();
    await inner.close();
  }
}
