import { Box, Text } from 'ink';
import { TextView } from '../components/TextView.js';

/** The `:` line: its text and completions live in the state (see overlayKeys.ts). */
export function CommandLine({ text, cursor, hint }: { text: string; cursor: number; hint: string }) {
  return (
    <Box flexDirection="column">
      {hint ? <Text dimColor wrap="truncate-end">{hint}</Text> : null}
      <Box>
        <Text color="cyan">:</Text>
        <TextView value={text} cursor={cursor} />
      </Box>
    </Box>
  );
}
