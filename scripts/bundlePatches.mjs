// esbuild plugins that change two dependencies in the bundle only (tests that import the
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
 * yoga's loader reads its WASM, inlined as a base64 data: URL, with fetch() when fetch
 * exists, and the first fetch() loads node's whole HTTP client (undici): 35-70 ms before
 * the first frame. Its other path decodes the same bytes synchronously.
 */
export const yogaWithoutFetch = replaceIn(
  'yoga-without-fetch',
  /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
  [['return w||"function"!=typeof fetch?Promise.resolve()', 'return true?Promise.resolve()']],
);
