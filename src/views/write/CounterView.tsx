import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useApp, useKeys } from '../../app/context.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { buildCounterInput } from '../../dynamo/write/index.js';
import { FailurePanel } from './FailurePanel.js';
import { ReviewPanel } from './ReviewPanel.js';
import { useWrite } from './useWrite.js';

/** `+` / `-` on a number: an atomic ADD, no read-modify-write, reviewed like every write. */
export function CounterView({ table, info, item, attribute, delta, height }: {
  table: string; info: TableInfo; item: Item; attribute: string; delta: string; height: number;
}) {
  const { dispatch } = useApp();
  const write = useWrite(table, info);
  const key = write.keyOf(item);
  const built = useMemo(() => buildCounterInput(info, table, key, attribute, delta), [table, attribute, delta]);
  const back = () => dispatch({ type: 'pop' });
  useKeys({ scopes: ['review'], handlers: built.ok && !write.failure ? {} : { 'review.back': back, back } });
  if (!built.ok) return <Text color="red">✗ {built.errors.map((e) => e.message).join('; ')} (esc goes back)</Text>;
  if (write.failure) {
    return <Box flexDirection="column"><FailurePanel failure={write.failure} /><Text dimColor>esc goes back to the item</Text></Box>;
  }
  const keyText = itemToPlainJson(key, { compact: true });
  return (
    <ReviewPanel
      pending={{ operation: 'UpdateItem', input: built.input as unknown as Record<string, unknown>, summary: `atomic counter: ${attribute} ${delta.startsWith('-') ? '−' : '+'} ${delta.replace('-', '')} on ${keyText}` }}
      height={height} sending={write.sending} onBack={back}
      onSend={() => write.send({ operation: 'UpdateItem', input: built.input as unknown as Record<string, unknown>, summary: '', guard: built.guard }, {
        key, written: (attributes) => attributes, done: `${attribute} ${delta.startsWith('-') ? 'decremented' : 'incremented'}`,
      })} />
  );
}
