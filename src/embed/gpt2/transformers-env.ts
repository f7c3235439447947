import { env } from '@huggingface/transformers';

/** transformers.js settings aisle changes around a load. */
export type EnvSettings = Partial<Pick<typeof env, 'allowRemoteModels' | 'allowLocalModels' | 'remoteHost'>>;

let queue: Promise<unknown> = Promise.resolve();

/** Run model loads one at a time: transformers.js settings are process-wide. */
export function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Apply transformers.js settings for the duration of `fn`, then restore them. */
export async function withEnv<T>(settings: EnvSettings, fn: () => Promise<T>): Promise<T> {
  const saved: EnvSettings = {
    allowRemoteModels: env.allowRemoteModels,
    allowLocalModels: env.allowLocalModels,
    remoteHost: env.remoteHost,
  };
  Object.assign(env, settings);
  try {
    return await fn();
  } finally {
    Object.assign(env, saved);
  }
}
