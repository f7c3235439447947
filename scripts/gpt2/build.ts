import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeModel } from '../../src/embed/gpt2/onnx-io.ts';
import { buildDecoderModel } from './gpt2-graph.ts';
import { END_OF_TEXT_ID, gpt2TokenizerFiles } from './tokenizer.ts';
import { type Gpt2Spec, type Gpt2Weights, generateWeights } from './weights.ts';

/** Which ONNX files a model folder gets. */
export type Gpt2File = 'merged' | 'plain' | 'merged-quantized';

/** Options for {@link buildGpt2Folder}. */
export interface BuildGpt2Options {
  /** Output folder; it gets config.json, tokenizer files and onnx/. */
  readonly dir: string;
  readonly spec: Gpt2Spec;
  /** Defaults to all three. */
  readonly files?: readonly Gpt2File[];
}

const FILE_NAMES: Record<Gpt2File, string> = {
  merged: 'decoder_model_merged.onnx',
  plain: 'decoder_model.onnx',
  'merged-quantized': 'decoder_model_merged_quantized.onnx',
};

/**
 * Write a GPT-2 model folder in the layout of the public `Xenova/gpt2` export (config.json,
 * generation_config.json, tokenizer.json, tokenizer_config.json, onnx/…) with seeded random
 * weights. Returns the weights so a caller can check a forward pass against them.
 */
export async function buildGpt2Folder(opts: BuildGpt2Options): Promise<Gpt2Weights> {
  const { dir, spec } = opts;
  const files = opts.files ?? ['merged', 'plain', 'merged-quantized'];
  const weights = generateWeights(spec);
  await mkdir(join(dir, 'onnx'), { recursive: true });
  const { tokenizer, tokenizerConfig } = await gpt2TokenizerFiles();
  const json = (name: string, value: unknown) =>
    writeFile(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
  await json('config.json', modelConfig(spec));
  await json('generation_config.json', { bos_token_id: END_OF_TEXT_ID, eos_token_id: END_OF_TEXT_ID });
  await json('tokenizer_config.json', tokenizerConfig);
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  for (const file of files) {
    const model = buildDecoderModel(weights, {
      merged: file !== 'plain',
      quantized: file === 'merged-quantized',
    });
    await writeModel(join(dir, 'onnx', FILE_NAMES[file]), model);
  }
  return weights;
}

/** The Hugging Face `config.json` of a GPT-2 of this shape. */
export function modelConfig(spec: Gpt2Spec): Record<string, unknown> {
  return {
    _name_or_path: spec.nEmbd === 768 ? 'aisle/gpt2-shaped' : 'aisle/tiny-gpt2',
    architectures: ['GPT2LMHeadModel'],
    model_type: 'gpt2',
    activation_function: 'gelu_new',
    bos_token_id: END_OF_TEXT_ID,
    eos_token_id: END_OF_TEXT_ID,
    layer_norm_epsilon: 1e-5,
    n_ctx: spec.nPositions,
    n_positions: spec.nPositions,
    n_embd: spec.nEmbd,
    n_head: spec.nHead,
    n_layer: spec.nLayer,
    n_inner: null,
    vocab_size: spec.vocabSize,
    use_cache: true,
  };
}
