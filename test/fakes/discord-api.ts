/**
 * A loopback Discord: the REST API (v10) and the gateway WebSocket on one local port. It records
 * every REST call with its JSON body, lets tests await "the next call matching X", and dispatches
 * MESSAGE_CREATE and INTERACTION_CREATE events. Handles IDENTIFY, heartbeats, RESUME and dropped
 * connections like Discord does.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type FakeIds,
  guildCreate,
  type InteractionPlace,
  interactionBase,
  makeIds,
  member,
  message,
  ready,
  snowflake,
  user,
} from './discord-payloads.ts';
import { Inbox } from './inbox.ts';

/** One REST request the client made. */
export interface RecordedCall {
  readonly method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** What the fake answered (a message object for message routes). */
  readonly response: unknown;
}

/** One frame the client sent over the gateway. */
export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
}

type Route = readonly [
  method: string,
  path: RegExp,
  handle: (
    m: RegExpExecArray,
    call: Omit<RecordedCall, 'response'>,
    body: Record<string, unknown>,
  ) => [number, unknown],
];

const EPHEMERAL = 64;
/** A bot token the fake treats as revoked. */
export const REVOKED_TOKEN = 'revoked-token';

/** The fake Discord server. */
export class FakeDiscord {
  readonly ids: FakeIds = makeIds();
  readonly calls = new Inbox<RecordedCall>();
  readonly frames = new Inbox<GatewayFrame>();
  /** Base URL for `rest.api` (DISCORD_API_URL). */
  apiUrl = '';
  /** How many IDENTIFY and RESUME frames arrived. */
  identifies = 0;
  resumes = 0;
  /** Messages created through REST, by id (for pressing their buttons). */
  readonly sent = new Map<string, Record<string, unknown>>();
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  #socket: WebSocket | undefined;
  #session = '';
  #seq = 0;
  #gatewayUrl = '';
  /** Interaction token → flags chosen when it was deferred. */
  readonly #deferred = new Map<string, number>();
  /** Interaction token → id of its original response message. */
  readonly #originals = new Map<string, string>();

  private constructor() {
    this.#server = createServer({ noDelay: true }, (req, res) => void this.#rest(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (ws) => this.#connect(ws));
  }

  /** Start listening on an ephemeral loopback port. */
  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    const { port } = fake.#server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.#gatewayUrl = `ws://127.0.0.1:${port}`;
    return fake;
  }

  /** Close every connection and the server. */
  async close(): Promise<void> {
    for (const ws of this.#wss.clients) ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next REST call (already made or still to come) that matches. */
  nextCall(
    method: string,
    path: string | RegExp,
    match: (c: RecordedCall) => boolean = () => true,
  ): Promise<RecordedCall> {
    return this.calls.next(
      (c) =>
        c.method === method && (typeof path === 'string' ? c.path === path : path.test(c.path)) && match(c),
    );
  }

  /** The next gateway frame with this opcode. */
  nextFrame(op: number): Promise<GatewayFrame> {
    return this.frames.next((f) => f.op === op);
  }

  /** Send a dispatch event (op 0) on the current connection. */
  dispatch(t: string, d: unknown): void {
    if (!this.#socket) throw new Error('no gateway connection');
    this.#seq += 1;
    this.#socket.send(JSON.stringify({ op: 0, t, s: this.#seq, d }));
  }

  /** Drop the gateway connection: close with a (resumable) code, or cut it without a close frame. */
  dropConnection(opts: { code?: number; terminate?: boolean } = {}): void {
    const ws = this.#socket;
    this.#socket = undefined;
    if (!ws) return;
    if (opts.terminate) ws.terminate();
    else ws.close(opts.code ?? 4000, 'fake: dropped');
  }

  /** Forget the gateway session, so the next RESUME is refused (op 9) and the client must IDENTIFY. */
  forgetSession(): void {
    this.#session = '';
  }

  /** A user posts a message (in the server channel by default, `dm: true` for a DM). Returns its id. */
  postMessage(opts: {
    userId: string;
    content: string;
    mentionBot?: boolean;
    dm?: boolean;
    thread?: boolean;
    roles?: readonly string[];
    bot?: boolean;
  }): string {
    const author = user(opts.userId, opts.bot ? { bot: true } : {});
    const dm = opts.dm === true;
    const bot = { ...user(this.ids.bot, { bot: true, name: 'aisle' }), member: member([this.ids.roles.bot]) };
    const payload = message({
      channelId: dm ? this.dmChannel(opts.userId) : opts.thread ? this.ids.thread : this.ids.channel,
      guildId: dm ? undefined : this.ids.guild,
      author,
      member: dm ? undefined : member(opts.roles ?? []),
      content: opts.content,
      mentions: opts.mentionBot && !dm ? [bot] : [],
    });
    // Discord adds the channel type to gateway MESSAGE_CREATE events.
    this.dispatch('MESSAGE_CREATE', { ...payload, channel_type: dm ? 1 : opts.thread ? 11 : 0 });
    return String(payload.id);
  }

  /** The DM channel id the fake uses for a user (stable, still a valid snowflake). */
  dmChannel(userId: string): string {
    return String(BigInt(userId) + 7n);
  }

  /** Someone runs a slash command; options as Discord sends them. Returns the interaction token. */
  runCommand(place: InteractionPlace, name: string, options: readonly unknown[] = []): string {
    const base = interactionBase(this.ids, place, 2);
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      data: {
        id: snowflake(),
        name,
        type: 1,
        options,
        ...(place.guildId ? { guild_id: place.guildId } : {}),
      },
    });
    return String(base.token);
  }

  /** Someone presses a button on a message the bot sent. Returns the interaction token. */
  pressButton(place: InteractionPlace, onMessage: Record<string, unknown>, customId: string): string {
    const base = interactionBase(this.ids, place, 3);
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      message: onMessage,
      data: { custom_id: customId, component_type: 2 },
    });
    return String(base.token);
  }

  #connect(ws: WebSocket): void {
    this.#socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: { session_id?: string } };
      this.frames.push({ op: frame.op, d: frame.d });
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (frame.op === 2) this.#identify();
      else if (frame.op === 6) this.#resume(ws, frame.d.session_id);
    });
  }

  #identify(): void {
    this.identifies += 1;
    this.#session = `session-${snowflake()}`;
    this.#seq = 0;
    this.dispatch('READY', ready(this.ids, this.#session, this.#gatewayUrl));
    this.dispatch('GUILD_CREATE', guildCreate(this.ids));
  }

  #resume(ws: WebSocket, sessionId: string | undefined): void {
    this.resumes += 1;
    if (sessionId !== this.#session) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.dispatch('RESUMED', {});
  }

  async #rest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const body: unknown = raw === '' ? undefined : JSON.parse(raw);
    const request = { method: req.method ?? 'GET', path, query: url.searchParams, body };
    // Like Discord, refuse a revoked token (interaction callbacks and webhooks need no token).
    const revoked = req.headers.authorization === `Bot ${REVOKED_TOKEN}`;
    const [status, out] = revoked ? [401, { message: '401: Unauthorized', code: 0 }] : this.#route(request);
    this.calls.push({ ...request, response: out });
    if (status === 204) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  }

  /** Discord's routes the adapter uses: method, path pattern, handler (status and JSON answer). */
  readonly #routes: readonly Route[] = [
    ['GET', /^\/gateway\/bot$/, () => [200, this.#gatewayInfo()]],
    ['GET', /^\/applications\/@me$/, () => [200, { id: this.ids.app, name: 'aisle' }]],
    [
      'PUT',
      /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/,
      (_m, call) => [200, this.#commands(call.body)],
    ],
    ['POST', /^\/channels\/\d+\/typing$/, () => [204, undefined]],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      (m, _call, body) => [
        200,
        this.#store(body, { channelId: m[1] ?? '', type: body.message_reference ? 19 : 0 }),
      ],
    ],
    [
      'POST',
      /^\/interactions\/\d+\/([^/]+)\/callback$/,
      (m, _call, body) => {
        if (body.type === 5)
          this.#deferred.set(m[1] ?? '', (body.data as { flags?: number } | undefined)?.flags ?? 0);
        return [204, undefined];
      },
    ],
    [
      'PATCH',
      /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/,
      (m, _c, body) => this.#webhook(m[1] ?? '', body, true),
    ],
    ['POST', /^\/webhooks\/\d+\/([^/]+)$/, (m, _c, body) => this.#webhook(m[1] ?? '', body, false)],
    ['DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, () => [204, undefined]],
  ];

  #route(call: Omit<RecordedCall, 'response'>): [number, unknown] {
    const body = (call.body ?? {}) as Record<string, unknown>;
    for (const [method, pattern, handle] of this.#routes) {
      const m = method === call.method ? pattern.exec(call.path) : null;
      if (m) return handle(m, call, body);
    }
    return [404, { message: `fake: no route for ${call.method} ${call.path}`, code: 0 }];
  }

  #gatewayInfo(): unknown {
    return {
      url: this.#gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    };
  }

  #commands(body: unknown): unknown {
    const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
    return list.map((c) => ({ ...c, id: snowflake(), application_id: this.ids.app, version: snowflake() }));
  }

  /** An interaction response edit (`@original`, inheriting the deferral's flags) or follow-up. */
  #webhook(token: string, body: Record<string, unknown>, original: boolean): [number, unknown] {
    const inherited = original ? (this.#deferred.get(token) ?? 0) : 0;
    const flags = ((body.flags as number | undefined) ?? 0) | (inherited & EPHEMERAL);
    const id = original ? this.#originals.get(token) : undefined;
    const msg = this.#store(body, { channelId: this.ids.channel, type: 20, flags, webhook: true, id });
    if (original) this.#originals.set(token, String(msg.id));
    return [200, msg];
  }

  #store(
    body: Record<string, unknown>,
    opts: { channelId: string; type: number; flags?: number; webhook?: boolean; id?: string | undefined },
  ): Record<string, unknown> {
    const msg = message({
      ...(opts.id ? { id: opts.id } : {}),
      channelId: opts.channelId,
      author: user(this.ids.bot, { bot: true, name: 'aisle' }),
      content: typeof body.content === 'string' ? body.content : '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      flags: opts.flags ?? 0,
      type: opts.type,
      ...(opts.webhook ? { webhookId: this.ids.app, applicationId: this.ids.app } : {}),
    });
    this.sent.set(String(msg.id), msg);
    return msg;
  }
}
