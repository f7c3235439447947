import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AisleError } from '../errors.ts';

/** Flush a file or directory to disk. Directories cannot be fsynced on every platform; ignore that. */
export async function fsyncPath(path: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw err;
  } finally {
    await handle?.close();
  }
}

/** Write a file so that readers see the old content or the new, never a torn mix. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, data);
    await fsyncPath(tmp);
    await rename(tmp, file);
    await fsyncPath(dirname(file));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** A lock held by one writer of a data directory; stale locks of dead processes are taken over. */
export class DirLock {
  private constructor(private readonly file: string) {}

  /** Take the lock or throw a readable error naming the process that holds it. */
  static acquire(file: string): DirLock {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeFileSync(fd, String(process.pid));
        fsyncSync(fd);
        closeSync(fd);
        return new DirLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const pid = Number(readFileSync(file, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
          throw new AisleError({
            code: 'INDEX_CORRUPT',
            message: `Another aisle process (pid ${pid}) is writing this index.`,
            hint: `Wait for it to finish, or delete ${file} if that process is gone.`,
          });
        }
        unlinkSync(file);
      }
    }
    throw new AisleError({ code: 'INTERNAL', message: `Could not take the lock ${file}.` });
  }

  release(): void {
    try {
      unlinkSync(this.file);
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
