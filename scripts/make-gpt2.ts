/**
 * Write a GPT-2 model folder with random weights, in the layout of the public Xenova/gpt2 export.
 *
 *   npx tsx scripts/make-gpt2.ts --tiny DIR        2 layers, 2 heads, 32 wide (tests)
 *   npx tsx scripts/make-gpt2.ts --gpt2-small DIR  GPT-2 small's shape (timing only; ~1 GB)
 *
 * Add --quantized to --gpt2-small to also write decoder_model_merged_quantized.onnx.
 * Then: AISLE_EMBEDDER=gpt2 AISLE_MODEL_DIR=DIR aisle …
 */
import { resolve } from 'node:path';
import { buildGpt2Folder, type Gpt2File } from './gpt2/build.ts';
import { SMALL_SPEC, TINY_SPEC } from './gpt2/weights.ts';

function usage(): never {
  process.stderr.write('usage: tsx scripts/make-gpt2.ts --tiny|--gpt2-small [--quantized] DIR\n');
  process.exit(2);
}

async function main(argv: readonly string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const tiny = flags.has('--tiny');
  const small = flags.has('--gpt2-small');
  if (tiny === small || dirs.length !== 1 || dirs[0] === undefined) usage();
  const dir = resolve(dirs[0]);
  const files: Gpt2File[] = tiny ? ['merged', 'plain', 'merged-quantized'] : ['merged', 'plain'];
  if (small && flags.has('--quantized')) files.push('merged-quantized');
  const started = Date.now();
  await buildGpt2Folder({ dir, spec: tiny ? TINY_SPEC : SMALL_SPEC, files });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`wrote ${tiny ? 'tiny' : 'GPT-2-small-shaped'} GPT-2 to ${dir} in ${seconds} s\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`make-gpt2: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
