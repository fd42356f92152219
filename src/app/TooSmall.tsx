import { Box, Text } from 'ink';
import { MIN_SIZE, type Size } from '../state/layout.js';

/** Below the smallest size the screens are drawn at: say so, and what it takes. The screen
 * below keeps its state; it comes back as it was once the terminal is larger. */
export function TooSmall({ size }: { size: Size }) {
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <Text bold color="yellow" wrap="wrap">Make the terminal larger</Text>
      <Text wrap="wrap">dynoscope needs {MIN_SIZE.columns}x{MIN_SIZE.rows}; this one is {size.columns}x{size.rows}.</Text>
      <Text dimColor wrap="wrap">q quits</Text>
    </Box>
  );
}
