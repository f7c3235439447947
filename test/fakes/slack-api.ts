/**
 * A loopback fake of the Slack Web API (the methods aisle calls), a `response_url` endpoint and,
 * on demand, a Socket Mode WebSocket endpoint. Every call is recorded with its parsed body; tests
 * await "the next call to X" instead of sleeping.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One recorded request. `method` is the Web API method, or `response_url` for respond() posts. */
export interface SlackApiCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  /** Bearer token sent with the call (Web API only). */
  readonly token: string | undefined;
  /** For response_url calls: the id in the URL. */
  readonly responseId?: string;
  /** Order of arrival across all methods, from 0. */
  readonly seq: number;
}

/** A method's answer: the JSON body to send back. */
export type SlackApiHandler = (call: SlackApiCall) => Record<string, unknown>;

/** The fake's identity and group membership. */
export interface FakeSlackApiOptions {
  readonly botUserId?: string;
  readonly botId?: string;
  readonly teamId?: string;
  /** usergroups.users.list answers: group id -> member user ids. */
  readonly groups?: Record<string, readonly string[]>;
}

const WAIT_LIMIT_MS = 10_000;

/** A running fake. Create with {@link startFakeSlackApi}; close it after the test. */
export class FakeSlackApi {
  readonly calls: SlackApiCall[] = [];
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  readonly groups: Map<string, readonly string[]>;
  private readonly handlers = new Map<string, SlackApiHandler>();
  private readonly cursors = new Map<string, number>();
  private readonly waiters = new Map<string, ((c: SlackApiCall) => void)[]>();
  private tsCounter = 1_700_000_000;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private envelopeCounter = 0;
  port = 0;

  constructor(opts: FakeSlackApiOptions = {}) {
    this.botUserId = opts.botUserId ?? 'UBOT0001';
    this.botId = opts.botId ?? 'BBOT0001';
    this.teamId = opts.teamId ?? 'T0001';
    this.groups = new Map(Object.entries(opts.groups ?? {}));
  }

  /** Base URL for the WebClient's `slackApiUrl` (ends with /api/). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url the adapter can post to; calls are recorded as method `response_url`. */
  responseUrl(id = 'r1'): string {
    return `http://127.0.0.1:${this.port}/respond/${encodeURIComponent(id)}`;
  }

  /** Replace a method's answer (e.g. `{ ok: false, error: 'not_in_channel' }`). */
  on(method: string, handler: SlackApiHandler | undefined): void {
    if (handler) this.handlers.set(method, handler);
    else this.handlers.delete(method);
  }

  /** Recorded calls to one method, in order. */
  callsTo(method: string): SlackApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls that put something in front of users (posts, updates, ephemerals, responses, views). */
  outgoing(): SlackApiCall[] {
    const visible = [
      'chat.postMessage',
      'chat.update',
      'chat.postEphemeral',
      'response_url',
      'views.publish',
    ];
    return this.calls.filter((c) => visible.includes(c.method));
  }

  /**
   * The next call to `method` this test has not consumed yet: already recorded or still to come.
   * Rejects after 10 s with the calls seen so far, so a missing call fails clearly.
   */
  nextCall(method: string): Promise<SlackApiCall> {
    const index = this.cursors.get(method) ?? 0;
    const existing = this.callsTo(method)[index];
    if (existing) {
      this.cursors.set(method, index + 1);
      return Promise.resolve(existing);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`no ${method} call; saw: ${this.calls.map((c) => c.method).join(', ') || 'nothing'}`),
        );
      }, WAIT_LIMIT_MS);
      const list = this.waiters.get(method) ?? [];
      list.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
      this.waiters.set(method, list);
    });
  }

  /** Start listening on a free loopback port. */
  async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Serve Socket Mode: apps.connections.open returns a ws:// URL on this server, which says hello. */
  enableSocketMode(): void {
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.socket = ws;
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload ?? {});
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
    });
  }

  /** Push a Socket Mode envelope; resolves with the app's ack payload. */
  deliverOverSocket(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: unknown,
  ): Promise<unknown> {
    const ws = this.socket;
    if (!ws) return Promise.reject(new Error('no Socket Mode client connected'));
    const envelopeId = `env-${++this.envelopeCounter}`;
    const acked = new Promise<unknown>((resolve) => this.acks.set(envelopeId, resolve));
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      }),
    );
    return acked;
  }

  /** Stop the server and any socket. */
  async close(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    let call: SlackApiCall;
    if (url.pathname.startsWith('/respond/')) {
      const responseId = decodeURIComponent(url.pathname.slice('/respond/'.length));
      call = { method: 'response_url', body, token, responseId, seq: this.calls.length };
    } else if (url.pathname.startsWith('/api/')) {
      call = {
        method: url.pathname.slice('/api/'.length),
        body,
        token: token ?? str(body.token),
        seq: this.calls.length,
      };
    } else {
      res.writeHead(404).end();
      return;
    }
    this.calls.push(call);
    const answer = (this.handlers.get(call.method) ?? ((c: SlackApiCall) => this.defaultAnswer(c)))(call);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    this.notify(call);
  }

  private notify(call: SlackApiCall): void {
    const waiting = this.waiters.get(call.method);
    const next = waiting?.shift();
    if (next) {
      this.cursors.set(call.method, (this.cursors.get(call.method) ?? 0) + 1);
      next(call);
    }
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${this.tsCounter}.000100`;
  }

  private defaultAnswer(call: SlackApiCall): Record<string, unknown> {
    const b = call.body;
    switch (call.method) {
      case 'auth.test':
        return { ok: true, user_id: this.botUserId, bot_id: this.botId, team_id: this.teamId, user: 'aisle' };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        return { ok: true, channel: b.channel, ts, message: { ts, text: b.text, bot_id: this.botId } };
      }
      case 'chat.update':
        return { ok: true, channel: b.channel, ts: b.ts, text: b.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'views.publish':
        return { ok: true, view: { id: 'V0001', type: 'home' } };
      case 'usergroups.users.list': {
        const members = this.groups.get(str(b.usergroup) ?? '');
        return members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' };
      }
      case 'conversations.info':
        return { ok: true, channel: { id: b.channel, is_im: str(b.channel)?.startsWith('D') ?? false } };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Start a fake on a free loopback port. */
export async function startFakeSlackApi(opts: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const api = new FakeSlackApi(opts);
  await api.listen();
  return api;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form bodies carry nested values as JSON strings (blocks, view): decode those too. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}
