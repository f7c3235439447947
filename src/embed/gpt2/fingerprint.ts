import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SAMPLES = 33;
const SAMPLE_BYTES = 4096;

/**
 * A short identity of the weights behind a model folder: its config, the ONNX file's size and
 * 33 evenly spaced 4 KB samples of it (weights fill most of the file, so samples land in them;
 * reading 132 KB keeps this instant even for a 500 MB model). Two different
 * models under the same model id — a test model, a fine-tune — get different fingerprints, so
 * cached vectors and indexes of one are never served with the other.
 */
export async function modelFingerprint(opts: { dir: string; onnxFile: string }): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(opts.dir, 'config.json')));
  const handle = await open(opts.onnxFile, 'r');
  try {
    const { size } = await handle.stat();
    hash.update(String(size));
    const chunk = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    for (let i = 0; i < SAMPLES; i++) {
      const at = Math.floor(((size - chunk.length) * i) / (SAMPLES - 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
      hash.update(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex').slice(0, 16);
}
