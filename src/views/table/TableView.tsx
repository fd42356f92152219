import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp } from '../../app/context.js';
import { FilterField } from '../../components/FilterField.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { useWindowKeys } from '../../components/useWindowKeys.js';
import { itemKey } from '../../dynamo/itemKey.js';
import { pageInput } from '../../dynamo/read/pages.js';
import { selectedRow } from '../../state/browse.js';
import { startKeyOf } from '../../state/paging.js';
import { ItemsGrid } from './ItemsGrid.js';
import { compactMetadataLines, metadataLines } from './metadataLines.js';
import { keyColumns, useBrowse } from './useBrowse.js';
import { useLiveCount } from './useLiveCount.js';
import { useTableInfo } from './useTableInfo.js';
import { useExternalEdit } from '../edit/useExternalEdit.js';
import { exportRequest } from '../bulk/exportRequest.js';

/** The grid keeps at least this many rows; the metadata shrinks to its compact form first. */
const MIN_GRID = 8;

/** The table screen: metadata above, the items grid below. */
export function TableView({ name, height, width }: { name: string; height: number; width: number }) {
  const { state, dispatch } = useApp();
  const [reload, setReload] = useState(0);
  const { info, problem, ttlProblem } = useTableInfo(name, reload);
  const count = useLiveCount(name);
  const { browse, act, next, previous, toggleAll } = useBrowse(name, info);
  const filtering = state.modal === 'filter';
  const full = info ? metadataLines(info, count.state, ttlProblem) : [];
  const lines = info && full.length + 1 + MIN_GRID > height ? compactMetadataLines(info, count.state) : full;
  const gridHeight = Math.max(3, height - lines.length - 1 - (filtering ? 1 : 0));
  const rowsHeight = Math.max(1, gridHeight - 2);
  if (browse.window.height !== rowsHeight) queueMicrotask(() => act({ type: 'browse/window', action: { type: 'resize', height: rowsHeight } }));
  const editExternal = useExternalEdit(name);
  const setQuick = (filter: string) => act({ type: 'browse/quickFilter', filter });

  useWindowKeys(['items', 'table', 'lists'], (action) => act({ type: 'browse/window', action }), {
    refresh: () => { setReload((n) => n + 1); act({ type: 'browse/reload' }); },
    'count.live': () => { if (!count.cancel()) count.start(); },
    'scan.form': () => info && dispatch({ type: 'push', screen: { kind: 'readForm', table: name, mode: 'scan' } }),
    'query.form': () => info && dispatch({ type: 'push', screen: { kind: 'readForm', table: name, mode: 'query' } }),
    'page.next': next,
    'page.previous': previous,
    'page.all': toggleAll,
    'columns.left': () => act({ type: 'browse/columns', delta: -1, count: browse.columns.length }),
    'columns.right': () => act({ type: 'browse/columns', delta: 1, count: browse.columns.length }),
    'filter.start': () => dispatch({ type: 'modal', modal: 'filter' }),
    open: () => {
      const item = selectedRow(browse);
      if (item) dispatch({ type: 'push', screen: { kind: 'item', table: name, item } });
    },
    'item.edit': () => {
      const item = selectedRow(browse);
      if (item) dispatch({ type: 'push', screen: { kind: 'edit', table: name, mode: 'edit', item } });
    },
    'item.editExternal': () => {
      const item = selectedRow(browse);
      if (item) editExternal(item);
    },
    'item.new': () => dispatch({ type: 'push', screen: { kind: 'edit', table: name, mode: 'new' } }),
    'item.delete': () => {
      const marked = Object.values(browse.marks);
      if (marked.length) return dispatch({ type: 'push', screen: { kind: 'deleteMany', table: name, keys: marked } });
      const item = selectedRow(browse);
      if (item) dispatch({ type: 'push', screen: { kind: 'delete', table: name, item } });
    },
    'item.mark': () => {
      const item = selectedRow(browse);
      if (!item || !info) return;
      act({ type: 'browse/mark', key: itemKey(info, item) });
      act({ type: 'browse/window', action: { type: 'move', delta: 1 } });
    },
    'table.import': () => info && dispatch({ type: 'push', screen: { kind: 'import', table: name } }),
    'items.export': () => info && dispatch({ type: 'push', screen: { kind: 'export', table: name, ...exportRequest(name, browse.request) } }),
    // The request of the page on screen, with its ExclusiveStartKey.
    'request.show': () => browse.request && dispatch({
      type: 'push',
      screen: {
        kind: 'request', table: name, title: `${browse.request.label}, page ${browse.paging.page + 1}`, operation: browse.request.operation,
        input: pageInput(browse.request.input as never, startKeyOf(browse.paging)) as unknown as Record<string, unknown>,
      },
    }),
    back: () => {
      if (count.cancel()) return true;
      if (browse.all?.running) { toggleAll(); return true; }
      if (browse.quickFilter) { setQuick(''); return true; }
      if (Object.keys(browse.marks).length) { act({ type: 'browse/clearMarks' }); return true; }
      dispatch({ type: 'pop' });
      return true;
    },
  });

  if (problem) return <ProblemPanel problem={problem} />;
  if (!info) return <Text dimColor>describing {name}…</Text>;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{info.name}</Text>
      {lines.map((l, i) => <Box key={i}>{l}</Box>)}
      {filtering ? (
        <FilterField value={browse.quickFilter} onChange={setQuick}
          onAccept={() => dispatch({ type: 'modal', modal: null })}
          onClear={() => { setQuick(''); dispatch({ type: 'modal', modal: null }); }} />
      ) : null}
      {browse.problem && browse.status === 'error' ? <Text color="red" wrap="wrap">✗ {browse.problem.title}: {browse.problem.detail}</Text> : null}
      <ItemsGrid browse={browse} info={info} width={width} height={gridHeight} keyCount={keyColumns(info, browse.request?.input.IndexName as string | undefined).length} />
    </Box>
  );
}
