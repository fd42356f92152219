// `I` on a table: items from a file into the table. Form -> confirm -> progress -> summary.
import { Box, Text } from 'ink';
import { useApp, useFooterScopes, useKeys } from '../../app/context.js';
import type { Scope } from '../../keys/bindings.js';
import { Form, type FieldSpec } from '../../components/Form.js';
import { FORMATS } from '../../bulk/index.js';
import { formatCount } from '../../format/numbers.js';
import { ImportConfirm, ImportDone, ImportRunning } from './ImportParts.js';
import { KeyHint, ProblemBox } from './BulkParts.js';
import { autoLabel, type FormatChoice } from './paths.js';
import { useImport, type ImportValues } from './useImport.js';

export function ImportView({ table, height, width }: { table: string; height: number; width: number }) {
  const { state, dispatch } = useApp();
  const { s, store, check, start, cancel } = useImport(table);
  const info = state.tables.summaries[table]?.state === 'ok' ? state.tables.summaries[table].info : undefined;
  const back = () => dispatch({ type: 'pop' });

  // The form has its own keys; the other steps have these (false passes a key on to the
  // form while it is shown). The footer shows the keys of the step on screen.
  const scopes = stepScopes(s.step);
  useFooterScopes(scopes);
  useKeys({
    scopes: scopes ?? [],
    handlers: {
      'confirm.start': () => { start(); },
      'confirm.back': () => { store.set({ step: 'form' }); },
      'job.cancel': () => { cancel(); },
      back: () => escape(),
    },
  });
  function escape(): boolean {
    const { step, failure } = store.get();
    if (step === 'form' || step === 'checking') return false;
    if (step === 'running') cancel();
    else if (failure) store.set({ step: 'form', failure: undefined });
    else back();
    return true;
  }

  if (state.connection.readOnly) {
    return <Text color="yellow">Read-only: import writes items, and --read-only allows no writes. esc goes back.</Text>;
  }
  if ((s.step === 'running' || s.step === 'done') && s.plan) {
    if (s.step === 'running') {
      return <ImportRunning table={table} plan={s.plan} p={s.progress} problems={s.problems} problemCount={s.problemCount} cancelling={s.cancelling} width={width} />;
    }
    if (s.failure) {
      const sent = s.progress?.written ? `Before it stopped, ${formatCount(s.progress.written)} items were written (they stay).` : 'Nothing was written.';
      return (
        <Box flexDirection="column">
          <Text bold>Import into {table} failed</Text>
          <ProblemBox problem={s.failure} after={`${sent} esc goes back to the form, inputs kept.`} />
        </Box>
      );
    }
    if (s.summary) return <ImportDone table={table} plan={s.plan} s={s.summary} problems={s.problems} height={height} />;
  }
  if (s.step === 'confirm' && s.plan) return <ImportConfirm table={table} plan={s.plan} info={info} />;

  const set = (key: string, value: string | boolean) => {
    const k = key as keyof ImportValues;
    store.set((x) => ({ values: { ...x.values, [k]: value }, errors: { ...x.errors, [k]: undefined, ...(k === 'path' ? { format: undefined } : {}) } }));
  };
  const fields: FieldSpec[] = [
    { kind: 'text', key: 'path', label: 'file', placeholder: 'items.jsonl', hint: '~ is your home folder' },
    {
      kind: 'choice', key: 'format', label: 'format',
      options: [{ value: 'auto', label: autoLabel(s.values.path) }, ...FORMATS.map((f) => ({ value: f as FormatChoice, label: f }))],
      hint: 'DynamoDB JSON (ddb-json) is guessed only from .ddb.jsonl',
    },
    {
      kind: 'choice', key: 'onError', label: 'on a bad line',
      options: [{ value: 'skip', label: 'skip it and report it' }, { value: 'stop', label: 'stop the import' }],
    },
  ];
  return (
    <Box flexDirection="column">
      <Form
        title={`Import items into ${table}`}
        fields={fields}
        values={{ ...s.values }}
        errors={s.errors}
        onChange={set}
        onSubmit={check}
        onCancel={back}
      />
      <Text> </Text>
      <KeyHint>A relative path starts at {process.cwd()}.</KeyHint>
      <KeyHint>enter checks the file and shows what will be written; nothing is written before you confirm.</KeyHint>
      {s.step === 'checking' ? <Text color="cyan">checking the file…</Text> : null}
    </Box>
  );
}

/** The key scopes of a step: the form's own while it is shown. */
function stepScopes(step: string): Scope[] | undefined {
  return step === 'confirm' ? ['confirm'] : step === 'running' ? ['running'] : step === 'done' ? [] : undefined;
}
