import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from '../../log.ts';
import { writeFileAtomic } from '../../storage/atomic.ts';
import { type ModelDtype, type OnnxSource, onnxPath } from './model-files.ts';
import { exposeHiddenState } from './onnx-graph.ts';
import { encodeModel, readModel } from './onnx-io.ts';

/** What transformers.js should load to get the hidden state. */
export interface PreparedModel {
  /** Folder to load from: the model folder, or a copy under the data dir when that is read-only. */
  readonly dir: string;
  /** `model_file_name` to pass to transformers.js. */
  readonly base: string;
  readonly dtype: ModelDtype;
  /** Session output carrying the final hidden state. */
  readonly outputName: string;
  /** True when we wrote an edited graph; false when the export already had `last_hidden_state`. */
  readonly edited: boolean;
  readonly source: OnnxSource;
}

/** Options for {@link prepareHiddenStateModel}. */
export interface PrepareOptions {
  readonly source: OnnxSource;
  /** aisle's data dir; edited graphs go to `<dataDir>/models/…` when the model folder is read-only. */
  readonly dataDir: string;
  readonly logger?: Logger | undefined;
  /** Whether a folder may be written to (tests replace it to simulate a read-only model folder). */
  readonly isWritable?: ((dir: string) => Promise<boolean>) | undefined;
}

/** Suffix of the edited file's base name: `decoder_model_merged` → `decoder_model_merged_aisle_hidden`. */
export const EDITED_SUFFIX = '_aisle_hidden';
const FORMAT = 1;

interface Sidecar {
  readonly format: number;
  readonly source: { readonly file: string; readonly size: number; readonly mtimeMs: number };
  readonly outputName: string;
  readonly edited: boolean;
}

/**
 * Make sure a graph with the final hidden state as an output exists for `source`, editing the
 * ONNX file once and reusing the result later (a small JSON beside it records which source file,
 * by size and modification time, it was made from).
 */
export async function prepareHiddenStateModel(opts: PrepareOptions): Promise<PreparedModel> {
  const { source } = opts;
  const info = await stat(source.file);
  const fingerprint = { file: basename(source.file), size: info.size, mtimeMs: Math.trunc(info.mtimeMs) };
  const shadow = shadowDir(opts.dataDir, source.dir);
  const editedBase = `${source.base}${EDITED_SUFFIX}`;
  for (const dir of [source.dir, shadow]) {
    const sidecar = await readSidecar(sidecarPath(dir, editedBase, source.dtype));
    if (!sidecar || sidecar.format !== FORMAT) continue;
    const s = sidecar.source;
    if (s.file !== fingerprint.file || s.size !== fingerprint.size || s.mtimeMs !== fingerprint.mtimeMs)
      continue;
    if (!sidecar.edited)
      return { source, dtype: source.dtype, dir: source.dir, base: source.base, ...result(sidecar) };
    if (await exists(onnxPath(dir, editedBase, source.dtype))) {
      return { source, dtype: source.dtype, dir, base: editedBase, ...result(sidecar) };
    }
  }
  const started = Date.now();
  const model = await readModel(source.file);
  const edit = exposeHiddenState(model);
  const sidecar: Sidecar = {
    format: FORMAT,
    source: fingerprint,
    outputName: edit.outputName,
    edited: edit.edited,
  };
  const isWritable = opts.isWritable ?? writable;
  if (!edit.edited) {
    const dir = (await isWritable(join(source.dir, 'onnx')))
      ? source.dir
      : await ensureShadow(shadow, source.dir);
    await writeSidecar(sidecarPath(dir, editedBase, source.dtype), sidecar).catch(() => undefined);
    return { source, dtype: source.dtype, dir: source.dir, base: source.base, ...result(sidecar) };
  }
  const bytes = encodeModel(model);
  let dir = source.dir;
  try {
    if (!(await isWritable(join(source.dir, 'onnx')))) throw new Error('read-only model folder');
    await writeEdited(dir, editedBase, source.dtype, bytes, sidecar);
  } catch (err) {
    dir = await ensureShadow(shadow, source.dir);
    opts.logger?.info(
      { modelDir: source.dir, cacheDir: dir, reason: err instanceof Error ? err.message : String(err) },
      'model folder is not writable; keeping the edited GPT-2 graph under the data dir',
    );
    await writeEdited(dir, editedBase, source.dtype, bytes, sidecar);
  }
  opts.logger?.info(
    { file: onnxPath(dir, editedBase, source.dtype), output: edit.outputName, ms: Date.now() - started },
    'exposed the GPT-2 final hidden state as a graph output (done once per model file)',
  );
  return { source, dtype: source.dtype, dir, base: editedBase, outputName: edit.outputName, edited: true };
}

function result(sidecar: Sidecar) {
  return { outputName: sidecar.outputName, edited: sidecar.edited };
}

async function writeEdited(
  dir: string,
  base: string,
  dtype: ModelDtype,
  bytes: Uint8Array,
  sidecar: Sidecar,
): Promise<void> {
  await mkdir(join(dir, 'onnx'), { recursive: true });
  await writeFileAtomic(onnxPath(dir, base, dtype), bytes);
  await writeSidecar(sidecarPath(dir, base, dtype), sidecar);
}

/** `<dataDir>/models/<folder name>-<hash of its path>`: a stand-in model folder we may write to. */
export function shadowDir(dataDir: string, modelDir: string): string {
  const name = basename(modelDir).replace(/[^\w.-]+/g, '_') || 'model';
  const hash = createHash('sha256').update(modelDir).digest('hex').slice(0, 10);
  return join(dataDir, 'models', `${name}-${hash}`);
}

/** Create the stand-in folder with copies of the model's small top-level files (configs, tokenizer). */
async function ensureShadow(shadow: string, modelDir: string): Promise<string> {
  await mkdir(join(shadow, 'onnx'), { recursive: true });
  for (const entry of await readdir(modelDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(modelDir, entry.name);
    if ((await stat(from)).size > 64 * 1024 * 1024) continue;
    await copyFile(from, join(shadow, entry.name));
  }
  return shadow;
}

function sidecarPath(dir: string, base: string, dtype: ModelDtype): string {
  return onnxPath(dir, base, dtype).replace(/\.onnx$/, '.json');
}

async function readSidecar(file: string): Promise<Sidecar | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Sidecar>;
    if (typeof value.outputName !== 'string' || typeof value.edited !== 'boolean' || !value.source)
      return undefined;
    return value as Sidecar;
  } catch {
    return undefined;
  }
}

async function writeSidecar(file: string, sidecar: Sidecar): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(sidecar, null, 2)}\n`);
}

async function writable(dir: string): Promise<boolean> {
  try {
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
