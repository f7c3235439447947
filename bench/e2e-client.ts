/**
 * The load generator runs in its own process, as real clients and Slack do: its event loop never
 * waits for the service's, so an ack is timed when the service sent it, not when a shared event
 * loop got round to reading it. It also hosts the loopback Slack Web API fake, so a Slack reply
 * is timed when it reaches "Slack".
 *
 * Parent side: `LoadClient.start()`, `run(level)`, `close()`. Child side: this file, forked.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startFakeSlackApi } from '../test/fakes/slack-api.ts';
import { type LevelRun, runLevel, type Send, SlackReplyWatcher, slackSender, webSender } from './e2e-load.ts';

/** One load level to run. */
export interface LevelRequest {
  readonly transport: 'web' | 'slack';
  readonly serviceUrl: string;
  readonly concurrency: number;
  readonly messagesEach: number;
  readonly thinkMs: number;
  readonly queries: readonly string[];
  readonly firstConversation: number;
}

type ToChild = ({ type: 'run'; id: number } & LevelRequest) | { type: 'close' };
type FromChild =
  | { type: 'ready'; slackApiUrl: string }
  | ({ type: 'result'; id: number } & LevelRun)
  | { type: 'failed'; id: number; message: string };

/** The parent's handle on the load-generator process. */
export class LoadClient {
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: LevelRun) => void; reject: (e: Error) => void }
  >();

  private constructor(
    private readonly child: ChildProcess,
    /** Base URL of the Slack Web API fake (ends with /api/). */
    readonly slackApiUrl: string,
  ) {
    child.on('message', (raw) => {
      const msg = raw as FromChild;
      if (msg.type === 'ready') return;
      const waiter = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.type === 'result')
        waiter?.resolve({
          samples: msg.samples,
          elapsedMs: msg.elapsedMs,
          loopDelayP99Ms: msg.loopDelayP99Ms,
        });
      else waiter?.reject(new Error(msg.message));
    });
    child.on('exit', (code) => {
      for (const w of this.pending.values()) w.reject(new Error(`the load generator exited (${code})`));
      this.pending.clear();
    });
  }

  /** Fork the load generator and wait until its Slack fake listens. */
  static start(): Promise<LoadClient> {
    const child = fork(join(import.meta.dirname, 'e2e-client.ts'), [], {
      cwd: resolve(import.meta.dirname, '..'),
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new Promise((done, fail) => {
      child.once('error', fail);
      child.once('exit', (code) =>
        fail(new Error(`the load generator exited (${code}) before it was ready`)),
      );
      child.once('message', (raw) => {
        const msg = raw as FromChild;
        if (msg.type === 'ready') done(new LoadClient(child, msg.slackApiUrl));
      });
    });
  }

  /** Run one level in the child and return its samples. */
  run(request: LevelRequest): Promise<LevelRun> {
    const id = ++this.nextId;
    return new Promise((done, fail) => {
      this.pending.set(id, { resolve: done, reject: fail });
      this.child.send({ type: 'run', id, ...request } satisfies ToChild);
    });
  }

  /** Stop the child (its Slack fake closes with it). */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    this.child.send({ type: 'close' } satisfies ToChild);
    await exited;
  }
}

async function child(): Promise<void> {
  const api = await startFakeSlackApi();
  const watcher = new SlackReplyWatcher(api);
  const send = (m: FromChild) => process.send?.(m);
  const senders = new Map<string, Send>();
  const senderFor = (req: LevelRequest): Send => {
    const key = `${req.transport} ${req.serviceUrl}`;
    let s = senders.get(key);
    if (!s) {
      s =
        req.transport === 'web'
          ? webSender(req.serviceUrl, 'web')
          : slackSender({ baseUrl: req.serviceUrl, watcher, prefix: 'S' });
      senders.set(key, s);
    }
    return s;
  };
  process.on('message', (raw) => {
    const msg = raw as ToChild;
    if (msg.type === 'close') {
      api.close().finally(() => process.exit(0));
      return;
    }
    runLevel({ ...msg, send: senderFor(msg) }).then(
      (run) => send({ type: 'result', id: msg.id, ...run }),
      (err: unknown) =>
        send({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) }),
    );
  });
  send({ type: 'ready', slackApiUrl: api.apiUrl });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await child();
}
