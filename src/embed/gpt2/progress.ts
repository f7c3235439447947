import cliProgress from 'cli-progress';
import type { Logger } from '../../log.ts';

/** What transformers.js reports through `progress_callback` while it fetches a file. */
export interface ProgressInfo {
  readonly status: string;
  readonly name?: string;
  readonly file?: string;
  readonly progress?: number;
  readonly loaded?: number;
  readonly total?: number;
}

/** A `progress_callback` plus a way to finish drawing. */
export interface DownloadProgress {
  readonly callback: (info: ProgressInfo) => void;
  /** Stop drawing (leaves finished bars on screen). Safe to call twice. */
  stop(): void;
}

/** Options for {@link createDownloadProgress}. */
export interface DownloadProgressOptions {
  readonly logger?: Logger | undefined;
  /** Where bars are drawn; defaults to stderr (stdout stays free for --json output). */
  readonly stream?: NodeJS.WriteStream;
  /** Draw bars; defaults to whether the stream is a terminal. */
  readonly tty?: boolean;
}

const MB = 1024 * 1024;

/**
 * Reports a model download: one bar per file (cli-progress) on a terminal, otherwise one log
 * line when a file starts and one when it is done.
 */
export function createDownloadProgress(opts: DownloadProgressOptions = {}): DownloadProgress {
  const stream = opts.stream ?? process.stderr;
  const tty = opts.tty ?? stream.isTTY === true;
  return tty ? barProgress(stream) : lineProgress(opts.logger, stream);
}

function barProgress(stream: NodeJS.WriteStream): DownloadProgress {
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: ' {bar} {percentage}% | {value}/{total} MB | {file}',
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  let stopped = false;
  return {
    callback(info) {
      if (stopped || info.status !== 'progress' || !info.file) return;
      const total = toMb(info.total ?? 0);
      const value = toMb(info.loaded ?? 0);
      let bar = bars.get(info.file);
      if (!bar) {
        bar = multi.create(Math.max(total, value), 0, { file: info.file });
        bars.set(info.file, bar);
      }
      if (total > 0) bar.setTotal(total);
      bar.update(value, { file: info.file });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}

function lineProgress(logger: Logger | undefined, stream: NodeJS.WriteStream): DownloadProgress {
  const started = new Set<string>();
  const log = (fields: Record<string, unknown>, msg: string) => {
    if (logger) logger.info(fields, msg);
    else stream.write(`aisle: ${msg} ${Object.values(fields).join(' ')}\n`);
  };
  return {
    callback(info) {
      const file = info.file;
      if (!file) return;
      if (info.status === 'progress' && !started.has(file)) {
        started.add(file);
        log({ model: info.name ?? '', file, mb: toMb(info.total ?? 0) }, 'downloading model file');
      } else if (info.status === 'done' && started.has(file)) {
        log({ model: info.name ?? '', file }, 'downloaded model file');
      }
    },
    stop() {},
  };
}

function toMb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
