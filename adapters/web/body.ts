/**
 * Reading a JSON request body safely: only `application/json`, at most `maxBytes` (counted while
 * streaming, whatever Content-Length claims), valid UTF-8, valid JSON.
 */
import { ApiError } from './http-errors.ts';

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 16 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** Read and parse the body of `request`, or throw the ApiError that says what is wrong with it. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the body as JSON with the header "Content-Type: application/json" (got "${type.slice(0, 60) || 'none'}").`,
    );
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readCapped(request.body, maxBytes);
  if (bytes.length === 0) {
    throw new ApiError(
      'BAD_JSON',
      'The body is empty: send a JSON object like {"sessionId":"…","text":"…"}.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('BAD_JSON', 'The body is not valid UTF-8 text.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 120) : 'parse error';
    throw new ApiError('BAD_JSON', `The body is not valid JSON (${detail}).`);
  }
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    'PAYLOAD_TOO_LARGE',
    `The body is larger than ${Math.round(maxBytes / 1024)} KB; messages are at most 2,000 characters.`,
  );
}
