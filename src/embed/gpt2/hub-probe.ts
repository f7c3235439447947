/** Options for {@link probeHub}. */
export interface ProbeOptions {
  /** Default https://huggingface.co (the model hub). */
  readonly url?: string;
  /** Give up after this long (default 1.5 s), so startup never hangs offline. */
  readonly timeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
}

/** True when the hub answers a HEAD request in time (any HTTP status counts as reachable). */
export async function probeHub(opts: ProbeOptions = {}): Promise<boolean> {
  const doFetch = opts.fetchImpl ?? fetch;
  try {
    const res = await doFetch(opts.url ?? 'https://huggingface.co', {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 1500),
    });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
