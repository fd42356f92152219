import { Box, Text } from 'ink';
import { useApp, useKeys } from '../../app/context.js';
import { FilterField } from '../../components/FilterField.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { filteredNames, selectedName, visibleNames } from '../../state/tables.js';
import { useWindowKeys } from '../../components/useWindowKeys.js';
import { summaryCells, tableColumns } from './columns.js';

export function TablesView({ height, width }: { height: number; width: number }) {
  const { state, dispatch } = useApp();
  const t = state.tables;
  const filtering = state.modal === 'filter';
  const listHeight = Math.max(1, height - 2 - (filtering || t.filter ? 1 : 0));
  if (t.window.height !== listHeight) queueMicrotask(() => dispatch({ type: 'tables/window', action: { type: 'resize', height: listHeight } }));
  const setFilter = (filter: string) => dispatch({ type: 'tables/filter', filter });

  useWindowKeys(['tables', 'lists'], (action) => dispatch({ type: 'tables/window', action }), {
    open: () => {
      const name = selectedName(t);
      if (name) dispatch({ type: 'push', screen: { kind: 'table', name } });
    },
    'filter.start': () => dispatch({ type: 'modal', modal: 'filter' }),
    'table.create': () => dispatch({ type: 'push', screen: { kind: 'createTable' } }),
    'table.delete': () => {
      const name = selectedName(t);
      if (name) dispatch({ type: 'push', screen: { kind: 'deleteTable', table: name } });
    },
    refresh: () => dispatch({ type: 'tables/refresh' }),
    back: () => (t.filter ? setFilter('') : false),
  });

  if (t.listing === 'error' && t.error) return <ProblemPanel problem={t.error} />;
  const shown = filteredNames(t);
  const cols = tableColumns(width);
  const rows = visibleNames(t);
  return (
    <Box flexDirection="column" height={height}>
      {filtering ? (
        <FilterField value={t.filter} onChange={setFilter}
          onAccept={() => dispatch({ type: 'modal', modal: null })}
          onClear={() => { setFilter(''); dispatch({ type: 'modal', modal: null }); }} />
      ) : t.filter ? <Text color="yellow">filter "{t.filter}" on loaded names (esc clears)</Text> : null}
      <Text bold wrap="truncate-end">{cols.map((c) => (c.right ? c.title.padStart(c.width) : c.title.padEnd(c.width))).join(' ')}</Text>
      {rows.map((name, i) => {
        const selected = t.window.offset + i === t.window.cursor;
        return (
          <Text key={name} inverse={selected} wrap="truncate-end">
            {summaryCells(name, t.summaries[name], cols).join(' ')}
          </Text>
        );
      })}
      {t.listing === 'done' && shown.length === 0 ? (
        <Text dimColor>{t.filter ? `No table name contains "${t.filter}".` : 'No tables here. Try another region (:region R) or --demo.'}</Text>
      ) : null}
      <Box flexGrow={1} />
      <Text dimColor>
        {shown.length ? `${t.window.cursor + 1}/${shown.length}` : '0'} tables{t.filter ? ` (of ${t.names.length} loaded)` : ''}
        {t.listing === 'loading' ? ' · listing…' : ''}
      </Text>
    </Box>
  );
}
