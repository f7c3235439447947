import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AisleError } from '../errors.ts';

/** Bumped whenever the on-disk layout changes; older indexes are rebuilt, never misread. */
export const FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';

const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  generation: z.number().int().min(1),
  builtAt: z.string(),
  embedder: z.object({
    id: z.string().min(1),
    dimension: z.number().int().min(1),
    fingerprint: z.string().optional(),
  }),
  transform: z.object({ kind: z.string(), file: z.string() }).nullable(),
  catalog: z.object({ source: z.string(), fingerprint: z.string(), products: z.number().int().min(0) }),
  hnsw: z.object({ m: z.number().int(), efConstruction: z.number().int(), ef: z.number().int() }),
  nextLabel: z.number().int().min(0),
  files: z.object({ vectors: z.string(), products: z.string(), lexical: z.string() }),
});

/** The index manifest: what built the index and where its files are. Replaced atomically. */
export type Manifest = z.infer<typeof ManifestSchema>;

/** Read and validate the manifest, or undefined when the directory holds no index yet. */
export async function readManifest(dataDir: string): Promise<Manifest | undefined> {
  let raw: string;
  try {
    raw = await readFile(join(dataDir, MANIFEST_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw corrupt(dataDir, 'is not valid JSON', cause);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw corrupt(dataDir, `is missing or has a bad field (${where})`, parsed.error);
  }
  if (parsed.data.formatVersion !== FORMAT_VERSION) {
    throw new AisleError({
      code: 'INDEX_VERSION',
      message: `The index in ${dataDir} has format ${parsed.data.formatVersion}; this aisle reads format ${FORMAT_VERSION}.`,
      hint: 'Rebuild it with `aisle index`.',
    });
  }
  return parsed.data;
}

function corrupt(dataDir: string, what: string, cause: unknown): AisleError {
  return new AisleError({
    code: 'INDEX_CORRUPT',
    message: `The index manifest in ${dataDir} ${what}.`,
    hint: 'Rebuild the index with `aisle index`.',
    cause,
  });
}
