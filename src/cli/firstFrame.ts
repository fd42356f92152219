// How the app tells the loader (src/cli/codeCache.ts) that its first frame is drawn, so
// the code cache is saved with the start's code compiled. Without the loader (tests run
// the sources), nothing listens.

/** Set on globalThis by the loader. */
export const FIRST_FRAME_HOOK = Symbol.for('dynoscope.firstFrame');

export function firstFrameDrawn(): void {
  const hook = (globalThis as Record<symbol, unknown>)[FIRST_FRAME_HOOK];
  if (typeof hook === 'function') hook();
}
