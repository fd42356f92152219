import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { FilterField } from '../../components/FilterField.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { tablesListHeight } from '../../state/layout.js';
import { filteredNames, visibleNames } from '../../state/tables.js';
import { windowAt } from '../../state/window.js';
import { summaryCells, tableColumns } from './columns.js';

export function TablesView({ height, width }: { height: number; width: number }) {
  const state = useAppState();
  const filtering = state.modal?.kind === 'filter' ? state.modal : undefined;
  const t = state.tables;
  const listHeight = tablesListHeight(state.size, !!filtering || !!t.filter);
  const window = windowAt(t.window, listHeight);
  if (t.listing === 'error' && t.error && !t.names.length) return <ProblemPanel problem={t.error} />;
  const shown = filteredNames(t);
  const cols = tableColumns(width);
  const rows = visibleNames({ ...t, window });
  return (
    <Box flexDirection="column" height={height}>
      {filtering ? <FilterField value={t.filter} cursor={filtering.cursor} />
        : t.filter ? <Text color="yellow">filter "{t.filter}" on loaded names (esc clears)</Text> : null}
      <Text bold wrap="truncate-end">{cols.map((c) => (c.right ? c.title.padStart(c.width) : c.title.padEnd(c.width))).join(' ')}</Text>
      {rows.map((name, i) => (
        <Text key={name} inverse={window.offset + i === window.cursor} wrap="truncate-end">
          {summaryCells(name, t.summaries[name], cols).join(' ')}
        </Text>
      ))}
      {t.listing === 'done' && shown.length === 0 ? (
        <Text dimColor>{t.filter ? `No table name contains "${t.filter}".` : 'No tables here. Try another region (:region R) or --demo.'}</Text>
      ) : null}
      <Box flexGrow={1} />
      <Text dimColor>
        {shown.length ? `${window.cursor + 1}/${shown.length}` : '0'} tables{t.filter ? ` (of ${t.names.length} loaded)` : ''}
        {t.listing === 'loading' ? ' · listing…' : ''}
        {t.listing === 'error' && t.error ? <Text color="red"> · ✗ listing again failed: {t.error.title} (the names are from before; R tries again)</Text> : null}
      </Text>
    </Box>
  );
}
