/** Items a fake received, which tests await in order ("the next call matching X"). */

type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void };

/** Items that tests await in order; each item satisfies at most one wait. */
export class Inbox<T> {
  readonly all: T[] = [];
  readonly #unclaimed: T[] = [];
  readonly #waiters: Waiter<T>[] = [];

  push(item: T): void {
    this.all.push(item);
    const i = this.#waiters.findIndex((w) => w.match(item));
    if (i === -1) this.#unclaimed.push(item);
    else this.#waiters.splice(i, 1)[0]?.resolve(item);
  }

  next(match: (item: T) => boolean): Promise<T> {
    const i = this.#unclaimed.findIndex(match);
    if (i !== -1) return Promise.resolve(this.#unclaimed.splice(i, 1)[0] as T);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }
}
