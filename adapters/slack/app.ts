import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type ReceiverEvent, SocketModeReceiver } from '@slack/bolt';
import type { AssistantPort } from '../../src/assistant/types.ts';
import type { Config } from '../../src/config.ts';
import { AisleError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';
import { boltLogger } from './bolt-logger.ts';
import { createDedupe, type DedupeOptions } from './dedupe.ts';
import { logFailure, type Renderer } from './deliver.ts';
import { registerEventHandlers } from './events.ts';
import { registerInteractionHandlers } from './interactions.ts';
import { SLACK_EVENTS_PATH } from './paths.ts';
import { renderReply } from './render.ts';
import { createRoleResolver, parseRoleIds } from './roles.ts';

export { SLACK_EVENTS_PATH };

/** Options for {@link createSlackAdapter}. */
export interface SlackAdapterOptions {
  readonly assistant: AssistantPort;
  readonly slack: NonNullable<Config['slack']>;
  /** Base for relative catalog image URLs; without it such images are left out. */
  readonly publicUrl?: string | undefined;
  readonly logger: Logger;
  /** Post "Looking…" when an answer takes longer than this (default 800 ms; 0 = at once). */
  readonly placeholderAfterMs?: number;
  /** How long user-group membership is cached (default 5 minutes). */
  readonly roleCacheMs?: number;
  /** Seen-event memory (default 5,000 ids for 1 hour). */
  readonly dedupe?: DedupeOptions;
}

/** A running Slack integration. */
export interface SlackAdapter {
  /** HTTP mode: mount at /slack/events on the shared server. Undefined in Socket Mode. */
  readonly requestListener: ((req: HttpRequest, res: ServerResponse) => void) | undefined;
  /** Socket Mode connects; HTTP mode verifies the token (auth.test). */
  start(): Promise<void>;
  /** Finish in-flight work (up to 10 s) and disconnect. */
  stop(): Promise<void>;
  /** Started and (in Socket Mode) connected. */
  isReady(): boolean;
  /** Resolves when no Slack delivery is being handled. */
  idle(): Promise<void>;
}

/** Bolt's extended error handler (the last `App.error` overload; bolt does not export the type). */
type ExtendedErrorHandler = Parameters<App['error']>[0];

/** Bolt's App, counting each delivery from the moment the receiver hands it over. */
class TrackedApp extends App {
  readonly inFlight = new Set<Promise<void>>();

  override processEvent(event: ReceiverEvent): Promise<void> {
    const work = super.processEvent(event);
    const tracked = work.catch(() => {}).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return work;
  }
}

function apiUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Build the Slack adapter: a bolt App on HTTP or Socket Mode, translating to and from the assistant. */
export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const { slack } = opts;
  const log = opts.logger.child({ adapter: 'slack' });
  const blog = boltLogger(log);
  const slackApiUrl = apiUrl(slack.apiUrl);
  // A reply that arrives many minutes late is worse than an apology: retry briefly, then give up.
  const clientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 2, factor: 2 },
  };

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (slack.socketMode) {
    if (!slack.appToken) throw configError('SLACK_APP_TOKEN is required for Socket Mode (xapp-…).');
    receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger: blog,
      // Only the URL: the Socket Mode client keeps its own, patient retry policy for reconnecting.
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
  } else {
    if (!slack.signingSecret) throw configError('SLACK_SIGNING_SECRET is required for the HTTP Events API.');
    receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: [SLACK_EVENTS_PATH],
      logger: blog,
    });
  }

  const app = new TrackedApp({
    receiver,
    token: slack.botToken,
    logger: blog,
    clientOptions,
    deferInitialization: true,
    convoStore: false,
    extendedErrorHandler: true,
  });

  for (const bad of [
    ...parseRoleIds(slack.roles.staff).invalid,
    ...parseRoleIds(slack.roles.managers).invalid,
  ]) {
    log.warn({ id: bad }, 'ignoring a Slack role id that is not a user (U…/W…) or user group (S…) id');
  }
  const roles = createRoleResolver({
    roles: slack.roles,
    ...(opts.roleCacheMs !== undefined ? { ttlMs: opts.roleCacheMs } : {}),
    groupMembers: async (usergroup, teamId) => {
      const res = await app.client.usergroups.users.list({
        usergroup,
        ...(teamId ? { team_id: teamId } : {}),
      });
      return res.users ?? [];
    },
    onLookupError: (groupId, err) => logFailure(log, err, { stage: 'usergroups.users.list', groupId }),
  });
  const render: Renderer = (reply, extra = {}) => renderReply(reply, { publicUrl: opts.publicUrl, ...extra });
  const deps = {
    assistant: opts.assistant,
    roles,
    render,
    log,
    dedupe: createDedupe(opts.dedupe),
    placeholderAfterMs: opts.placeholderAfterMs ?? 800,
    publicUrl: opts.publicUrl,
  };
  registerEventHandlers(app, deps);
  registerInteractionHandlers(app, deps);
  // The last line of defence: anything a handler did not catch is logged (ids only) and dropped.
  const onError: ExtendedErrorHandler = async ({ error, body, context }) => {
    const b = body as { event_id?: string; team_id?: string; user?: { id?: string } } | undefined;
    logFailure(log, error, {
      stage: 'bolt',
      teamId: context?.teamId ?? b?.team_id,
      userId: context?.userId ?? b?.user?.id,
      eventId: b?.event_id,
    });
  };
  app.error(onError);

  let started = false;
  let connected = !slack.socketMode;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => {
      connected = true;
    });
    receiver.client.on('disconnected', () => {
      connected = false;
    });
    receiver.client.on('reconnecting', () => {
      connected = false;
    });
  }

  const idle = async (): Promise<void> => {
    while (app.inFlight.size > 0) await Promise.all([...app.inFlight]);
  };

  const httpReceiver = receiver instanceof HTTPReceiver ? receiver : undefined;
  const requestListener = httpReceiver
    ? (req: HttpRequest, res: ServerResponse): void => {
        if (!started) {
          res.writeHead(503, { 'retry-after': '5' }).end();
          return;
        }
        try {
          httpReceiver.requestListener(req, res);
        } catch {
          // Any path other than /slack/events (bolt throws to let a host route it elsewhere).
          if (!res.headersSent) res.writeHead(404).end();
        }
      }
    : undefined;

  return {
    requestListener,
    async start() {
      try {
        await app.init();
        if (slack.socketMode) await app.start();
      } catch (err) {
        throw new AisleError({
          code: 'ADAPTER_FAILED',
          message: 'Could not connect to Slack.',
          hint: slack.socketMode
            ? 'Check SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-… with connections:write), and that the app is installed.'
            : 'Check SLACK_BOT_TOKEN (xoxb-…) and that the app is installed in the workspace.',
          cause: err,
        });
      }
      started = true;
      connected = true;
      log.info({ mode: slack.socketMode ? 'socket' : 'http' }, 'Slack adapter ready');
    },
    async stop() {
      started = false;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 10_000);
      });
      await Promise.race([idle(), limit]);
      clearTimeout(timer);
      if (slack.socketMode) await app.stop().catch(() => {});
      connected = false;
    },
    isReady: () => started && connected,
    idle,
  };
}

function configError(message: string): AisleError {
  return new AisleError({
    code: 'CONFIG_INVALID',
    message,
    hint: 'See docs/slack.md for the variables Slack needs.',
  });
}
