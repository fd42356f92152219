// Bundles the CLI into one ESM file so the first frame loads fast (DESIGN.md section 2).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.tsx'],
  outfile: 'dist/dynoscope.js',
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
});
