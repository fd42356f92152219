// One engine per --demo-dir. leveldb's own lock makes a second engine fail deep inside
// dynalite (an uncaught error and a request that never answers), so claim the folder
// first with a pid file and give a clear error instead.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export class DemoDirInUseError extends Error {
  constructor(readonly path: string, readonly pid?: number) {
    super(`${path} is in use by another dynoscope${pid ? ` (pid ${pid})` : ''}; close it or use another --demo-dir`);
    this.name = 'DemoDirInUseError';
  }
}

const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims `dir` (which must exist); the returned function releases it. */
export async function lockDir(dir: string): Promise<() => Promise<void>> {
  const key = resolve(dir);
  if (heldHere.has(key)) throw new DemoDirInUseError(dir, process.pid);
  const file = join(dir, 'dynoscope.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        await rm(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(await readFile(file, 'utf8').catch(() => ''));
      if (pid > 0 && pid !== process.pid && isAlive(pid)) throw new DemoDirInUseError(dir, pid);
      // Left behind by a process that has exited.
      await rm(file, { force: true });
    }
  }
  throw new DemoDirInUseError(dir);
}
