// Where a key goes: the layers of the state as it is when the key arrives (an overlay, the
// screen on top, the app's global keys), so a burst of keys is handled in order, each on
// the state the keys before it left.
import type { KeyPress } from '../keys/keyName.js';
import { top } from '../state/app.js';
import { tooSmall } from '../state/layout.js';
import type { Ctx } from '../state/controllers/context.js';
import { screenLayers } from '../views/layers.js';
import { globalLayerOf } from './globalKeys.js';
import { dispatchKey, type Layer } from './layer.js';
import { overlayLayer } from './overlayKeys.js';

/** The layers the next key goes through, top first. */
export function activeLayers(ctx: Ctx): Layer[] {
  const s = ctx.store.getState();
  const overlay = overlayLayer(ctx, s, top(s));
  // An overlay takes every key while open: the layers below it are not asked.
  if (overlay?.capture) return [overlay];
  return [...(overlay ? [overlay] : []), ...screenLayers(ctx, top(s)), globalLayerOf(ctx)];
}

export function handleKey(ctx: Ctx, k: KeyPress): string | undefined {
  // ctrl+c quits from anywhere, text fields included.
  if (k.name === 'ctrl+c') { ctx.env.quit(); return 'quit'; }
  // ctrl+l too: a garbled screen must be fixable whatever has the keys.
  if (k.name === 'ctrl+l') { ctx.env.redraw?.(); return 'redraw'; }
  // Nothing acts unseen while the terminal is too small to show the screen, but q quits.
  if (tooSmall(ctx.store.getState().size)) return dispatchKey([{ scopes: ['global'], handlers: { quit: () => ctx.env.quit() } }], k, false);
  return dispatchKey(activeLayers(ctx), k, ctx.store.getState().connection.readOnly ?? false);
}
