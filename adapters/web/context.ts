/**
 * What the web routes share: the hono environment (Node bindings, request id, request logger)
 * and the service parts the routes read.
 */
import type { HttpBindings } from '@hono/node-server';
import type { AssistantPort } from '../../src/assistant/types.ts';
import type { Logger } from '../../src/log.ts';
import type { ApiErrorCode } from './http-errors.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { RateLimits } from './rate-limit.ts';
import type { Readiness } from './readiness.ts';

/** The hono environment of every route. */
export interface WebEnv {
  Bindings: HttpBindings;
  Variables: {
    /** Accepted from `x-request-id` when sane, else generated; echoed in the response. */
    requestId: string;
    /** The service logger with this request's id bound. */
    log: Logger;
    /** Set when the response is an API error, for metrics. */
    errorCode: ApiErrorCode | undefined;
  };
}

/** The service parts the routes use. */
export interface WebDeps {
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  readonly readiness: Readiness;
  /** The assistant, once the index is loaded (undefined before: the API answers 503). */
  readonly assistant: () => AssistantPort | undefined;
  readonly limits: RateLimits;
  /** Folder served at `/images/…` (the catalog's `images/` folder), when any. */
  readonly imagesDir?: string | undefined;
  /** Log message text (AISLE_LOG_TEXT); off by default. */
  readonly logText?: boolean;
}
