import { Box, Text } from 'ink';
import { TextView } from '../../components/TextView.js';
import { visibleControls } from '../../format/textWindow.js';
import type { SaveQueryModal } from '../../state/recall.js';

/** ctrl+s: the name to save the form under, on the footer's line (the form stays in view). */
export function SavePrompt({ modal }: { modal: SaveQueryModal }) {
  const name = modal.text.trim();
  const replaces = !!name && modal.existing.includes(name);
  // One row, whatever is typed: a long name is clipped, never pushing the screen up a line.
  return (
    <Box height={1} overflow="hidden">
      <Box flexShrink={0}><Text color="cyan">save query as: </Text></Box>
      <Box flexShrink={1} overflow="hidden">
        <TextView value={visibleControls(modal.text)} cursor={modal.cursor} placeholder="a name, e.g. dramas-since-2010" />
      </Box>
      <Box flexShrink={0}>
        {replaces ? <Text color="yellow">  replaces the saved query "{visibleControls(name)}"</Text> : <Text dimColor>  enter saves · esc does not</Text>}
      </Box>
    </Box>
  );
}
