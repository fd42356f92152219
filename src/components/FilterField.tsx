import { Box, Text } from 'ink';
import { TextView } from './TextView.js';

/** The `/` field: filters loaded rows on the client as you type; enter keeps, esc clears. */
export function FilterField({ value, cursor }: { value: string; cursor: number }) {
  return (
    <Box>
      <Text color="cyan">/</Text>
      <TextView value={value} cursor={cursor} placeholder="filter loaded rows by name" />
    </Box>
  );
}
