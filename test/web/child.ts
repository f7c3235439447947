/**
 * `aisle` as a child process for service tests: its stdout lines and JSON log lines on stderr
 * can be awaited (no sleeping), and its exit code is a promise.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The CLI entry point. */
export const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'aisle.js');

/** This process's environment without aisle's own settings, so a child sees only what a test sets. */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(SLACK_|DISCORD_|AISLE_|PORT$|HOST$)/.test(k)) env[k] = v;
  }
  return env;
}

type LogLine = Record<string, unknown>;
type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void; reject: (err: Error) => void };

/** A running `aisle` child process. */
export class AisleProcess {
  readonly child: ChildProcess;
  readonly logs: LogLine[] = [];
  readonly stdout: string[] = [];
  /** Resolves with the exit code (or 128 + signal number style: -1 when killed by a signal). */
  readonly exited: Promise<number>;
  private readonly logWaiters: Waiter<LogLine>[] = [];
  private readonly outWaiters: Waiter<string>[] = [];
  private stderrText = '';

  constructor(args: readonly string[], opts: { env: Record<string, string>; cwd: string }) {
    this.child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd,
      env: { ...cleanEnv(), ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      this.stdout.push(line);
      this.settle(this.outWaiters, line);
    });
    createInterface({ input: this.child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      this.stderrText += `${line}\n`;
      let entry: LogLine;
      try {
        entry = JSON.parse(line) as LogLine;
      } catch {
        return;
      }
      this.logs.push(entry);
      this.settle(this.logWaiters, entry);
    });
    this.exited = new Promise((resolveExit) => {
      this.child.once('exit', (code) => {
        const err = new Error(`aisle exited (code ${code}) before the awaited output.\n${this.stderrText}`);
        for (const w of [...this.logWaiters, ...this.outWaiters]) w.reject(err);
        resolveExit(code ?? -1);
      });
    });
  }

  /** Everything written to stderr so far (for failure messages). */
  get stderr(): string {
    return this.stderrText;
  }

  /** The first log line (already seen or still to come) that matches. */
  waitForLog(match: (line: LogLine) => boolean): Promise<LogLine> {
    const seen = this.logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolveLine, reject) =>
      this.logWaiters.push({ match, resolve: resolveLine, reject }),
    );
  }

  /** The next log line from now on that matches. */
  nextLog(match: (line: LogLine) => boolean): Promise<LogLine> {
    return new Promise((resolveLine, reject) =>
      this.logWaiters.push({ match, resolve: resolveLine, reject }),
    );
  }

  /** The first stdout line that matches. */
  waitForStdout(pattern: RegExp): Promise<string> {
    const seen = this.stdout.find((l) => pattern.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolveLine, reject) =>
      this.outWaiters.push({ match: (l) => pattern.test(l), resolve: resolveLine, reject }),
    );
  }

  /** Wait for the "serving" line and return the base URL it names. */
  async url(): Promise<string> {
    const line = await this.waitForStdout(/aisle is serving the web chat at /);
    const url = /(http:\/\/\S+)/.exec(line)?.[1];
    if (!url) throw new Error(`no URL in "${line}"`);
    return url;
  }

  private settle<T>(waiters: Waiter<T>[], item: T): void {
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      const w = waiters[i];
      if (w?.match(item)) {
        waiters.splice(i, 1);
        w.resolve(item);
      }
    }
  }
}
