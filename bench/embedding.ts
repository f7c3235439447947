/**
 * Section 2, embedding: a GPT-2-small-shaped model with random weights (the same compute as the
 * real GPT-2 small: 12 layers, 12 heads, 768 wide, 50,257-token vocabulary), generated into a
 * temporary folder and deleted afterwards, measured in fp32 and int8 in separate processes.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGpt2Folder } from '../scripts/gpt2/build.ts';
import { SMALL_SPEC } from '../scripts/gpt2/weights.ts';
import { loadCatalog } from '../src/catalog/load.ts';
import { DEFAULT_CATALOG } from '../src/config.ts';
import { productText } from '../src/embed/product-text.ts';
import { convertChorus } from './chorus-convert.ts';
import type { BenchContext } from './context.ts';
import { type EmbedProbeResult, runEmbedProbe } from './embed-probe.ts';

/** Section result. */
export interface EmbeddingReport {
  readonly model: {
    readonly shape: string;
    readonly generate_ms: number;
    readonly fp32_file_bytes: number;
    readonly q8_file_bytes: number;
  };
  readonly threads: number;
  /** Where the product texts for the throughput figure came from. */
  readonly texts_from: string;
  readonly fp32: EmbedProbeResult | null;
  readonly q8: EmbedProbeResult | null;
  readonly errors: readonly string[];
}

const THREADS = 2;

/** Generate the model, measure both precisions, delete the model. */
export async function benchEmbedding(ctx: BenchContext): Promise<EmbeddingReport> {
  const dir = await mkdtemp(join(tmpdir(), 'aisle-bench-gpt2-'));
  try {
    ctx.log('embedding: generating the GPT-2-small-shaped model (random weights, fp32 + int8)');
    const modelDir = join(dir, 'model');
    let t = performance.now();
    await buildGpt2Folder({ dir: modelDir, spec: SMALL_SPEC, files: ['merged', 'merged-quantized'] });
    const generateMs = Math.round(performance.now() - t);
    const onnx = (name: string) => stat(join(modelDir, 'onnx', name)).then((s) => s.size);
    const fp32Bytes = await onnx('decoder_model_merged.onnx');
    const q8Bytes = await onnx('decoder_model_merged_quantized.onnx');

    const { texts, from } = await productTexts(ctx, ctx.profile.embedBatchProducts);
    const textsFile = join(dir, 'texts.json');
    await writeFile(textsFile, JSON.stringify(texts));
    const errors: string[] = [];
    const measure = async (quantized: boolean): Promise<EmbedProbeResult | null> => {
      const label = quantized ? 'int8' : 'fp32';
      ctx.log(`embedding: measuring ${label} in a fresh process`);
      t = performance.now();
      try {
        const result = await runEmbedProbe({
          modelDir,
          dataDir: join(dir, `data-${label}`),
          quantized,
          threads: THREADS,
          samples: ctx.profile.embedSamples,
          textsFile,
          unbatched: true,
        });
        ctx.log(
          `embedding ${label}: 16-token query p50 ${result.query.p50_ms} ms, ${result.batch.products_per_s} products/s batched`,
        );
        return result;
      } catch (err) {
        errors.push(`${label}: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      }
    };
    const fp32 = await measure(false);
    const q8 = await measure(true);
    return {
      model: {
        shape: `GPT-2 small: ${SMALL_SPEC.nLayer} layers, ${SMALL_SPEC.nHead} heads, ${SMALL_SPEC.nEmbd} wide, ${SMALL_SPEC.vocabSize} tokens, random weights`,
        generate_ms: generateMs,
        fp32_file_bytes: fp32Bytes,
        q8_file_bytes: q8Bytes,
      },
      threads: THREADS,
      texts_from: from,
      fp32,
      q8,
      errors,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The first `count` product texts (as the indexer builds them) of Chorus, else of the demo catalog. */
async function productTexts(ctx: BenchContext, count: number): Promise<{ texts: string[]; from: string }> {
  const chorus = await convertChorus(ctx.outDir);
  const path = chorus?.catalog ?? DEFAULT_CATALOG;
  const load = await loadCatalog({ path, format: 'jsonl' });
  const step = Math.max(1, Math.floor(load.products.length / count));
  const texts: string[] = [];
  for (let i = 0; i < load.products.length && texts.length < count; i += step) {
    const p = load.products[i];
    if (p) texts.push(productText(p));
  }
  return { texts, from: chorus ? 'Chorus products (evenly spaced)' : 'the demo catalog (evenly spaced)' };
}
