import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGpt2Folder, type Gpt2File } from '../../../scripts/gpt2/build.ts';
import { type Gpt2Weights, TINY_SPEC } from '../../../scripts/gpt2/weights.ts';

/** A freshly built tiny GPT-2 folder in a temporary directory. */
export interface TinyGpt2 {
  /** Parent temp folder (use it for data dirs and caches too). */
  readonly root: string;
  /** The model folder (config.json, tokenizer files, onnx/). */
  readonly modelDir: string;
  readonly weights: Gpt2Weights;
  cleanup(): Promise<void>;
}

/** Build the tiny test model (2 layers, 2 heads, 32 wide, GPT-2's vocabulary) into a temp folder. */
export async function makeTinyGpt2(files?: readonly Gpt2File[]): Promise<TinyGpt2> {
  const root = await mkdtemp(join(tmpdir(), 'aisle-gpt2-'));
  const modelDir = join(root, 'tiny-gpt2');
  const weights = await buildGpt2Folder({ dir: modelDir, spec: TINY_SPEC, ...(files ? { files } : {}) });
  return { root, modelDir, weights, cleanup: () => rm(root, { recursive: true, force: true }) };
}
