/**
 * The one error type aisle throws on purpose. `code` is stable and machine-readable (logs,
 * metrics, tests); `message` is a short sentence a user can act on; `hint` says how to fix it.
 */
export class AisleError extends Error {
  override readonly name = 'AisleError';
  readonly code: AisleErrorCode;
  readonly hint: string | undefined;

  constructor(opts: { code: AisleErrorCode; message: string; hint?: string; cause?: unknown }) {
    super(opts.message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = opts.code;
    this.hint = opts.hint;
  }

  /** The message plus its hint, as shown to a person on a terminal or in chat. */
  userMessage(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}

/** Every error code aisle uses, so a typo is a type error. */
export type AisleErrorCode =
  | 'CONFIG_INVALID'
  | 'CATALOG_NOT_FOUND'
  | 'CATALOG_EMPTY'
  | 'CATALOG_FORMAT'
  | 'CATALOG_TOO_LARGE'
  | 'CATALOG_ENCODING'
  | 'CATALOG_NO_VALID_ROWS'
  | 'INDEX_MISSING'
  | 'INDEX_CORRUPT'
  | 'INDEX_VERSION'
  | 'EMBEDDER_MISMATCH'
  | 'EMBEDDER_UNAVAILABLE'
  | 'MODEL_NOT_FOUND'
  | 'MODEL_INVALID'
  | 'EMBED_FAILED'
  | 'SEARCH_FAILED'
  | 'JUDGMENTS_INVALID'
  | 'BAD_REQUEST'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'CONVERSATION_STORE'
  | 'PROMO_INVALID'
  | 'ADAPTER_FAILED'
  | 'INTERNAL';

/** Narrow an unknown thrown value to AisleError. */
export function isAisleError(err: unknown): err is AisleError {
  return err instanceof AisleError;
}

/** Wrap anything thrown into an AisleError, keeping the original as `cause`. */
export function toAisleError(err: unknown, fallback: { code: AisleErrorCode; message: string }): AisleError {
  if (err instanceof AisleError) return err;
  return new AisleError({ ...fallback, cause: err });
}
