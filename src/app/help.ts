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

export function helpLines(ctx: Ctx): HelpLine[] {
  const s = ctx.store.getState();
  const readOnly = s.connection.readOnly ?? false;
  const layers: Layer[] = [...screenLayers(ctx, top(s)), globalLayerOf(ctx)];
  const here = helpRows(readOnly, reachableBindings(layers, readOnly) as Binding[]);
  return [
    { heading: 'Keys on this screen' },
    ...here.map((row) => ({ row })),
    { heading: 'Every key' },
    ...helpRows(readOnly).map((row) => ({ row })),
  ];
}
