import type { Screen as ScreenModel } from '../state/screens.js';
import { TableView } from '../views/table/TableView.js';
import { TablesView } from '../views/tables/TablesView.js';
import { ItemView } from '../views/item/ItemView.js';
import { ReadFormScreen } from '../views/readForm/ReadFormScreen.js';
import { RequestView } from '../views/request/RequestView.js';
import { WriteScreen } from '../views/write/WriteScreen.js';
import { DeleteManyView } from '../views/write/DeleteManyView.js';
import { CreateTableView } from '../views/createTable/CreateTableView.js';
import { DeleteTableView } from '../views/deleteTable/DeleteTableView.js';
import { ImportView } from '../views/bulk/ImportView.js';
import { ExportView } from '../views/bulk/ExportView.js';

/** The body for the screen on top of the stack. */
export function Screen({ screen, height, width }: { screen: ScreenModel; height: number; width: number }) {
  switch (screen.kind) {
    case 'tables': return <TablesView height={height} width={width} />;
    case 'table': return <TableView key={screen.name} name={screen.name} height={height} width={width} />;
    case 'readForm': return <ReadFormScreen table={screen.table} mode={screen.mode} />;
    case 'item': return <ItemView key={screen.table} table={screen.table} item={screen.item} ddb={screen.ddb ?? false} selected={screen.selected} height={height} />;
    case 'edit': case 'delete': case 'update': case 'counter': return <WriteScreen screen={screen} height={height} />;
    case 'deleteMany': return <DeleteManyView table={screen.table} keys={screen.keys} />;
    case 'createTable': return <CreateTableView review={screen.review ?? false} height={height} />;
    case 'deleteTable': return <DeleteTableView key={screen.table} table={screen.table} height={height} />;
    case 'import': return <ImportView key={screen.table} table={screen.table} height={height} width={width} />;
    case 'export': return <ExportView key={screen.table} screen={screen} height={height} width={width} />;
    case 'request': return <RequestView title={screen.title} operation={screen.operation} input={screen.input} height={height} />;
  }
}
