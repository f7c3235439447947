import { resolve } from 'node:path';
import { openEngine } from '../../src/app.ts';
import { openAssistant } from '../../src/assistant/create.ts';
import type { AssistantPort } from '../../src/assistant/types.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { EmbedderKind } from '../../src/embed/select.ts';
import { AisleError } from '../../src/errors.ts';
import { createLogger, type Logger } from '../../src/log.ts';

/** What every command needs: configuration with flag overrides, a logger and an output sink. */
export interface CliContext {
  config(overrides?: { dataDir?: string | undefined }): Config;
  logger(config: Config): Logger;
  out(line: string): void;
}

/** The real context: environment configuration, JSON logs on stderr, results on stdout. */
export function defaultContext(): CliContext {
  let logger: Logger | undefined;
  return {
    config(overrides = {}) {
      const config = loadConfig();
      return overrides.dataDir ? { ...config, dataDir: resolve(overrides.dataDir) } : config;
    },
    logger(config) {
      logger ??= createLogger({ level: config.log.level, pretty: process.stderr.isTTY === true });
      return logger;
    },
    out(line) {
      process.stdout.write(`${line}\n`);
    },
  };
}

/** Validate a flag value against its allowed choices. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new AisleError({
    code: 'BAD_REQUEST',
    message: `${flag} must be one of ${choices.join(', ')} (got "${value}").`,
  });
}

/** The `--embedder` flag of the commands that open or build an index (undefined when not given). */
export function parseEmbedderFlag(value: string | undefined): EmbedderKind | undefined {
  return value ? parseChoice<EmbedderKind>('--embedder', value, ['auto', 'hashing', 'gpt2']) : undefined;
}

/** Open the engine and the assistant over the index, run `use`, then close both. */
export async function withAssistant<T>(
  opts: { config: Config; logger: Logger; embedder: EmbedderKind | undefined },
  use: (assistant: AssistantPort) => Promise<T>,
): Promise<T> {
  const { config, logger, embedder } = opts;
  const engine = await openEngine({ config, logger, ...(embedder ? { embedder } : {}) });
  try {
    const { assistant, close } = await openAssistant({ engine, config, logger });
    try {
      return await use(assistant);
    } finally {
      await close();
    }
  } finally {
    await engine.close();
  }
}
