import { Box, Text } from 'ink';
import { TextView } from '../../components/TextView.js';
import type { SaveQueryModal } from '../../state/recall.js';

/** ctrl+s: the name to save the form under, on the footer's line (the form stays in view). */
export function SavePrompt({ modal }: { modal: SaveQueryModal }) {
  const name = modal.text.trim();
  const replaces = !!name && modal.existing.includes(name);
  return (
    <Box>
      <Text color="cyan">save query as: </Text>
      <TextView value={modal.text} cursor={modal.cursor} placeholder="a name, e.g. dramas-since-2010" />
      <Text wrap="truncate-end">
        {replaces ? <Text color="yellow">  replaces the saved query "{name}"</Text> : <Text dimColor>  enter saves · esc does not</Text>}
      </Text>
    </Box>
  );
}
