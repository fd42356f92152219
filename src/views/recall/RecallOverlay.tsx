import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { TextView } from '../../components/TextView.js';
import { ago, filteredItems, formSummary, recallListHeight, type RecallModal } from '../../state/recall.js';
import { windowAt, visibleRange } from '../../state/window.js';

/** ctrl+r: the recent and saved queries of the form's table, drawn over the form (which
 * stays mounted, as it was, below). */
export function RecallOverlay({ modal, height, width }: { modal: RecallModal; height: number; width: number }) {
  const state = useAppState();
  const form = state.stack.entries.find((e) => e.id === modal.formId);
  const table = form?.kind === 'readForm' ? form.table : '';
  const summary = state.tables.summaries[table];
  const info = summary?.state === 'ok' ? summary.info : undefined;
  const items = filteredItems(modal, info);
  const w = windowAt(modal.window, recallListHeight(state.size));
  const [from, to] = visibleRange({ ...w, count: items.length });
  const now = Date.now();
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate-end">
        Recent and saved queries of {table}
        <Text dimColor>{modal.loading ? '  reading…' : `  ${items.length}${modal.filter ? ` of ${modal.items.length}` : ''}, newest first · enter fills the form · esc keeps it as it was`}</Text>
      </Text>
      {modal.filtering || modal.filter ? (
        <Box><Text color="cyan">/</Text><TextView value={modal.filter} cursor={modal.filterCursor} focus={modal.filtering} /></Box>
      ) : <Text dimColor>/ filters · ★ saved (ctrl+s in the form saves one)</Text>}
      {!modal.loading && !items.length ? (
        <Text dimColor>{modal.items.length ? 'nothing matches the filter' : `nothing run or saved on ${table} here yet`}</Text>
      ) : null}
      {items.slice(from, to).map((item, j) => {
        const selected = from + j === w.cursor;
        return (
          <Text key={from + j} wrap="truncate-end" inverse={selected}>
            {selected ? '› ' : '  '}
            <Text dimColor={!selected}>{ago(item.at, now).padEnd(8)}</Text>
            {item.saved.length ? <Text color="yellow">{item.saved.map((n) => `★ ${n}`).join(' ')}  </Text> : null}
            {formSummary(item.form, info)}
          </Text>
        );
      })}
    </Box>
  );
}
