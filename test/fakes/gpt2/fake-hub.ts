import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A loopback stand-in for the model hub, serving one model folder at /<id>/resolve/main/<file>. */
export interface FakeHub {
  /** Base URL to use as transformers.js' remote host. */
  readonly url: string;
  /** Paths requested so far. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serve `modelDir` as model `modelId` on 127.0.0.1 (random port). */
export async function startFakeHub(modelId: string, modelDir: string): Promise<FakeHub> {
  const requests: string[] = [];
  const prefix = `/${modelId}/resolve/main/`;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    requests.push(path);
    const file = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    if (!file || file.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    const full = join(modelDir, file);
    stat(full)
      .then(async (info) => {
        if (!info.isFile()) throw new Error('not a file');
        const body = await readFile(full);
        res.writeHead(200, {
          'content-length': String(body.length),
          'content-type': 'application/octet-stream',
        });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
