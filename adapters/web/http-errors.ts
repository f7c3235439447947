/**
 * Errors of the HTTP API. Every error body is `{ "error": { "code", "message" } }`; codes are
 * stable strings clients can branch on, messages say what was wrong and how to fix it.
 */

/** Error codes the HTTP API answers with. */
export type ApiErrorCode =
  | 'BAD_JSON'
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'NOT_READY'
  | 'INTERNAL';

/** HTTP status of each code. */
export const STATUS: Readonly<Record<ApiErrorCode, 400 | 404 | 405 | 413 | 415 | 429 | 500 | 503>> = {
  BAD_JSON: 400,
  INVALID_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NOT_READY: 503,
};

/** An error the API turns into its JSON error response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  /** Extra response headers (Retry-After, Allow). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.headers = headers;
  }
}

/** The JSON body of an error response. */
export interface ErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly requestId?: string };
}

/** Build an error body. */
export function errorBody(code: ApiErrorCode, message: string, requestId?: string): ErrorBody {
  return { error: { code, message, ...(requestId ? { requestId } : {}) } };
}
