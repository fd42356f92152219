import type { Screen as ScreenModel } from '../state/screens.js';
import { TableView } from '../views/table/TableView.js';
import { TablesView } from '../views/tables/TablesView.js';

/** The body for the screen on top of the stack. */
export function Screen({ screen, height, width }: { screen: ScreenModel; height: number; width: number }) {
  switch (screen.kind) {
    case 'tables': return <TablesView height={height} width={width} />;
    case 'table': return <TableView key={screen.name} name={screen.name} height={height} />;
  }
}
