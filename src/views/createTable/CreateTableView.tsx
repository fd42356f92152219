import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { useApp, useFooterScopes, useKeys } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { buildCreateTableInput } from '../../dynamo/tables/index.js';
import { ReviewPanel, type PendingWrite } from '../write/ReviewPanel.js';
import { draftFields, draftSpec, draftValues, emptyTableDraft, indexOfField, newIndex, setDraftField, type TableDraft } from './draft.js';
import { useCreateTable } from './useCreateTable.js';

/** `C` on the tables screen: keys and types, billing, throughput, GSIs and LSIs; checked
 * before anything is sent, then the CreateTable request and its aws command for review. */
export function CreateTableView({ review, height }: { review: boolean; height: number }) {
  const { dispatch } = useApp();
  const [draft, setDraft] = useState<TableDraft>(emptyTableDraft);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState<PendingWrite>();
  const [focusOn, setFocusOn] = useState<{ key: string; seq: number }>();
  // A counter, not the clock: two requests in one millisecond must both move the focus.
  const focusSeq = useRef(0);
  const focusField = (key: string) => setFocusOn({ key, seq: ++focusSeq.current });
  const create = useCreateTable();

  const submit = () => {
    const built = buildCreateTableInput(draftSpec(draft));
    if (!built.ok) {
      setErrors(Object.fromEntries(built.problems.map((p) => [p.field, p.message])));
      const first = built.problems[0];
      if (first) focusField(first.field);
      return;
    }
    create.setProblem(undefined);
    setPending({ operation: 'CreateTable', input: built.input as unknown as Record<string, unknown>, summary: `CreateTable ${draft.name}` });
    dispatch({ type: 'review', review: true });
  };
  const addIndex = () => {
    const i = draft.indexes.length;
    setDraft((d) => ({ ...d, indexes: [...d.indexes, newIndex()] }));
    focusField(`indexes.${i}.kind`);
  };
  const removeIndex = (field: string) => {
    const i = indexOfField(field);
    if (i === undefined) return;
    setDraft((d) => ({ ...d, indexes: d.indexes.filter((_, j) => j !== i) }));
    // Problems name indexes by position: after a removal they would point at the wrong one.
    setErrors({});
    focusField(i > 0 ? `indexes.${i - 1}.kind` : 'deletionProtection');
  };
  const busy = create.phase.kind !== 'editing';
  useFooterScopes(busy ? ['running'] : undefined);
  useKeys({ scopes: busy ? ['running'] : [], handlers: { 'job.cancel': create.stopWaiting, back: create.stopWaiting } });

  if (create.phase.kind !== 'editing') {
    const waiting = create.phase.kind === 'waiting' ? create.phase : undefined;
    return (
      <Box flexDirection="column">
        <Text bold>Creating table {draft.name}</Text>
        <Text color="cyan">{waiting ? `status ${waiting.status}: waiting for ACTIVE${draft.indexes.some((x) => x.kind === 'GSI') ? ' (table and GSIs)' : ''}…` : 'sending CreateTable…'}</Text>
        {waiting ? <Text dimColor>esc stops waiting (DynamoDB goes on creating the table)</Text> : null}
      </Box>
    );
  }
  if (review && pending) {
    return (
      <ReviewPanel pending={pending} height={height} sending={false}
        onBack={() => dispatch({ type: 'review', review: false })}
        onSend={() => create.send(pending.input as never)} />
    );
  }
  // A refusal about one field shows under it; any other above the form.
  const general = create.problem && !create.problem.field ? create.problem.text : undefined;
  const shownErrors = create.problem?.field ? { ...errors, [create.problem.field]: create.problem.text } : errors;
  return (
    <Box flexDirection="column">
      {general ? <Text color="red" wrap="truncate-end">✗ {general}</Text> : null}
      {general ? <Text dimColor>nothing was created; the form is as you left it</Text> : null}
      <Form
        title="Create table"
        fields={draftFields(draft)}
        values={draftValues(draft)}
        errors={shownErrors}
        onChange={(k, v) => {
          setDraft((d) => setDraftField(d, k, v));
          setErrors((e) => ({ ...e, [k]: undefined }));
          if (create.problem?.field === k) create.setProblem(undefined);
        }}
        onSubmit={submit}
        onCancel={() => dispatch({ type: 'pop' })}
        scopes={['indexes', 'form']}
        fieldCommands={{ 'index.add': addIndex, 'index.remove': removeIndex }}
        height={height - 1 - (general ? 2 : 0)}
        focusOn={focusOn}
      />
      <Text dimColor>ctrl+n adds an index · enter reviews the CreateTable request; nothing is sent before you confirm it</Text>
    </Box>
  );
}
