import { Box, Text, useStdout } from 'ink';
import { copyToClipboard } from '../../app/clipboard.js';
import { useApp, useFlash } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { useScrollState } from '../../components/useScroll.js';
import { itemToDdbJson, itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { getItemInput } from '../../dynamo/itemKey.js';
import { useExternalEdit } from '../edit/useExternalEdit.js';

/** enter on a row: the whole item, exact, as plain JSON or DynamoDB JSON (t). */
export function ItemView({ table, item, ddb, selected, height }: { table: string; item: Item; ddb: boolean; selected?: string; height: number }) {
  const { state, dispatch } = useApp();
  const say = useFlash();
  const editExternal = useExternalEdit(table);
  const { stdout } = useStdout();
  const text = ddb ? itemToDdbJson(item) : itemToPlainJson(item);
  const lines = text.split('\n');
  const bodyHeight = Math.max(1, height - 2);
  const summary = state.tables.summaries[table];
  const info = summary?.state === 'ok' ? summary.info : undefined;
  const names = Object.keys(item);
  // Both JSON forms print a top-level attribute as a line of its own, indented two spaces.
  const lineOf = (name?: string) => (name === undefined ? -1 : lines.findIndex((l) => l.startsWith(`  ${JSON.stringify(name)}:`)));
  const select = (delta: number) => {
    const at = names.indexOf(selected ?? '');
    const next = names[(at + delta + names.length) % names.length];
    dispatch({ type: 'itemView', selected: next });
    show(Math.max(0, lineOf(next)));
  };
  const counter = (delta: string) => {
    if (!selected) return say('warn', 'select a number attribute with tab first');
    if (!item[selected]?.N) return say('warn', `${selected} is not a number (N); + and - count numbers`);
    dispatch({ type: 'push', screen: { kind: 'counter', table, item, attribute: selected, delta } });
  };
  const [top, show] = useScrollState(['item'], lines.length, bodyHeight, {
    'attribute.next': () => select(1),
    'attribute.previous': () => select(-1),
    'counter.up': () => counter('1'),
    'counter.down': () => counter('-1'),
    'item.toggle': () => dispatch({ type: 'itemView', ddb: !ddb }),
    'item.copy': () => { copyToClipboard(stdout, text); say('info', `copied the item as ${ddb ? 'DynamoDB JSON' : 'plain JSON'} (${text.length} characters)`); },
    'item.edit': () => dispatch({ type: 'push', screen: { kind: 'edit', table, mode: 'edit', item } }),
    'item.editExternal': () => editExternal(item),
    'item.new': () => dispatch({ type: 'push', screen: { kind: 'edit', table, mode: 'new', initial: item } }),
    'item.delete': () => dispatch({ type: 'push', screen: { kind: 'delete', table, item } }),
    'item.update': () => dispatch({ type: 'push', screen: { kind: 'update', table, item } }),
    'request.show': () => {
      if (!info) return;
      dispatch({ type: 'push', screen: { kind: 'request', table, title: 'get this item', operation: 'GetItem', input: getItemInput(info, table, item) as unknown as Record<string, unknown> } });
    },
  });
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        {ddb ? 'DynamoDB JSON' : 'plain JSON'} <Text dimColor>(t switches · {names.length} attributes{selected ? ` · selected ${selected}` : ' · tab selects'} · lines {Math.min(lines.length, top + 1)}-{Math.min(lines.length, top + bodyHeight)} of {lines.length})</Text>
      </Text>
      <JsonView lines={lines} top={top} height={bodyHeight} highlight={lineOf(selected)} />
    </Box>
  );
}
