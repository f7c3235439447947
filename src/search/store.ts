import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AisleError } from '../errors.ts';
import { fsyncPath, writeFileAtomic } from '../storage/atomic.ts';
import { CatalogIndex, type IndexedProduct, type VectorTransform } from './catalog-index.ts';
import { HnswVectorIndex } from './hnsw-index.ts';
import { MiniSearchLexicalIndex } from './lexical-minisearch.ts';
import { FORMAT_VERSION, MANIFEST_FILE, type Manifest, readManifest } from './manifest.ts';

/** Test hook: called before each step of a save, so a test can simulate a crash at that point. */
export type SaveFault = (step: 'vectors' | 'products' | 'lexical' | 'transform' | 'manifest') => void;

/** Revives a stored vector transform from its JSON. */
export type TransformReviver = (json: unknown) => VectorTransform;

const GEN_PREFIX = 'gen-';

/**
 * Persist the index as a new generation directory, then switch the manifest to it with one
 * atomic rename. A crash at any point leaves the previous manifest and its files intact.
 */
export async function saveIndex(opts: {
  index: CatalogIndex;
  dataDir: string;
  fault?: SaveFault;
}): Promise<Manifest> {
  const { index, dataDir, fault } = opts;
  await mkdir(dataDir, { recursive: true });
  const previous = await readManifest(dataDir).catch(() => undefined);
  const generation = (previous?.generation ?? 0) + 1;
  const genName = `${GEN_PREFIX}${String(generation).padStart(6, '0')}`;
  const genDir = join(dataDir, genName);
  await rm(genDir, { recursive: true, force: true });
  await mkdir(genDir, { recursive: true });

  fault?.('vectors');
  await index.vectors.save(join(genDir, 'vectors.hnsw'));
  await fsyncPath(join(genDir, 'vectors.hnsw'));
  fault?.('products');
  await writeSynced(join(genDir, 'products.json'), JSON.stringify([...index.items()]));
  fault?.('lexical');
  await writeSynced(join(genDir, 'lexical.json'), index.lexical.serialize());
  fault?.('transform');
  if (index.transform) {
    await writeSynced(join(genDir, 'transform.json'), JSON.stringify(index.transform.toJSON()));
  }
  await fsyncPath(genDir);

  const p = index.provenance;
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    generation,
    builtAt: p.builtAt,
    embedder: {
      id: p.embedderId,
      dimension: p.dimension,
      ...(p.embedderFingerprint ? { fingerprint: p.embedderFingerprint } : {}),
    },
    transform: index.transform ? { kind: index.transform.kind, file: `${genName}/transform.json` } : null,
    catalog: { source: p.catalogSource, fingerprint: p.fingerprint, products: index.size },
    hnsw: p.hnsw,
    nextLabel: index.nextLabel,
    files: {
      vectors: `${genName}/vectors.hnsw`,
      products: `${genName}/products.json`,
      lexical: `${genName}/lexical.json`,
    },
  };
  fault?.('manifest');
  await writeFileAtomic(join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await removeOldGenerations(dataDir, genName);
  return manifest;
}

async function writeSynced(file: string, data: string): Promise<void> {
  await writeFile(file, data);
  await fsyncPath(file);
}

/** Delete every generation directory but the live one (also cleans up after crashed saves). */
async function removeOldGenerations(dataDir: string, keep: string): Promise<void> {
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name.startsWith(GEN_PREFIX) && entry.name !== keep) {
      await rm(join(dataDir, entry.name), { recursive: true, force: true });
    }
  }
}

/**
 * Load the index the manifest points at, or throw INDEX_MISSING with how to build one. Pass the
 * manifest when it was just read, so the index loaded is the one that manifest describes.
 */
export async function loadIndex(opts: {
  dataDir: string;
  reviveTransform?: TransformReviver;
  manifest?: Manifest | undefined;
}): Promise<CatalogIndex> {
  const manifest = opts.manifest ?? (await readManifest(opts.dataDir));
  if (!manifest) {
    throw new AisleError({
      code: 'INDEX_MISSING',
      message: `No index in ${opts.dataDir} yet.`,
      hint: 'Build one with `aisle index` (or set AISLE_DATA_DIR to where your index lives).',
    });
  }
  return loadFromManifest({ ...opts, manifest });
}

async function loadFromManifest(opts: {
  dataDir: string;
  manifest: Manifest;
  reviveTransform?: TransformReviver;
}): Promise<CatalogIndex> {
  const { dataDir, manifest } = opts;
  const items = await readJson<IndexedProduct[]>(join(dataDir, manifest.files.products));
  const lexical = MiniSearchLexicalIndex.load(await readText(join(dataDir, manifest.files.lexical)));
  const vectors = await HnswVectorIndex.load({
    file: join(dataDir, manifest.files.vectors),
    dimension: manifest.embedder.dimension,
    params: manifest.hnsw,
    live: items.map((i) => i.label),
  });
  let transform: VectorTransform | undefined;
  if (manifest.transform) {
    if (!opts.reviveTransform) {
      throw new AisleError({
        code: 'INDEX_CORRUPT',
        message: 'This index needs a vector transform reviver.',
      });
    }
    transform = opts.reviveTransform(await readJson<unknown>(join(dataDir, manifest.transform.file)));
  }
  return new CatalogIndex({
    vectors,
    lexical,
    transform,
    items,
    nextLabel: manifest.nextLabel,
    provenance: {
      embedderId: manifest.embedder.id,
      ...(manifest.embedder.fingerprint ? { embedderFingerprint: manifest.embedder.fingerprint } : {}),
      dimension: manifest.embedder.dimension,
      catalogSource: manifest.catalog.source,
      fingerprint: manifest.catalog.fingerprint,
      hnsw: manifest.hnsw,
      builtAt: manifest.builtAt,
    },
  });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new AisleError({
      code: 'INDEX_CORRUPT',
      message: `An index file is missing: ${file}.`,
      hint: 'Rebuild the index with `aisle index`.',
      cause,
    });
  }
}

async function readJson<T>(file: string): Promise<T> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new AisleError({
      code: 'INDEX_CORRUPT',
      message: `An index file is damaged: ${file}.`,
      hint: 'Rebuild the index with `aisle index`.',
      cause,
    });
  }
}
