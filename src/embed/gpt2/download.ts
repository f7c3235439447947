import { AutoModelForCausalLM, AutoTokenizer } from '@huggingface/transformers';
import { AisleError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { downloadHint, type ModelDtype, ONNX_BASES } from './model-files.ts';
import { createDownloadProgress, type DownloadProgress } from './progress.ts';
import { withEnv } from './transformers-env.ts';

/** Options for {@link downloadFromHub}. */
export interface HubDownloadOptions {
  readonly modelId: string;
  /** transformers.js file cache; files land in `<cacheDir>/<model id>/…`. */
  readonly cacheDir: string;
  readonly dtype: ModelDtype;
  readonly remoteHost?: string | undefined;
  readonly logger?: Logger | undefined;
  readonly progress?: DownloadProgress | undefined;
  readonly threads: number;
}

/**
 * Fetch the tokenizer, config and one ONNX decoder through transformers.js into its file cache,
 * showing progress. The decoder files are tried in the usual order; for q8 the fp32 files are
 * tried when the repository has no quantized one.
 */
export async function downloadFromHub(opts: HubDownloadOptions): Promise<void> {
  const progress = opts.progress ?? createDownloadProgress({ logger: opts.logger });
  const settings = { allowRemoteModels: true, allowLocalModels: false, ...hostSetting(opts.remoteHost) };
  opts.logger?.info(
    { model: opts.modelId, cacheDir: opts.cacheDir },
    'downloading the GPT-2 model (first run only)',
  );
  try {
    await withEnv(settings, async () => {
      const common = { cache_dir: opts.cacheDir, progress_callback: progress.callback };
      await AutoTokenizer.from_pretrained(opts.modelId, common);
      const dtypes: ModelDtype[] = opts.dtype === 'q8' ? ['q8', 'fp32'] : ['fp32'];
      for (const dtype of dtypes) {
        for (const base of ONNX_BASES) {
          try {
            const model = await AutoModelForCausalLM.from_pretrained(opts.modelId, {
              ...common,
              model_file_name: base,
              dtype,
              session_options: { intraOpNumThreads: opts.threads, interOpNumThreads: 1 },
            });
            await model.dispose();
            if (dtype !== opts.dtype) {
              opts.logger?.info(
                { model: opts.modelId },
                'no quantized file in the repository; using the fp32 file',
              );
            }
            return;
          } catch (err) {
            if (!isMissingFile(err)) throw err;
          }
        }
      }
      throw new AisleError({
        code: 'MODEL_INVALID',
        message: `${opts.modelId} has no ONNX decoder (looked for onnx/${ONNX_BASES.join('.onnx, onnx/')}.onnx).`,
        hint: 'Set AISLE_MODEL_ID to a transformers.js GPT-2 export such as Xenova/gpt2.',
      });
    });
  } catch (err) {
    if (err instanceof AisleError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new AisleError({
      code: 'MODEL_NOT_FOUND',
      message: `Could not download the GPT-2 model ${opts.modelId} (${reason}), and AISLE_MODEL_DIR is not set.`,
      hint: `${downloadHint(opts.modelId)} Or set AISLE_EMBEDDER=hashing.`,
      cause: err,
    });
  } finally {
    progress.stop();
  }
}

function hostSetting(remoteHost: string | undefined): { remoteHost?: string } {
  if (!remoteHost) return {};
  return { remoteHost: remoteHost.endsWith('/') ? remoteHost : `${remoteHost}/` };
}

/** transformers.js reports a 404 as `Could not locate file: "<url>"`. */
function isMissingFile(err: unknown): boolean {
  return (
    err instanceof Error && err.message.startsWith('Could not locate file') && err.message.includes('/onnx/')
  );
}
