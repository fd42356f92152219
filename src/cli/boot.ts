// The executable (dist/dynoscope.js): runs the app bundle (dist/app.js) with V8's code
// cache, kept in $XDG_CACHE_HOME/dynoscope (see codeCache.ts). DYNOSCOPE_CODE_CACHE=0
// runs without it.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './codeCache.js';

/** A hash of dist/app.js, set by scripts/build.mjs. */
declare const APP_BUILD_ID: string;

const off = process.env.DYNOSCOPE_CODE_CACHE === '0';
runWithCodeCache({
  appFile: join(__dirname, 'app.js'),
  cacheDir: off ? undefined : codeCacheDir(process.env, homedir()),
  buildId: APP_BUILD_ID,
});
