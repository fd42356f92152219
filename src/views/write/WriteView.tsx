import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import type { WriteEntry } from '../../state/screens.js';
import { writeFields, writeValues } from '../../state/writeForms.js';
import { DeleteTableView } from '../deleteTable/DeleteTableView.js';
import { FailurePanel, failureLines } from './FailurePanel.js';
import { wrapLine } from '../../format/wrap.js';
import { ReviewPanel } from './ReviewPanel.js';
import { codeHint, codeLabel, shownCode } from '../request/requestText.js';
import { codeContext } from '../../format/code/index.js';
import { formNote, formTitle } from './titles.js';

/** Every write screen: its form, its review (and sending), the result it stays on. */
export function WriteView({ entry, height, width }: { entry: WriteEntry; height: number; width: number }) {
  const state = useAppState();
  const { flow } = entry;
  if (entry.kind === 'deleteTable') return <DeleteTableView entry={entry} />;
  const summary = 'table' in entry ? state.tables.summaries[entry.table] : undefined;
  const info = summary?.state === 'ok' ? summary.info : undefined;
  if (!info && entry.kind !== 'createTable') return <Text dimColor>describing {entry.table}…</Text>;
  if (flow.pending && (flow.step === 'review' || (flow.step === 'sending' && entry.kind !== 'createTable'))) {
    const { lines } = shownCode(flow.pending.requests, flow.code ?? 0, codeContext(state.connection, state.region), state.size.columns);
    return <ReviewPanel flow={flow} lines={lines} hint={flow.step === 'review' ? codeHint(flow.pending.requests, flow.code ?? 0) : `${codeLabel(flow.pending.requests, flow.code ?? 0)} shown`} height={height} />;
  }
  if (flow.step === 'sending') {
    // Creating a table: sent, then waiting for it (and its GSIs) to be ACTIVE.
    return (
      <Box flexDirection="column">
        <Text bold>{formTitle(entry, info)}</Text>
        <Text color="cyan">{flow.status}</Text>
        {flow.stoppable ? <Text dimColor>esc stops waiting (DynamoDB goes on creating the table)</Text> : null}
      </Box>
    );
  }
  if (flow.step === 'done' && flow.report && entry.kind === 'deleteMany') {
    const r = flow.report;
    return (
      <Box flexDirection="column">
        <Text bold color={r.failed.length ? 'yellow' : 'green'}>Deleted {r.deleted} of {entry.keys.length} items from {entry.table}.</Text>
        {r.failed.slice(0, 10).map((f, i) => <Text key={i} color="red" wrap="truncate-end">✗ {itemToPlainJson(f.key, { compact: true })}: {f.reason}</Text>)}
        <Text dimColor>esc goes back to the items</Text>
      </Box>
    );
  }
  if (entry.kind === 'counter' || entry.kind === 'undo') {
    // A counter (or an undo) has no form: what is left after a refusal is the reason.
    return <Box flexDirection="column">{flow.failure ? <FailurePanel failure={flow.failure} /> : null}<Text dimColor>esc goes back to the item</Text></Box>;
  }
  const general = entry.kind === 'createTable' && flow.failure;
  const note = wrapLine(formNote(entry), width).filter((l) => l);
  const marked = entry.kind === 'deleteMany' ? Math.min(8, entry.keys.length) + (entry.keys.length > 8 ? 1 : 0) : 0;
  // The form gets what the rest leaves, so a long form scrolls to keep the focus in view.
  const formHeight = height - note.length - marked - (flow.failure ? failureLines(flow.failure, width) : 0) - (general ? 1 : 0);
  return (
    <Box flexDirection="column">
      {flow.failure ? <FailurePanel failure={flow.failure} /> : null}
      {general ? <Text dimColor>nothing was created; the form is as you left it</Text> : null}
      <Form title={formTitle(entry, info)} fields={writeFields(entry, info)} values={writeValues(entry)} errors={flow.errors} ui={flow.ui}
        height={Math.max(4, formHeight)} width={width} />
      {entry.kind === 'deleteMany' ? <MarkedKeys keys={entry.keys} /> : null}
      {note.map((l, i) => <Text key={i} dimColor>{l}</Text>)}
    </Box>
  );
}

function MarkedKeys({ keys }: { keys: Item[] }) {
  return (
    <>
      {keys.slice(0, 8).map((k, i) => <Text key={i} dimColor wrap="truncate-end">  {itemToPlainJson(k, { compact: true })}</Text>)}
      {keys.length > 8 ? <Text dimColor>  … and {keys.length - 8} more</Text> : null}
    </>
  );
}
