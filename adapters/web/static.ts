/**
 * The web chat page (plain files in `public/`, no build step) and catalog images at
 * `/images/<file>` from the `images/` folder next to the catalog: image extensions only, no
 * path tricks, cache headers and a sandboxing policy (SVG can carry scripts).
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { WebDeps, WebEnv } from './context.ts';
import { ApiError } from './http-errors.ts';

/** Where the page's files live. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/** The page may load its own script and styles, and images from here or any http(s) host. */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/render.js': { file: 'render.js', type: 'text/javascript; charset=utf-8' },
  '/card.js': { file: 'card.js', type: 'text/javascript; charset=utf-8' },
  '/dom.js': { file: 'dom.js', type: 'text/javascript; charset=utf-8' },
  '/styles.css': { file: 'styles.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/** The page's URL paths. */
export const PAGE_PATHS: readonly string[] = Object.keys(PAGE_FILES);

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
const IMAGE_PATH =
  /^\/images\/((?:[A-Za-z0-9][A-Za-z0-9._-]{0,127}\/){0,3}[A-Za-z0-9][A-Za-z0-9._-]{0,127})$/;
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Routes for the page and the catalog images. */
export function staticRoutes(deps: Pick<WebDeps, 'imagesDir'>): Hono<WebEnv> {
  const files = new Hono<WebEnv>();
  const cache = new Map<string, { body: Buffer; etag: string }>();

  for (const [path, { file, type }] of Object.entries(PAGE_FILES)) {
    files.get(path, async (c) => {
      let entry = cache.get(file);
      if (!entry) {
        const body = await readFile(join(PUBLIC_DIR, file));
        entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
        cache.set(file, entry);
      }
      c.header('etag', entry.etag);
      c.header('cache-control', 'no-cache');
      if (file === 'index.html') c.header('content-security-policy', PAGE_CSP);
      if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304);
      return c.body(new Uint8Array(entry.body), 200, { 'content-type': type });
    });
  }

  files.get('/images/*', async (c) => {
    const pathname = new URL(c.req.url).pathname;
    const match = IMAGE_PATH.exec(pathname);
    const relative = match?.[1];
    const type = relative ? IMAGE_TYPES[extname(relative).toLowerCase()] : undefined;
    if (!deps.imagesDir || !relative || !type) throw notFound();
    const file = await resolveInside(deps.imagesDir, relative);
    if (!file) throw notFound();
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    c.header('etag', etag);
    c.header('last-modified', new Date(file.mtimeMs).toUTCString());
    c.header('cache-control', 'public, max-age=86400');
    c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    const body = await readFile(file.path);
    return c.body(new Uint8Array(body), 200, { 'content-type': type });
  });

  return files;
}

/** The file `relative` inside `dir` (after resolving symlinks), when it is a regular, small file. */
async function resolveInside(
  dir: string,
  relative: string,
): Promise<{ path: string; size: number; mtimeMs: number } | undefined> {
  try {
    const root = await realpath(dir);
    const path = await realpath(join(root, relative));
    if (!path.startsWith(root + sep)) return undefined;
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return undefined;
    return { path, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return undefined;
  }
}

function notFound(): ApiError {
  return new ApiError('NOT_FOUND', 'No such image.');
}
