// What `?` shows: first the keys the screen under it takes right now (the same layers the
// next key goes through), then every key of the app (the README's table).
import { helpRows, type HelpRow } from '../keys/table.js';
import type { Binding } from '../keys/bindings.js';
import { top } from '../state/app.js';
import type { Ctx } from '../state/controllers/context.js';
import { screenLayers } from '../views/layers.js';
import { reachableBindings, type Layer } from './layer.js';
import { globalLayerOf } from './globalKeys.js';

export type HelpLine = { heading: string } | { row: HelpRow };

// The lines depend on the screen under help only (it does not change while help is open).
const made = new WeakMap<object, { readOnly: boolean; lines: HelpLine[] }>();

export function helpLines(ctx: Ctx): HelpLine[] {
  const s = ctx.store.getState();
  const readOnly = s.connection.readOnly ?? false;
  const hit = made.get(top(s));
  if (hit?.readOnly === readOnly) return hit.lines;
  const lines = makeLines(ctx, readOnly);
  made.set(top(s), { readOnly, lines });
  return lines;
}

function makeLines(ctx: Ctx, readOnly: boolean): HelpLine[] {
  const s = ctx.store.getState();
  const layers: Layer[] = [...screenLayers(ctx, top(s)), globalLayerOf(ctx)];
  const here = helpRows(readOnly, reachableBindings(layers, readOnly) as Binding[]);
  return [
    { heading: 'Keys on this screen' },
    ...here.map((row) => ({ row })),
    { heading: 'Every key' },
    ...helpRows(readOnly).map((row) => ({ row })),
  ];
}
