import { Box, Text } from 'ink';
import { LEVEL, useKeys } from '../app/context.js';
import { TextField } from './TextField.js';

/** The `/` field: filters loaded rows on the client as you type; enter keeps, esc clears. */
export function FilterField({ value, onChange, onAccept, onClear }: {
  value: string; onChange: (v: string) => void; onAccept: () => void; onClear: () => void;
}) {
  useKeys({ scopes: ['filter'], capture: true, handlers: { 'filter.clear': onClear, 'filter.accept': onAccept } }, LEVEL.modal);
  return (
    <Box>
      <Text color="cyan">/</Text>
      <TextField value={value} onChange={onChange} placeholder="filter loaded rows by name" />
    </Box>
  );
}
