// Runs the app bundle with V8's code cache (bench/README.md, startup). Node 20 has no
// compile cache for modules, and compiling the bundle (parsing 3.6 MB, then each function
// the first frame calls) is about a fifth of the time to the first frame. So the bundle is
// one CommonJS script, run through vm.Script: the first interactive run saves the code V8
// compiled for it (after the first frame, so the cache holds what startup runs), and later
// runs start from that code. Without a usable cache it simply compiles, as node would.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';
import { FIRST_FRAME_HOOK } from './firstFrame.js';
/** After the first frame, how long to let the start's remaining code compile before saving. */
const SAVE_AFTER_MS = 1000;
const CRC_BYTES = 4;

/** XDG cache folder ($XDG_CACHE_HOME, else ~/.cache), as src/memory/paths.ts does for state. */
export function codeCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(home, '.cache');
  return join(base, 'dynoscope');
}

/** One file per build of the bundle and per node: V8 refuses a cache from another version. */
export function codeCacheName(buildId: string, nodeVersion = process.version, arch = process.arch): string {
  return `app-${buildId}-${nodeVersion}-${arch}.v8cache`;
}

// zlib.crc32 is in node 20.15 and later; before that the cache is not used at all.
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** The cached data when the file is whole (its CRC matches), else undefined. */
export function readCodeCache(file: string): Buffer | undefined {
  if (!crc32) return undefined;
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(CRC_BYTES);
    // V8 checks version, flags and source length but, in release builds, not the bytes.
    return bytes.length > CRC_BYTES && bytes.readUInt32LE(0) === crc32(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes atomically (a half-written cache is never read) and drops older builds' caches. */
export function writeCodeCache(dir: string, name: string, data: Buffer): void {
  if (!crc32) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const header = Buffer.alloc(CRC_BYTES);
  header.writeUInt32LE(crc32(data), 0);
  const tmp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
  renameSync(tmp, join(dir, name));
  const sameNode = name.replace(/^app-[^-]+-/, '');
  for (const f of readdirSync(dir)) {
    if (f !== name && f.startsWith('app-') && f.endsWith(sameNode)) rmSync(join(dir, f), { force: true });
  }
}

export interface RunOptions {
  /** The CommonJS app bundle. */
  appFile: string;
  /** Where caches live; undefined runs without one. */
  cacheDir: string | undefined;
  buildId: string;
}

/** Compiles and runs the bundle as node runs a CommonJS module, with the cache when there is one. */
export function runWithCodeCache({ appFile, cacheDir, buildId }: RunOptions): void {
  const source = readFileSync(appFile, 'utf8');
  const name = codeCacheName(buildId);
  const cachedData = cacheDir ? readCodeCache(join(cacheDir, name)) : undefined;
  // The same wrapper as node's CommonJS loader, on one line so positions stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: appFile,
    cachedData,
  });
  if (cacheDir && (!cachedData || script.cachedDataRejected)) {
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      try { writeCodeCache(cacheDir, name, script.createCachedData()); } catch { /* a cache is only an optimisation */ }
    };
    // Only the interactive app asks (after its first frame): the subcommands would save
    // a cache without the UI's code in it, which later starts would then keep using.
    (globalThis as Record<symbol, unknown>)[FIRST_FRAME_HOOK] = () => {
      setTimeout(save, SAVE_AFTER_MS).unref();
      process.once('exit', save);
    };
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(appFile), module, appFile, dirname(appFile));
}
