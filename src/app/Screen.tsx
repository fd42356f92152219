import type { Screen as ScreenModel } from '../state/screens.js';
import { TableView } from '../views/table/TableView.js';
import { TablesView } from '../views/tables/TablesView.js';
import { ItemView } from '../views/item/ItemView.js';
import { ReadFormScreen } from '../views/readForm/ReadFormScreen.js';
import { RequestView } from '../views/request/RequestView.js';

/** The body for the screen on top of the stack. */
export function Screen({ screen, height, width }: { screen: ScreenModel; height: number; width: number }) {
  switch (screen.kind) {
    case 'tables': return <TablesView height={height} width={width} />;
    case 'table': return <TableView key={screen.name} name={screen.name} height={height} width={width} />;
    case 'readForm': return <ReadFormScreen table={screen.table} mode={screen.mode} />;
    case 'item': return <ItemView key={screen.table} table={screen.table} item={screen.item} height={height} />;
    case 'request': return <RequestView title={screen.title} operation={screen.operation} input={screen.input} height={height} />;
  }
}
