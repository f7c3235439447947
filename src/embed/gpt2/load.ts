import { constants } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { AisleError, isAisleError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { downloadFromHub } from './download.ts';
import { probeHub } from './hub-probe.ts';
import {
  cachedModelDir,
  downloadHint,
  findOnnxSource,
  hasModelFiles,
  type ModelDtype,
  type ModelShape,
  missingModelFiles,
  modelDirError,
  modelShape,
} from './model-files.ts';
import { LmHeadNotFoundError } from './onnx-graph.ts';
import { type PreparedModel, prepareHiddenStateModel } from './prepare.ts';
import type { DownloadProgress } from './progress.ts';
import { serialized, withEnv } from './transformers-env.ts';

/** Options for {@link loadGpt2}. */
export interface Gpt2LoadOptions {
  /** Hugging Face model id, e.g. "Xenova/gpt2" (used for downloads and the cache folder). */
  readonly modelId: string;
  /** AISLE_MODEL_DIR: a folder holding the model files directly. Remote loading is then off. */
  readonly modelDir?: string | undefined;
  readonly quantized?: boolean | undefined;
  /** onnxruntime intra-op threads (default 2, suited to a 2-core machine). */
  readonly threads?: number | undefined;
  /** aisle's data dir (edited graphs of read-only model folders, fallback download cache). */
  readonly dataDir: string;
  /** Download cache; defaults to transformers.js' cache dir (or the data dir when that is read-only). */
  readonly cacheDir?: string | undefined;
  /** Fetch the model when it is neither in modelDir nor cached (default true without modelDir). */
  readonly allowDownload?: boolean | undefined;
  /** Hub to download from (default https://huggingface.co/; a mirror, or a loopback fake in tests). */
  readonly remoteHost?: string | undefined;
  readonly logger?: Logger | undefined;
  /** Download progress display; defaults to bars on a terminal, log lines otherwise. */
  readonly progress?: DownloadProgress | undefined;
  /** Asked before a download; false fails fast (default: HEAD to the hub with a 1.5 s timeout). */
  readonly probe?: (() => Promise<boolean>) | undefined;
  /** Folder writability test (tests use it to simulate a read-only model folder). */
  readonly isWritable?: ((dir: string) => Promise<boolean>) | undefined;
}

/** A loaded model: the transformers.js tokenizer and model, and where they came from. */
export interface LoadedGpt2 {
  readonly tokenizer: PreTrainedTokenizer;
  readonly model: PreTrainedModel;
  readonly prepared: PreparedModel;
  readonly shape: ModelShape;
  /** The model folder in use (AISLE_MODEL_DIR or the download cache). */
  readonly modelDir: string;
  readonly origin: 'model-dir' | 'cache' | 'download';
}

/** Candidate download caches: transformers.js' own, then one under the data dir. */
export function cacheDirs(opts: Pick<Gpt2LoadOptions, 'cacheDir' | 'dataDir'>): string[] {
  if (opts.cacheDir) return [opts.cacheDir];
  return [env.cacheDir, join(opts.dataDir, 'models', 'hub')].filter(
    (d): d is string => typeof d === 'string',
  );
}

/** The cached copy of the model, when one is complete. */
export function findCachedModel(
  opts: Pick<Gpt2LoadOptions, 'cacheDir' | 'dataDir' | 'modelId'>,
): string | undefined {
  return cacheDirs(opts)
    .map((d) => cachedModelDir(d, opts.modelId))
    .find(hasModelFiles);
}

/**
 * Locate (or download), prepare and load the GPT-2 model through transformers.js. Offline with
 * no model, this throws one AisleError MODEL_NOT_FOUND that says how to fix it.
 */
export function loadGpt2(opts: Gpt2LoadOptions): Promise<LoadedGpt2> {
  return serialized(async () => {
    const wanted: ModelDtype = opts.quantized ? 'q8' : 'fp32';
    const { dir, origin } = await resolveModelDir(opts, wanted);
    const shape = modelShape(
      JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>,
    );
    const prepared = await prepareWithFallback(opts, dir, wanted);
    const threads = opts.threads ?? 2;
    const loaded = await withEnv({ allowRemoteModels: false, allowLocalModels: true }, async () => {
      try {
        const tokenizer = await AutoTokenizer.from_pretrained(prepared.dir, { local_files_only: true });
        const model = await AutoModelForCausalLM.from_pretrained(prepared.dir, {
          local_files_only: true,
          model_file_name: prepared.base,
          dtype: prepared.dtype,
          session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
        });
        return { tokenizer, model };
      } catch (err) {
        throw invalidModel(dir, origin, err);
      }
    });
    const outputs =
      (loaded.model.sessions.model as { outputNames?: string[] } | undefined)?.outputNames ?? [];
    if (!outputs.includes(prepared.outputName)) {
      await loaded.model.dispose();
      throw invalidModel(dir, origin, new Error(`session has no "${prepared.outputName}" output`));
    }
    return { ...loaded, prepared, shape, modelDir: dir, origin };
  });
}

async function resolveModelDir(
  opts: Gpt2LoadOptions,
  dtype: ModelDtype,
): Promise<{ dir: string; origin: LoadedGpt2['origin'] }> {
  if (opts.modelDir) {
    const missing = missingModelFiles(opts.modelDir);
    if (missing.length > 0) throw modelDirError(opts.modelDir, missing, opts.modelId);
    return { dir: opts.modelDir, origin: 'model-dir' };
  }
  const cached = findCachedModel(opts);
  const allowDownload = opts.allowDownload ?? true;
  if (cached && (findOnnxSource(cached, dtype) || !allowDownload)) return { dir: cached, origin: 'cache' };
  const hub = opts.remoteHost ?? 'https://huggingface.co/';
  const reachable = allowDownload && (await (opts.probe ?? (() => probeHub({ url: hub })))());
  // Only the other precision is cached and the hub is out of reach: use what is there.
  if (cached && !reachable) return { dir: cached, origin: 'cache' };
  if (!allowDownload) {
    throw new AisleError({
      code: 'MODEL_NOT_FOUND',
      message: `The GPT-2 model ${opts.modelId} is not cached and downloading is off.`,
      hint: `${downloadHint(opts.modelId)} Or set AISLE_EMBEDDER=hashing.`,
    });
  }
  if (!reachable) {
    throw new AisleError({
      code: 'MODEL_NOT_FOUND',
      message: `The GPT-2 model ${opts.modelId} is not cached, ${hub} did not answer, and AISLE_MODEL_DIR is not set.`,
      hint: `${downloadHint(opts.modelId)} Or set AISLE_EMBEDDER=hashing.`,
    });
  }
  const cacheDir = await firstWritable(cacheDirs(opts));
  await downloadFromHub({
    modelId: opts.modelId,
    cacheDir,
    dtype,
    remoteHost: opts.remoteHost,
    logger: opts.logger,
    progress: opts.progress,
    threads: opts.threads ?? 2,
  });
  return { dir: cachedModelDir(cacheDir, opts.modelId), origin: 'download' };
}

async function prepareWithFallback(
  opts: Gpt2LoadOptions,
  dir: string,
  wanted: ModelDtype,
): Promise<PreparedModel> {
  const fp32 = findOnnxSource(dir, 'fp32');
  let source = findOnnxSource(dir, wanted);
  if (!source && wanted === 'q8') {
    opts.logger?.info({ modelDir: dir }, 'no quantized GPT-2 file in the model folder; using the fp32 file');
    source = fp32;
  }
  if (!source) throw modelDirError(dir, missingModelFiles(dir), opts.modelId);
  const prepare = (s: typeof source) =>
    prepareHiddenStateModel({
      source: s,
      dataDir: opts.dataDir,
      logger: opts.logger,
      isWritable: opts.isWritable,
    });
  try {
    return await prepare(source);
  } catch (err) {
    if (err instanceof LmHeadNotFoundError && source.dtype === 'q8' && fp32) {
      opts.logger?.info(
        { file: source.file, reason: err.message },
        'cannot expose the hidden state in the quantized GPT-2 file; using the fp32 file instead',
      );
      return await prepare(fp32).catch((e: unknown) => {
        throw invalidModel(dir, 'model-dir', e);
      });
    }
    throw invalidModel(dir, 'model-dir', err);
  }
}

function invalidModel(dir: string, origin: LoadedGpt2['origin'], err: unknown): AisleError {
  if (isAisleError(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new AisleError({
    code: 'MODEL_INVALID',
    message: `The GPT-2 model in ${dir} could not be loaded: ${reason}`,
    hint:
      origin === 'model-dir'
        ? 'Check that AISLE_MODEL_DIR holds a complete GPT-2 ONNX export (such as Xenova/gpt2), or set AISLE_EMBEDDER=hashing.'
        : `The cached download may be incomplete: delete ${dir} and start again to download it anew.`,
    cause: err,
  });
}

async function firstWritable(dirs: readonly string[]): Promise<string> {
  for (const dir of dirs) {
    try {
      await mkdir(dir, { recursive: true });
      await access(dir, constants.W_OK);
      return dir;
    } catch {
      // try the next one
    }
  }
  const last = dirs.at(-1) ?? '.';
  await mkdir(dirname(last), { recursive: true });
  return last;
}
