import { Box, Text } from 'ink';
import { JsonView } from '../../components/JsonView.js';
import type { EntryOf } from '../../state/screens.js';
import { itemLines, lineOf } from './itemText.js';

/** enter on a row: the whole item, exact, as plain JSON or DynamoDB JSON (t); a value wider
 * than the screen wraps onto the lines below, so all of it can be read. */
export function ItemView({ entry, height, width }: { entry: EntryOf<'item'>; height: number; width: number }) {
  const { item, ddb, selected, top } = entry;
  const printed = itemLines(item, ddb, width);
  const { lines } = printed;
  const bodyHeight = Math.max(1, height - 2);
  const names = Object.keys(item);
  const shownTop = Math.min(top, Math.max(0, lines.length - bodyHeight));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        {ddb ? 'DynamoDB JSON' : 'plain JSON'} <Text dimColor>(t switches · {names.length} attributes{selected ? ` · selected ${selected}` : ' · tab selects'} · lines {Math.min(lines.length, shownTop + 1)}-{Math.min(lines.length, shownTop + bodyHeight)} of {lines.length})</Text>
      </Text>
      <JsonView lines={lines} top={shownTop} height={bodyHeight} highlight={lineOf(printed, selected)} pieces={printed.pieces} />
    </Box>
  );
}
