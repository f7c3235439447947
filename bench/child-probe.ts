/**
 * What the probes (probe.ts, embed-probe.ts) share: the parent runs a probe file in a fresh Node
 * process with --expose-gc and reads the one JSON line it prints last; the child measures resident
 * memory once garbage is gone. Kept apart from the probes so a child loads only what it measures.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Run `script` (a probe file) with `request` as its JSON argument in a fresh process and parse the
 * last line of its stdout. Fails, naming the probe `name`, when it exits non-zero or prints nothing.
 */
export function runChildProbe<T>(opts: { script: string; request: unknown; name: string }): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', opts.script, JSON.stringify(opts.request)],
      { cwd: resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line) fail(new Error(`the ${opts.name} exited with code ${code}`));
      else done(JSON.parse(line) as T);
    });
  });
}

/**
 * Resident memory once garbage is gone (the probes run with --expose-gc). V8 frees the memory of
 * dead ArrayBuffers on a background thread after a collection, so collect, wait, collect again.
 */
export async function settledRss(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await sleep(250);
  gc?.();
  return process.memoryUsage.rss();
}
