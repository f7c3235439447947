import type { Config } from '../config.ts';
import { AisleError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Embedder } from './embedder.ts';
import type { Gpt2Embedder, Gpt2EmbedderOptions } from './gpt2/embedder.ts';
import { probeHub } from './gpt2/hub-probe.ts';
import { downloadHint, gpt2EmbedderId, type ModelDtype, missingModelFiles } from './gpt2/model-files.ts';
import type { Pooling } from './gpt2/pooling.ts';
import { HashingEmbedder } from './hashing.ts';
import type { PostprocessKind } from './postprocess.ts';

/**
 * GPT-2 code (transformers.js, onnxruntime) is loaded only when GPT-2 is used, so commands that
 * serve the hashing embedder start fast.
 */
async function loadGpt2Embedder(options: Gpt2EmbedderOptions): Promise<Gpt2Embedder> {
  const { Gpt2Embedder } = await import('./gpt2/embedder.ts');
  return Gpt2Embedder.load(options);
}

async function hasCachedModel(options: Gpt2EmbedderOptions): Promise<boolean> {
  const { findCachedModel } = await import('./gpt2/load.ts');
  return findCachedModel(options) !== undefined;
}

/** Embedder choice: `--embedder` / AISLE_EMBEDDER. */
export type EmbedderKind = 'auto' | 'hashing' | 'gpt2';

/**
 * The post-processing to fit for an embedder: AISLE_POSTPROCESS for GPT-2 (whose states are
 * anisotropic), none for the hashing embedder (its signed hashes are already centred).
 */
export function postprocessFor(embedder: Pick<Embedder, 'id'>, config: Config): PostprocessKind {
  return embedder.id.startsWith('gpt2:') ? config.model.postprocess : 'none';
}

/** Options for {@link selectEmbedder}. */
export interface SelectEmbedderOptions {
  readonly config: Config;
  /** `--embedder`; overrides AISLE_EMBEDDER. */
  readonly requested?: EmbedderKind | undefined;
  /** Id of the embedder the existing index was built with; followed when none is named. */
  readonly indexEmbedderId?: string | undefined;
  readonly logger?: Logger | undefined;
  readonly dataDir: string;
  /** "Can GPT-2 be downloaded?" for `auto` without a local model (default: HEAD to the hub, 1.5 s). */
  readonly probe?: (() => Promise<boolean>) | undefined;
  /** Extra GPT-2 settings (download cache, hub host, progress display, batch limits). */
  readonly gpt2?: Partial<Gpt2EmbedderOptions> | undefined;
}

/** What an embedder id says about the embedder that made it. */
export type ParsedEmbedderId =
  | { readonly kind: 'hashing'; readonly dimension: number }
  | {
      readonly kind: 'gpt2';
      readonly modelId: string;
      readonly pooling: Pooling;
      readonly dtype: ModelDtype;
    };

/** Parse ids like "hashing-v1-512" and "gpt2:Xenova/gpt2:mean[:q8]"; undefined when unknown. */
export function parseEmbedderId(id: string): ParsedEmbedderId | undefined {
  const hashing = /^hashing-v1-(\d+)$/.exec(id);
  if (hashing) return { kind: 'hashing', dimension: Number(hashing[1]) };
  const gpt2 = /^gpt2:(.+):(mean|last)(:q8)?$/.exec(id);
  if (gpt2?.[1] && gpt2[2]) {
    return { kind: 'gpt2', modelId: gpt2[1], pooling: gpt2[2] as Pooling, dtype: gpt2[3] ? 'q8' : 'fp32' };
  }
  return undefined;
}

/** The id an embedder of this kind would have under this configuration (before loading it). */
export function embedderIdFor(config: Config, kind: 'hashing' | 'gpt2'): string {
  if (kind === 'hashing') return new HashingEmbedder().id;
  const dtype: ModelDtype = config.model.quantized ? 'q8' : 'fp32';
  return gpt2EmbedderId({ modelId: config.model.id, pooling: config.model.pooling, dtype });
}

/** GPT-2 embedder options from the configuration. */
export function gpt2Options(opts: SelectEmbedderOptions): Gpt2EmbedderOptions {
  const m = opts.config.model;
  return {
    modelId: m.id,
    modelDir: m.dir,
    pooling: m.pooling,
    quantized: m.quantized,
    threads: m.threads,
    dataDir: opts.dataDir,
    logger: opts.logger,
    allowDownload: m.dir === undefined,
    ...opts.gpt2,
  };
}

/**
 * Build the embedder that serves: the named one (flag, then AISLE_EMBEDDER); otherwise the one
 * the index was built with; otherwise `auto`: GPT-2 when its model is in AISLE_MODEL_DIR or the
 * download cache, or the hub answers a quick probe; else the hashing embedder. Logs one line
 * saying which embedder serves (and, for hashing under `auto`, how to enable GPT-2).
 */
export async function selectEmbedder(opts: SelectEmbedderOptions): Promise<Embedder> {
  const { config, logger } = opts;
  const requested = opts.requested ?? config.embedder;
  if (requested === 'auto' && opts.indexEmbedderId) return followIndex(opts, opts.indexEmbedderId);
  if (requested === 'hashing') return announce(opts, new HashingEmbedder(), 'requested');
  if (requested === 'gpt2') return announce(opts, await loadGpt2Embedder(gpt2Options(opts)), 'requested');
  const dir = config.model.dir;
  let reason: string;
  if (dir !== undefined) {
    const missing = missingModelFiles(dir);
    if (missing.length === 0) return tryGpt2(opts, 'model found in AISLE_MODEL_DIR');
    reason = `AISLE_MODEL_DIR=${dir} is missing ${missing.join(', ')}`;
  } else if (await hasCachedModel(gpt2Options(opts))) {
    return tryGpt2(opts, 'model found in the download cache');
  } else if (await (opts.probe ?? probeHub)()) {
    return tryGpt2(
      { ...opts, gpt2: { probe: async () => true, ...opts.gpt2 } },
      'model hub reachable; downloading',
    );
  } else {
    reason = 'no model in AISLE_MODEL_DIR or the download cache, and the model hub is unreachable';
  }
  logger?.info(
    { embedder: 'hashing', reason, howToEnableGpt2: downloadHint(config.model.id) },
    'serving with the hashing embedder; GPT-2 is not available',
  );
  return new HashingEmbedder();
}

async function tryGpt2(opts: SelectEmbedderOptions, why: string): Promise<Embedder> {
  try {
    return announce(opts, await loadGpt2Embedder(gpt2Options(opts)), why);
  } catch (err) {
    const message = err instanceof AisleError ? err.userMessage() : String(err);
    opts.logger?.warn(
      { embedder: 'hashing', reason: message, code: err instanceof AisleError ? err.code : undefined },
      'GPT-2 could not start; serving with the hashing embedder (set AISLE_EMBEDDER=gpt2 to make this an error)',
    );
    return new HashingEmbedder();
  }
}

async function followIndex(opts: SelectEmbedderOptions, id: string): Promise<Embedder> {
  const parsed = parseEmbedderId(id);
  if (!parsed) {
    throw new AisleError({
      code: 'EMBEDDER_UNAVAILABLE',
      message: `The index was built with an embedder this version does not know (${id}).`,
      hint: 'Re-index the catalog: `aisle index`.',
    });
  }
  if (parsed.kind === 'hashing') {
    return announce(
      opts,
      new HashingEmbedder({ dimension: parsed.dimension }),
      'the index was built with it',
    );
  }
  const { modelId, pooling, dtype } = parsed;
  const options = { ...gpt2Options(opts), modelId, pooling, quantized: dtype === 'q8' };
  try {
    return announce(opts, await loadGpt2Embedder(options), 'the index was built with it');
  } catch (err) {
    if (!(err instanceof AisleError)) throw err;
    throw new AisleError({
      code: err.code,
      message: `The index was built with ${id}, which cannot start: ${err.message}`,
      hint: `${err.hint ?? ''} Or re-index with another embedder: \`aisle index --embedder hashing\`.`.trim(),
      cause: err,
    });
  }
}

function announce(opts: SelectEmbedderOptions, embedder: Embedder, why: string): Embedder {
  const extra = 'info' in embedder ? (embedder as Gpt2Embedder).info : {};
  opts.logger?.info(
    { embedder: embedder.id, dimension: embedder.dimension, why, ...extra },
    `embedder: ${embedder.id}`,
  );
  return embedder;
}
