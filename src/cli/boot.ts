// The executable (dist/dynoscope.js): runs the app bundle (dist/app.js) with V8's code
// cache, kept in $XDG_CACHE_HOME/dynoscope (see codeCache.ts). DYNOSCOPE_CODE_CACHE=0
// runs without it.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './codeCache.js';

/** A hash of dist/app.js, set by scripts/build.mjs. */
declare const APP_BUILD_ID: string;

function cacheDir(): string | undefined {
  if (process.env.DYNOSCOPE_CODE_CACHE === '0') return undefined;
  try {
    return codeCacheDir(process.env, homedir());
  } catch {
    return undefined; // no home folder (a user without a passwd entry): run without a cache
  }
}

runWithCodeCache({ appFile: join(__dirname, 'app.js'), cacheDir: cacheDir(), buildId: APP_BUILD_ID });
