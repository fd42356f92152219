// Bundles the CLI so the first frame comes fast (DESIGN.md section 2; bench/README.md):
// dist/app.js, the whole app as one CommonJS script, and dist/dynoscope.js, the small
// executable that runs it with V8's code cache (src/cli/codeCache.ts). Node 20 caches no
// compiled code for modules, so the app is a script: from the second start on, V8 skips
// compiling it, which is worth more than the ES-module chunks it replaces.
import { build } from 'esbuild';

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inkFrameCaches, inkWithoutAwait, yogaSyncWasm, yogaWithoutAwait } from './bundlePatches.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // 3.6 MB -> 2.6 MB to read and hash at every start (and parse at a first one); names
  // are kept, so profiles and stack traces still say which function.
  minifyWhitespace: true,
  minifySyntax: true,
};

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
// The package is "type": "module"; the bundles in dist/ are CommonJS.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/app.js',
  // import() becomes require(): vm.Script code (the loader runs the app that way) has no
  // module loader for import(). The lazily loaded parts still load lazily: esbuild wraps
  // each in a function that runs on first use, and V8 compiles only what runs.
  supported: { 'dynamic-import': false },
  // dynalite pulls native leveldb bindings; it is loaded only for --demo.
  external: ['dynalite'],
  // Ink imports react-devtools-core only when DEV is set; never needed in the bundle.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [inkFrameCaches, yogaSyncWasm, yogaWithoutAwait, inkWithoutAwait],
});

// Any import() left would fail at run time inside vm.Script: fail the build instead.
const app = readFileSync('dist/app.js', 'utf8');
if (/\bimport\(/.test(app)) throw new Error('dist/app.js still calls import(); the loader cannot run it (see scripts/build.mjs)');

await build({
  ...common,
  entryPoints: ['src/cli/boot.ts'],
  outfile: 'dist/dynoscope.js',
  banner: { js: '#!/usr/bin/env node' },
  // A cache is only valid for the bundle it was made from.
  define: { APP_BUILD_ID: JSON.stringify(createHash('sha256').update(app).digest('hex').slice(0, 16)) },
});
