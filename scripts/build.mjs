// Bundles the CLI into one ESM file so the first frame loads fast (DESIGN.md section 2).
import { build } from 'esbuild';

import { rmSync } from 'node:fs';
import { inkFrameCaches, yogaWithoutFetch } from './bundlePatches.mjs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { dynoscope: 'src/cli/main.ts' },
  outdir: 'dist',
  // Chunks for what loads later (the UI after the first request is sent, the demo
  // engine), so the start compiles only what it runs first.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // dynalite pulls native leveldb bindings; it is loaded only for --demo.
  external: ['dynalite'],
  // Ink imports react-devtools-core only when DEV is set; never needed in the bundle.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [inkFrameCaches, yogaWithoutFetch],
});
