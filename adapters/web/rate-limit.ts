/**
 * Per-session and per-IP rate limits for the chat API, in memory (one process serves one port).
 * A refused request learns how many seconds to wait (the Retry-After header).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Limits: requests per window for one session and for one client address. */
export interface RateLimitOptions {
  readonly perSession: number;
  readonly perIp: number;
  /** Window length in seconds (default 60: the limits are per minute). */
  readonly windowSeconds?: number;
}

/** The outcome of taking one request from a budget. */
export type Allowance =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Two budgets: one per session id, one per client IP. */
export class RateLimits {
  private readonly session: RateLimiterMemory;
  private readonly ip: RateLimiterMemory;

  constructor(opts: RateLimitOptions) {
    const duration = opts.windowSeconds ?? 60;
    this.session = new RateLimiterMemory({ keyPrefix: 'session', points: opts.perSession, duration });
    this.ip = new RateLimiterMemory({ keyPrefix: 'ip', points: opts.perIp, duration });
  }

  /** Take one request from the address's budget. */
  takeIp(address: string): Promise<Allowance> {
    return take(this.ip, address);
  }

  /** Take one request from the session's budget. */
  takeSession(sessionId: string): Promise<Allowance> {
    return take(this.session, sessionId);
  }
}

async function take(limiter: RateLimiterMemory, key: string): Promise<Allowance> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
    }
    throw err;
  }
}
