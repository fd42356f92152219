import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { FilterField } from '../../components/FilterField.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { tableLayoutOf } from '../../state/layout.js';
import type { EntryOf } from '../../state/screens.js';
import { ColumnPickerView } from './ColumnPicker.js';
import { ItemsGrid } from './ItemsGrid.js';
import { compactMetadataLines, metadataLines } from './metadataLines.js';

/** The table screen: metadata above, the items grid below. */
export function TableView({ entry, height, width }: { entry: EntryOf<'table'>; height: number; width: number }) {
  const state = useAppState();
  const { info, problem, ttlProblem } = entry.described;
  const { browse } = entry;
  const count = state.counts[entry.name] ?? { running: false };
  const layout = tableLayoutOf(state, entry);
  if (problem && !info) return <ProblemPanel problem={problem} />;
  if (!info || !layout) return <Text dimColor>describing {entry.name}…</Text>;
  const lines = layout.compact ? compactMetadataLines(info, count) : metadataLines(info, count, ttlProblem);
  const filtering = state.modal?.kind === 'filter' ? state.modal : undefined;
  const failed = browse.problem;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{info.name}</Text>
      {lines.map((l, i) => <Box key={i}>{l}</Box>)}
      {filtering ? <FilterField value={browse.quickFilter} cursor={filtering.cursor} /> : null}
      {problem ? <Text color="red" wrap="truncate-end">✗ describing {entry.name} again failed: {problem.title}: {problem.hint ?? problem.detail} (what is shown is from before; R tries again)</Text>
        : failed ? <Text color="red" wrap="truncate-end">✗ page {failed.page + 1} was not read: {failed.problem.title}: {failed.problem.hint ?? failed.problem.detail} (the page below is as it was)</Text> : null}
      {browse.picker ? <ColumnPickerView picker={browse.picker} table={info.name} height={layout.gridHeight} />
        : <ItemsGrid browse={browse} info={info} width={width} height={layout.gridHeight} seeding={!!state.busy.background} />}
    </Box>
  );
}
