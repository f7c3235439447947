import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AisleError } from '../../errors.ts';

/** Weight precision of the ONNX file: full float or the public 8-bit dynamic quantization. */
export type ModelDtype = 'fp32' | 'q8';

/** File-name suffix transformers.js appends for each dtype (`model` + `_quantized` + `.onnx`). */
export const DTYPE_SUFFIX: Record<ModelDtype, string> = { fp32: '', q8: '_quantized' };

/**
 * ONNX file bases tried, in order: the merged decoder of the public exports, the single-file
 * export newer converters write, then the plain decoder without past inputs.
 */
export const ONNX_BASES = ['decoder_model_merged', 'model', 'decoder_model'] as const;

/** Files a model folder must hold besides the ONNX graph. */
export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** A located ONNX decoder inside a model folder. */
export interface OnnxSource {
  /** Absolute path of the folder (holds config.json and onnx/). */
  readonly dir: string;
  /** transformers.js `model_file_name`, e.g. "decoder_model_merged". */
  readonly base: string;
  readonly dtype: ModelDtype;
  /** Absolute path of the .onnx file. */
  readonly file: string;
}

/** Path of `onnx/<base><suffix>.onnx` in a model folder. */
export function onnxPath(dir: string, base: string, dtype: ModelDtype): string {
  return join(dir, 'onnx', `${base}${DTYPE_SUFFIX[dtype]}.onnx`);
}

/** The first decoder file present for this dtype, if any. */
export function findOnnxSource(dir: string, dtype: ModelDtype): OnnxSource | undefined {
  for (const base of ONNX_BASES) {
    const file = onnxPath(dir, base, dtype);
    if (isFile(file)) return { dir, base, dtype, file };
  }
  return undefined;
}

/** What is missing for `dir` to be a usable model folder (empty when complete). */
export function missingModelFiles(dir: string): string[] {
  const missing: string[] = REQUIRED_FILES.filter((f) => !isFile(join(dir, f)));
  if (!findOnnxSource(dir, 'fp32') && !findOnnxSource(dir, 'q8'))
    missing.push('onnx/decoder_model_merged.onnx');
  return missing;
}

/** True when `dir` holds a complete model folder. */
export function hasModelFiles(dir: string): boolean {
  return missingModelFiles(dir).length === 0;
}

/** Where transformers.js keeps a downloaded model: `<cacheDir>/<model id>`. */
export function cachedModelDir(cacheDir: string, modelId: string): string {
  return join(cacheDir, ...modelId.split('/'));
}

/** Read a model folder's config.json (the fields the embedder needs). */
export interface ModelShape {
  readonly hiddenSize: number;
  readonly maxPositions: number;
  readonly eosTokenId: number;
}

/** Parse the shape of a GPT-2-family model from its config.json object. */
export function modelShape(config: Record<string, unknown>): ModelShape {
  const num = (...keys: string[]): number | undefined => {
    for (const k of keys) {
      const v = config[k];
      if (typeof v === 'number' && Number.isFinite(v)) return v;
    }
    return undefined;
  };
  const hiddenSize = num('n_embd', 'hidden_size', 'd_model');
  if (hiddenSize === undefined) {
    throw new AisleError({
      code: 'MODEL_INVALID',
      message: 'The model config.json gives no hidden size (n_embd / hidden_size).',
      hint: 'Point AISLE_MODEL_DIR at a GPT-2 export such as Xenova/gpt2.',
    });
  }
  return {
    hiddenSize,
    maxPositions: num('n_positions', 'max_position_embeddings', 'n_ctx') ?? 1024,
    eosTokenId: num('eos_token_id', 'bos_token_id') ?? 50256,
  };
}

/** The MODEL_NOT_FOUND error for an AISLE_MODEL_DIR that lacks model files. */
export function modelDirError(dir: string, missing: readonly string[], modelId: string): AisleError {
  const nested = nestedModelDir(dir);
  const where = existsSync(dir) ? `is missing ${missing.join(', ')}` : 'does not exist';
  return new AisleError({
    code: 'MODEL_NOT_FOUND',
    message: `AISLE_MODEL_DIR=${dir} ${where}, so the GPT-2 embedder cannot start (remote loading is off when AISLE_MODEL_DIR is set).`,
    hint: nested
      ? `The model files seem to be in ${nested}: set AISLE_MODEL_DIR=${nested}.`
      : `${downloadHint(modelId)} Or unset AISLE_MODEL_DIR to download on first run, or set AISLE_EMBEDDER=hashing.`,
  });
}

/** How to fetch the model folder on a machine with internet. */
export function downloadHint(modelId: string): string {
  return (
    `On a machine with internet run \`huggingface-cli download ${modelId} --local-dir ./models/gpt2\` ` +
    `(or \`git clone https://huggingface.co/${modelId} ./models/gpt2\`), copy the folder here and set AISLE_MODEL_DIR=./models/gpt2.`
  );
}

/** A sub-folder (one level down, or a hub cache snapshot) that holds the model files. */
function nestedModelDir(dir: string): string | undefined {
  const children = (d: string) => {
    try {
      return readdirSync(d, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(d, e.name));
    } catch {
      return [];
    }
  };
  for (const child of children(dir)) {
    if (hasModelFiles(child)) return child;
    for (const snapshot of children(join(child, 'snapshots'))) if (hasModelFiles(snapshot)) return snapshot;
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Embedder id for a GPT-2 setup: `gpt2:<model id>:<pooling>`, plus `:q8` for the quantized file. */
export function gpt2EmbedderId(opts: {
  modelId: string;
  pooling: 'mean' | 'last';
  dtype: ModelDtype;
}): string {
  return `gpt2:${opts.modelId}:${opts.pooling}${opts.dtype === 'q8' ? ':q8' : ''}`;
}
