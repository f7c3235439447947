/**
 * Re-index when the catalog file changes (AISLE_CATALOG_WATCH). Watches the file's folder (editors
 * and exports often replace a file rather than write it in place), waits for changes to settle,
 * and runs one re-index at a time; a change during a run schedules one more run after it.
 */
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Options for {@link watchCatalog}. */
export interface CatalogWatchOptions {
  /** The catalog file. */
  readonly file: string;
  /** Re-index (and let the engine reload). A rejection is reported to `onError`. */
  readonly reindex: () => Promise<void>;
  readonly onError: (err: unknown) => void;
  /** Quiet time after the last change before re-indexing (default 300 ms). */
  readonly debounceMs?: number;
}

/** A running catalog watch. */
export interface CatalogWatch {
  /** Stop watching (a run in progress finishes). */
  stop(): void;
  /** Resolves when no re-index is running. */
  idle(): Promise<void>;
}

/** Watch `file` and re-index after it changes. */
export function watchCatalog(opts: CatalogWatchOptions): CatalogWatch {
  const name = basename(opts.file);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = opts
      .reindex()
      .catch(opts.onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };

  const watcher: FSWatcher = watch(dirname(opts.file), (_event, changed) => {
    if (changed !== name || stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, opts.debounceMs ?? 300);
  });
  watcher.on('error', opts.onError);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      watcher.close();
    },
    async idle() {
      while (running) await running;
    },
  };
}
