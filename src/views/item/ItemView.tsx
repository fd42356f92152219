import { Box, Text, useStdout } from 'ink';
import { useState } from 'react';
import { copyToClipboard } from '../../app/clipboard.js';
import { useApp, useFlash } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { useScroll } from '../../components/useScroll.js';
import { itemToDdbJson, itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { getItemInput } from '../../dynamo/itemKey.js';

/** enter on a row: the whole item, exact, as plain JSON or DynamoDB JSON (t). */
export function ItemView({ table, item, height }: { table: string; item: Item; height: number }) {
  const { state, dispatch } = useApp();
  const say = useFlash();
  const { stdout } = useStdout();
  const [ddb, setDdb] = useState(false);
  const text = ddb ? itemToDdbJson(item) : itemToPlainJson(item);
  const lines = text.split('\n');
  const bodyHeight = Math.max(1, height - 2);
  const summary = state.tables.summaries[table];
  const info = summary?.state === 'ok' ? summary.info : undefined;
  const top = useScroll(['item'], lines.length, bodyHeight, {
    'item.toggle': () => setDdb((d) => !d),
    'item.copy': () => { copyToClipboard(stdout, text); say('info', `copied the item as ${ddb ? 'DynamoDB JSON' : 'plain JSON'} (${text.length} characters)`); },
    'request.show': () => {
      if (!info) return;
      dispatch({ type: 'push', screen: { kind: 'request', table, title: 'get this item', operation: 'GetItem', input: getItemInput(info, table, item) as unknown as Record<string, unknown> } });
    },
  });
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        {ddb ? 'DynamoDB JSON' : 'plain JSON'} <Text dimColor>(t switches · {Object.keys(item).length} attributes · lines {Math.min(lines.length, top + 1)}-{Math.min(lines.length, top + bodyHeight)} of {lines.length})</Text>
      </Text>
      <JsonView lines={lines} top={top} height={bodyHeight} />
    </Box>
  );
}
