import { readFile, stat } from 'node:fs/promises';
import { AisleError } from '../../errors.ts';

/** Largest catalog file aisle reads: 2 GiB (Node cannot read a bigger file in one piece). */
export const MAX_CATALOG_BYTES = 2 * 1024 ** 3;

const WHERE_HINT =
  'Set AISLE_CATALOG (or pass --catalog) to the path of your product file: JSON, JSONL, CSV, a Shopify product export or a Google Merchant Center feed.';

/**
 * Read a catalog file's bytes, turning the usual mistakes into AisleErrors a person can act on:
 * a missing path or a folder (CATALOG_NOT_FOUND), a file over 2 GiB (CATALOG_TOO_LARGE), an empty
 * file (CATALOG_EMPTY), a spreadsheet, archive or other binary file (CATALOG_FORMAT /
 * CATALOG_ENCODING).
 */
export async function readCatalogBytes(path: string, maxBytes = MAX_CATALOG_BYTES): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new AisleError({
        code: 'CATALOG_NOT_FOUND',
        message: `The catalog path ${path} is a folder, not a file.`,
        hint: WHERE_HINT,
      });
    }
    size = info.size;
  } catch (err) {
    if (err instanceof AisleError) throw err;
    throw notFound(path, err);
  }
  if (size > maxBytes) {
    throw new AisleError({
      code: 'CATALOG_TOO_LARGE',
      message: `The catalog file ${path} is ${formatBytes(size)}; aisle reads files up to ${formatBytes(maxBytes)}.`,
      hint: 'Split the catalog into smaller files, or export it as JSONL or CSV without unused columns.',
    });
  }
  if (size === 0) throw emptyCatalog(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw notFound(path, err);
  }
  rejectBinary(path, bytes);
  return bytes;
}

/** CATALOG_EMPTY for `path`, with an optional detail such as "has a header row but no products". */
export function emptyCatalog(path: string, detail = 'is empty'): AisleError {
  return new AisleError({
    code: 'CATALOG_EMPTY',
    message: `The catalog file ${path} ${detail}.`,
    hint: `Add products to it, or point AISLE_CATALOG (or --catalog) at your product file.`,
  });
}

function notFound(path: string, cause: unknown): AisleError {
  const code = (cause as { code?: unknown } | null)?.code;
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'was not found'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be read (permission denied)'
        : 'cannot be read';
  return new AisleError({
    code: 'CATALOG_NOT_FOUND',
    message: `The catalog file ${path} ${why}.`,
    hint: WHERE_HINT,
    cause,
  });
}

/** Spreadsheets, archives and UTF-16 without a byte-order mark are not text aisle can read. */
function rejectBinary(path: string, bytes: Buffer): void {
  const startsWith = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${path} is a zip archive or a spreadsheet (.xlsx, .ods), not text.`,
      hint: 'Export the sheet as CSV (UTF-8), or unzip the archive and point aisle at the file inside.',
    });
  }
  if (startsWith(0x1f, 0x8b)) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${path} is gzip-compressed.`,
      hint: 'Decompress it first (gunzip) and point aisle at the uncompressed file.',
    });
  }
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) return; // UTF-16 with a byte-order mark
  // Text has no NUL bytes; a stray one is dropped later, but many mean binary or UTF-16.
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > head.length / 8) {
    throw new AisleError({
      code: 'CATALOG_ENCODING',
      message: `The catalog file ${path} contains NUL bytes: it is binary, or UTF-16 text without a byte-order mark.`,
      hint: 'Save it as UTF-8 text (in a spreadsheet: "CSV UTF-8").',
    });
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${n} bytes`;
}
