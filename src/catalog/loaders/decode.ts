import { constants } from 'node:buffer';
import { AisleError } from '../../errors.ts';
import type { IssueLog } from './issues.ts';

/**
 * A catalog's text, in pieces that each end at a line break (no line is split), so files larger
 * than the biggest JavaScript string can still be read by the line-based formats.
 */
export interface DecodedText {
  readonly chunks: readonly string[];
  /** Total characters over all chunks. */
  readonly length: number;
}

/** Byte size of one decoded piece. */
const CHUNK_BYTES = 64 * 1024 * 1024;
/** Lines with invalid UTF-8 reported one by one; the rest are summed up in one issue. */
const MAX_LINE_ISSUES = 200;

const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'windows-1252',
  'cp1252',
  'us-ascii',
]);

/** Windows-1252 characters for bytes 0x80–0x9F (the five unassigned bytes map to themselves). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decode catalog bytes. UTF-8 is read strictly; a UTF-8 byte-order mark is dropped. Lines that
 * are not valid UTF-8 are read as Windows-1252 (what spreadsheet programs on Windows write) and
 * each such line gets a warning, so no row is lost to an encoding slip. UTF-16 files with a
 * byte-order mark and XML declaring a Latin-1 encoding are decoded as declared.
 */
export function decodeCatalogBytes(bytes: Buffer, log: IssueLog, chunkBytes = CHUNK_BYTES): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return single(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return single(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const latin1 = LATIN1_LABELS.has(declaredXmlEncoding(bytes.subarray(start, start + 200)));
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const chunks: string[] = [];
  const badLines: number[] = [];
  let length = 0;
  let pos = start;
  while (pos < bytes.length) {
    const end = chunkEnd(bytes, pos, chunkBytes);
    const piece = bytes.subarray(pos, end);
    let text: string;
    if (latin1) {
      text = decodeWindows1252(piece);
    } else {
      try {
        text = utf8.decode(piece);
      } catch (err) {
        if (!isInvalidData(err)) throw tooLong(log.file, err);
        text = decodeLineByLine({ bytes, from: pos, to: end, utf8, badLines, start });
      }
    }
    chunks.push(text);
    length += text.length;
    pos = end;
  }
  reportBadLines(log, badLines);
  return { chunks, length };
}

/** The whole text as one string, for formats that need it (JSON documents, XML feeds). */
export function joinText(text: DecodedText, file: string, format: string): string {
  if (text.length > constants.MAX_STRING_LENGTH) {
    throw new AisleError({
      code: 'CATALOG_TOO_LARGE',
      message: `The catalog file ${file} is too large to read as one ${format} document.`,
      hint: 'Export it as JSONL (one product per line) or CSV, which aisle reads in pieces.',
    });
  }
  return text.chunks.length === 1 ? (text.chunks[0] ?? '') : text.chunks.join('');
}

/** The first `n` characters, for format sniffing. */
export function headOf(text: DecodedText, n: number): string {
  let out = '';
  for (const c of text.chunks) {
    out += c.slice(0, n - out.length);
    if (out.length >= n) break;
  }
  return out;
}

/** Decode bytes as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function single(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  return { chunks: [text], length: text.length };
}

function declaredXmlEncoding(head: Buffer): string {
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head.toString('latin1'));
  return m?.[1]?.toLowerCase() ?? '';
}

/** End of a piece starting at `pos`: about `size` bytes, cut just after a line break. */
function chunkEnd(bytes: Buffer, pos: number, size: number): number {
  if (pos + size >= bytes.length) return bytes.length;
  const nl = bytes.lastIndexOf(0x0a, pos + size - 1);
  if (nl >= pos) return nl + 1;
  const next = bytes.indexOf(0x0a, pos + size);
  return next === -1 ? bytes.length : next + 1;
}

function decodeLineByLine(o: {
  bytes: Buffer;
  from: number;
  to: number;
  utf8: TextDecoder;
  badLines: number[];
  start: number;
}): string {
  let line = 1 + countLineBreaks(o.bytes, o.start, o.from);
  const parts: string[] = [];
  let pos = o.from;
  while (pos < o.to) {
    const nl = o.bytes.indexOf(0x0a, pos);
    const end = nl === -1 || nl >= o.to ? o.to : nl + 1;
    const piece = o.bytes.subarray(pos, end);
    try {
      parts.push(o.utf8.decode(piece));
    } catch (err) {
      if (!isInvalidData(err)) throw err;
      parts.push(decodeWindows1252(piece));
      o.badLines.push(line);
    }
    pos = end;
    line += 1;
  }
  return parts.join('');
}

function isInvalidData(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

function countLineBreaks(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  let pos = bytes.indexOf(0x0a, from);
  while (pos !== -1 && pos < to) {
    n += 1;
    pos = bytes.indexOf(0x0a, pos + 1);
  }
  return n;
}

function reportBadLines(log: IssueLog, lines: readonly number[]): void {
  for (const line of lines.slice(0, MAX_LINE_ISSUES)) {
    log.warn({ line }, 'not valid UTF-8, read as Windows-1252 (check accented letters and symbols)');
  }
  if (lines.length > MAX_LINE_ISSUES) {
    log.warn(
      { line: lines[MAX_LINE_ISSUES] },
      `not valid UTF-8, read as Windows-1252 (${lines.length - MAX_LINE_ISSUES} more lines like this; save the file as UTF-8)`,
    );
  }
}

function tooLong(file: string, cause: unknown): AisleError {
  return new AisleError({
    code: 'CATALOG_TOO_LARGE',
    message: `The catalog file ${file} has a line too long to read.`,
    hint: 'Check that the file is a product catalog; split very long fields or lines.',
    cause,
  });
}
