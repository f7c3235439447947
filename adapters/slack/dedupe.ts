/**
 * Remembers recently seen delivery ids (Slack `event_id`s) so a retried or duplicated delivery is
 * handled once. Bounded (oldest forgotten first) and time-limited.
 */

/** Options for {@link createDedupe}. */
export interface DedupeOptions {
  /** Most ids remembered at once (default 5,000). */
  readonly max?: number;
  /** How long an id is remembered (default 1 hour; Slack retries within minutes). */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/** A seen-id memory. */
export interface Dedupe {
  /** True the first time `id` is offered within the TTL; false for a repeat. */
  firstSeen(id: string): boolean;
  /** Ids currently remembered. */
  size(): number;
}

/** Create a bounded, expiring seen-id memory. */
export function createDedupe(opts: DedupeOptions = {}): Dedupe {
  const max = Math.max(1, opts.max ?? 5_000);
  const ttl = opts.ttlMs ?? 60 * 60_000;
  const now = opts.now ?? Date.now;
  // Map iteration order is insertion order, so the first key is always the oldest.
  const seen = new Map<string, number>();

  function evict(t: number): void {
    for (const [id, expires] of seen) {
      if (expires > t && seen.size <= max) break;
      seen.delete(id);
    }
  }

  return {
    firstSeen(id) {
      const t = now();
      evict(t);
      const expires = seen.get(id);
      if (expires !== undefined && expires > t) return false;
      seen.delete(id);
      seen.set(id, t + ttl);
      evict(t);
      return true;
    },
    size() {
      evict(now());
      return seen.size;
    },
  };
}
