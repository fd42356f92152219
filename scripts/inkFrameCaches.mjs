// An esbuild plugin for the bundle: Ink's Output measures every line of every frame from
// scratch (ANSI tokenizing and a width per character), in caches it makes anew for each
// frame. A key in the items grid changes two lines of forty, so the bundle gives Output one
// set of caches that lives across frames, bounded. The build fails if Ink's code no longer
// has the line this replaces, so an Ink update cannot drop it silently.
import { readFile } from 'node:fs/promises';

const FROM = '    caches = new OutputCaches();';
const TO = '    caches = sharedOutputCaches();';
/** Entries per cache before it starts over (about a hundred frames of lines). */
const LIMIT = 5000;

const SHARED = `
let __sharedCaches;
function sharedOutputCaches() {
  if (!__sharedCaches || __sharedCaches.styledChars.size + __sharedCaches.widths.size > ${LIMIT}) __sharedCaches = new OutputCaches();
  return __sharedCaches;
}
`;

export const inkFrameCaches = {
  name: 'ink-frame-caches',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(FROM)) throw new Error(`ink-frame-caches: "${FROM.trim()}" not found in ${args.path}; Ink changed, check the plugin`);
      return { contents: source.replace(FROM, TO) + SHARED, loader: 'js' };
    });
  },
};
