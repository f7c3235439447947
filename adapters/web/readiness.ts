/**
 * Readiness of the service: the index and every configured adapter register a check; `/readyz`
 * is ready only when all of them pass and the service is not shutting down.
 */

/** One component's state as `/readyz` reports it. */
export type ComponentState = 'ready' | 'not_ready';

/** What `/readyz` answers. */
export interface ReadinessReport {
  readonly ready: boolean;
  readonly stopping: boolean;
  readonly components: Readonly<Record<string, ComponentState>>;
}

/** The set of readiness checks. */
export class Readiness {
  private readonly checks = new Map<string, () => boolean>();
  private stopping = false;

  /** Add or replace the check for a component (e.g. `index`, `slack`, `discord`). */
  set(name: string, check: () => boolean): void {
    this.checks.set(name, check);
  }

  /** Report not ready from now on (shutdown has begun). */
  markStopping(): void {
    this.stopping = true;
  }

  /** Evaluate every check now. */
  report(): ReadinessReport {
    const components: Record<string, ComponentState> = {};
    let ready = !this.stopping && this.checks.size > 0;
    for (const [name, check] of this.checks) {
      let ok = false;
      try {
        ok = check();
      } catch {
        ok = false;
      }
      components[name] = ok ? 'ready' : 'not_ready';
      if (!ok) ready = false;
    }
    return { ready, stopping: this.stopping, components };
  }
}
