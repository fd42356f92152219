// esbuild plugins that change three dependencies in the bundle only (tests that import the
// sources run them as published). Each replaces one exact piece of code and fails the
// build when that piece is gone, so a dependency update cannot drop a patch silently.
import { readFile } from 'node:fs/promises';

function replaceIn(name, filter, pairs, append = '') {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of pairs) {
          if (!source.includes(from)) throw new Error(`${name}: "${from.trim()}" not found in ${args.path}; the dependency changed, check scripts/bundlePatches.mjs`);
          source = source.replace(from, to);
        }
        return { contents: source + append, loader: 'js' };
      });
    },
  };
}

/** Entries per cache before it starts over (about a hundred frames of lines). */
const CACHE_LIMIT = 5000;

/**
 * Ink's Output measures every line of every frame from scratch (ANSI tokenizing, a width
 * per character) in caches it makes anew for each frame. A key in the items grid changes
 * two lines of forty, so Output gets one bounded set of caches that lives across frames;
 * and printable ASCII, most of any screen, is one column a character without asking
 * string-width (its Unicode tables made a third of the first frame).
 */
export const inkFrameCaches = replaceIn(
  'ink-frame-caches',
  /[\\/]ink[\\/]build[\\/]output\.js$/,
  [
    ['    caches = new OutputCaches();', '    caches = sharedOutputCaches();'],
    ['            cached = stringWidth(text);', '            cached = /^[\\x20-\\x7e]*$/.test(text) ? text.length : stringWidth(text);'],
  ],
  `
let __sharedCaches;
function sharedOutputCaches() {
  if (!__sharedCaches || __sharedCaches.styledChars.size + __sharedCaches.widths.size > ${CACHE_LIMIT}) __sharedCaches = new OutputCaches();
  return __sharedCaches;
}
`,
);

/**
 * The bundle is one CommonJS script (scripts/build.mjs, for V8's code cache), and CommonJS
 * has no top-level await. yoga awaits its WASM at the top of its module: its emscripten
 * loader accepts any instance, so it gets one made synchronously from the same inlined
 * bytes (`wa()` decodes them), and the module object is ready when the factory returns.
 * This also keeps yoga away from fetch(), whose first call loads node's HTTP client
 * (undici): 35-70 ms before the first frame.
 */
export const yogaSyncWasm = replaceIn(
  'yoga-sync-wasm',
  /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
  [[
    '(function(){return w||"function"!=typeof WebAssembly.instantiateStreaming',
    '(function(){b({instance:new WebAssembly.Instance(new WebAssembly.Module(wa()),d)});return Promise.resolve();return w||"function"!=typeof WebAssembly.instantiateStreaming',
  ]],
);

export const yogaWithoutAwait = replaceIn(
  'yoga-without-await',
  /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/,
  [[
    'const Yoga = wrapAssembly(await loadYoga());',
    'const __yoga = {}; loadYoga(__yoga); if (!__yoga.calledRun) throw new Error("yoga: WASM not ready synchronously (scripts/bundlePatches.mjs)"); const Yoga = wrapAssembly(__yoga);',
  ]],
);

/**
 * Ink's reconciler awaits at its top only when DEV=true (React devtools, its package.json).
 * The bundle has no devtools (react-devtools-core is a stub), so both go.
 */
export const inkWithoutAwait = replaceIn(
  'ink-without-await',
  /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
  [
    ["        await import('./devtools.js');", '        void 0;'],
    ['    ? await loadPackageJson()', '    ? { name: undefined, version: undefined }'],
  ],
);
