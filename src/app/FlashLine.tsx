import { Text } from 'ink';
import type { Flash } from '../state/flash.js';
import { Spinner } from '../components/Spinner.js';

const colours = { info: 'green', warn: 'yellow', error: 'red' } as const;

/** The one-line status: a spinner while a call runs, else the latest flash. */
export function FlashLine({ flash, busy }: { flash?: Flash; busy?: string }) {
  if (busy) return <Spinner label={busy} />;
  if (!flash) return <Text> </Text>;
  return <Text color={colours[flash.level]} wrap="truncate-end">{flash.level === 'error' ? '✗ ' : flash.level === 'warn' ? '! ' : ''}{flash.text}</Text>;
}
