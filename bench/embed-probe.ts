/**
 * A fresh process that loads one GPT-2 model (fp32 or int8) and measures it: load time, resident
 * memory, the latency of one 16-token query, and products/s when embedding product texts in
 * batches (and one at a time, for comparison). Prints one JSON line on stdout.
 *
 *   node --expose-gc --import tsx bench/embed-probe.ts '{"modelDir":"…","quantized":true,…}'
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Gpt2Embedder } from '../src/embed/gpt2/embedder.ts';
import { runChildProbe, settledRss } from './child-probe.ts';
import { perSecond, round, summarize } from './stats.ts';

/** What to measure. */
export interface EmbedProbeRequest {
  readonly modelDir: string;
  readonly dataDir: string;
  readonly quantized: boolean;
  readonly threads: number;
  /** Timed 16-token embeddings (after 3 warm-up runs). */
  readonly samples: number;
  /** JSON file with product texts for the throughput figures. */
  readonly textsFile: string;
  /** Also embed the same texts one at a time, for comparison. */
  readonly unbatched: boolean;
}

/** What one model measured. */
export interface EmbedProbeResult {
  readonly embedder_id: string;
  readonly dtype: 'fp32' | 'q8';
  readonly load_ms: number;
  /** Resident memory after loading and running, over the process before loading. */
  readonly rss_delta_bytes: number;
  /** Highest resident memory of the whole process seen while measuring. */
  readonly peak_rss_bytes: number;
  readonly query_tokens: number;
  readonly query: { p50_ms: number; p99_ms: number; n: number };
  readonly batch: {
    products: number;
    ms: number;
    products_per_s: number;
    mean_tokens: number;
    max_batch: number;
  };
  readonly unbatched: { products: number; products_per_s: number } | null;
}

/** The query text: words of a shopping request, cut to exactly `tokens` GPT-2 tokens when possible. */
export const QUERY_WORDS =
  'wireless noise cancelling over ear headphones with a long battery life for travel and the office under two hundred dollars please'.split(
    ' ',
  );

/** Run the probe in a child process. */
export function runEmbedProbe(request: EmbedProbeRequest): Promise<EmbedProbeResult> {
  return runChildProbe<EmbedProbeResult>({
    script: join(import.meta.dirname, 'embed-probe.ts'),
    request,
    name: 'embedding probe',
  });
}

/** The longest prefix of QUERY_WORDS with at most `tokens` tokens. */
export function queryOfTokens(tokenize: (text: string) => number[], tokens: number): string {
  let best = QUERY_WORDS[0] ?? 'headphones';
  for (let n = 1; n <= QUERY_WORDS.length; n++) {
    const text = QUERY_WORDS.slice(0, n).join(' ');
    if (tokenize(text).length > tokens) break;
    best = text;
  }
  return best;
}

async function probe(req: EmbedProbeRequest): Promise<EmbedProbeResult> {
  const before = await settledRss();
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  let t = performance.now();
  const embedder = await Gpt2Embedder.load({
    modelId: 'aisle/gpt2-shaped',
    modelDir: req.modelDir,
    dataDir: req.dataDir,
    pooling: 'mean',
    quantized: req.quantized,
    threads: req.threads,
    allowDownload: false,
  });
  const loadMs = performance.now() - t;
  sample();
  try {
    const query = queryOfTokens((s) => embedder.tokenize(s), 16);
    for (let i = 0; i < 3; i++) await embedder.embed([query]);
    const times: number[] = [];
    for (let i = 0; i < req.samples; i++) {
      t = performance.now();
      await embedder.embed([query]);
      times.push(performance.now() - t);
    }
    sample();
    const texts = JSON.parse(await readFile(req.textsFile, 'utf8')) as string[];
    const tokens = texts.map((s) => embedder.tokenize(s).length);
    await embedder.embed(texts.slice(0, embedder.maxBatchSize));
    t = performance.now();
    await embedder.embed(texts);
    const batchMs = performance.now() - t;
    sample();
    let unbatched: EmbedProbeResult['unbatched'] = null;
    if (req.unbatched) {
      t = performance.now();
      for (const text of texts) await embedder.embed([text]);
      unbatched = {
        products: texts.length,
        products_per_s: round(perSecond(texts.length, performance.now() - t), 2),
      };
    }
    const q = summarize(times);
    return {
      embedder_id: embedder.id,
      dtype: req.quantized ? 'q8' : 'fp32',
      load_ms: Math.round(loadMs),
      rss_delta_bytes: (await settledRss()) - before,
      peak_rss_bytes: peak,
      query_tokens: embedder.tokenize(query).length,
      query: { p50_ms: q.p50_ms, p99_ms: q.p99_ms, n: q.n },
      batch: {
        products: texts.length,
        ms: Math.round(batchMs),
        products_per_s: round(perSecond(texts.length, batchMs), 2),
        mean_tokens: round(tokens.reduce((a, b) => a + b, 0) / Math.max(1, tokens.length), 1),
        max_batch: embedder.maxBatchSize,
      },
      unbatched,
    };
  } finally {
    await embedder.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const request = JSON.parse(process.argv[2] ?? '{}') as EmbedProbeRequest;
  process.stdout.write(`${JSON.stringify(await probe(request))}\n`);
}
