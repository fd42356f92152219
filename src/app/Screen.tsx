import { memo } from 'react';
import type { Entry } from '../state/screens.js';
import { TableView } from '../views/table/TableView.js';
import { TablesView } from '../views/tables/TablesView.js';
import { ItemView } from '../views/item/ItemView.js';
import { ReadFormView } from '../views/readForm/ReadFormView.js';
import { RequestView } from '../views/request/RequestView.js';
import { WriteView } from '../views/write/WriteView.js';
import { ImportView } from '../views/bulk/ImportView.js';
import { ExportView } from '../views/bulk/ExportView.js';
import { UndoListView } from '../views/undo/UndoListView.js';

/** The body for the screen on top of the stack, drawn from its entry. */
export const Screen = memo(function Screen({ screen, height, width }: { screen: Entry; height: number; width: number }) {
  switch (screen.kind) {
    case 'tables': return <TablesView height={height} width={width} />;
    case 'table': return <TableView entry={screen} height={height} width={width} />;
    case 'readForm': return <ReadFormView entry={screen} />;
    case 'item': return <ItemView entry={screen} height={height} width={width} />;
    case 'request': return <RequestView entry={screen} height={height} />;
    case 'import': return <ImportView entry={screen} height={height} width={width} />;
    case 'export': return <ExportView entry={screen} width={width} />;
    case 'undoList': return <UndoListView entry={screen} height={height} />;
    default: return <WriteView entry={screen} height={height} width={width} />;
  }
});
