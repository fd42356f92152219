// Each screen's key layer, from its stack entry as it is now (the table a key press goes
// through; see src/app/keys.ts).
import type { Layer } from '../app/layer.js';
import type { Ctx } from '../state/controllers/context.js';
import type { Entry } from '../state/screens.js';
import { exportLayer, importLayer } from './bulk/keys.js';
import { itemLayer } from './item/keys.js';
import { readFormLayer } from './readForm/keys.js';
import { requestLayer } from './request/keys.js';
import { tableLayer } from './table/keys.js';
import { tablesLayer } from './tables/keys.js';
import { writeLayer } from './write/keys.js';
import { undoListLayer } from './undo/keys.js';

export function screenLayers(ctx: Ctx, e: Entry): Layer[] {
  switch (e.kind) {
    case 'tables': return [tablesLayer(ctx)];
    case 'table': return [tableLayer(ctx, e)];
    case 'item': return [itemLayer(ctx, e)];
    case 'readForm': return [readFormLayer(ctx, e)];
    case 'request': return [requestLayer(ctx, e)];
    case 'import': return [importLayer(ctx, e)];
    case 'export': return [exportLayer(ctx, e)];
    case 'undoList': return [undoListLayer(ctx, e)];
    default: return [writeLayer(ctx, e)];
  }
}
