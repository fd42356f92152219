import { Text } from 'ink';
import { useApp } from '../../app/context.js';
import type { Screen } from '../../state/screens.js';
import { EditView } from '../edit/EditView.js';
import { DeleteView } from './DeleteView.js';
import { CounterView } from './CounterView.js';
import { UpdateView } from './UpdateView.js';

/** The write screens need the table's key schema, described by the table screen. */
export function WriteScreen({ screen, height }: { screen: Extract<Screen, { kind: 'edit' | 'delete' | 'update' | 'counter' }>; height: number }) {
  const { state } = useApp();
  const summary = state.tables.summaries[screen.table];
  if (summary?.state !== 'ok') return <Text dimColor>describing {screen.table}…</Text>;
  const info = summary.info;
  const review = 'review' in screen ? screen.review ?? false : true;
  switch (screen.kind) {
    case 'edit': return <EditView table={screen.table} info={info} mode={screen.mode} item={screen.item} initial={screen.initial} review={review} height={height} />;
    case 'delete': return <DeleteView table={screen.table} info={info} item={screen.item} review={review} height={height} />;
    case 'counter': return <CounterView table={screen.table} info={info} item={screen.item} attribute={screen.attribute} delta={screen.delta} height={height} />;
    case 'update': return <UpdateView table={screen.table} info={info} item={screen.item} review={review} height={height} />;
  }
}
