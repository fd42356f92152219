// Sends a reviewed CreateTable and waits for the table (and its GSIs) to be ACTIVE. esc
// while waiting stops the waiting only: DynamoDB goes on creating the table.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { useEffect, useRef, useState } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { waitForActive } from '../../dynamo/tables/index.js';

export type CreatePhase =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'waiting'; status: string; since: number };

/** A refused CreateTable: shown above the form, or under the field it is about. */
export interface CreateProblem { field?: string; text: string }

export function useCreateTable() {
  const { gateway, dispatch, region, state } = useApp();
  const say = useFlash();
  const [phase, setPhase] = useState<CreatePhase>({ kind: 'editing' });
  const [problem, setProblem] = useState<CreateProblem>();
  const stop = useRef<AbortController | null>(null);
  const table = useRef('');
  useBusy(phase.kind !== 'editing', phase.kind === 'waiting' ? `waiting for ${table.current} to be ACTIVE (${phase.status})` : `creating ${table.current}`);
  useEffect(() => () => stop.current?.abort(), []);

  const send = async (input: CreateTableCommandInput) => {
    const name = input.TableName ?? '';
    table.current = name;
    setProblem(undefined);
    setPhase({ kind: 'sending' });
    const controller = new AbortController();
    stop.current = controller;
    let created = false;
    try {
      const out = await gateway.call('CreateTable', input, { signal: controller.signal });
      created = true;
      setPhase({ kind: 'waiting', status: out.TableDescription?.TableStatus ?? 'CREATING', since: Date.now() });
      dispatch({ type: 'tableChanged', table: name });
      await waitForActive(gateway, name, {
        signal: controller.signal,
        timeoutMs: 15 * 60_000,
        onStatus: (status) => setPhase((p) => (p.kind === 'waiting' ? { ...p, status } : p)),
      });
      dispatch({ type: 'tableChanged', table: name });
      dispatch({ type: 'tables/select', name });
      dispatch({ type: 'reset', screens: [{ kind: 'tables' }, { kind: 'table', name }] });
      say('info', `created table ${name}: ACTIVE`);
    } catch (err) {
      if (controller.signal.aborted) return;
      const e = err as { name?: string };
      // Sent but not yet active: the table exists, only the waiting failed.
      if (created) {
        setPhase({ kind: 'editing' });
        dispatch({ type: 'reset', screens: [{ kind: 'tables' }] });
        return say('warn', `${name} was created but did not become ACTIVE: ${problemLine(describeError(err, { ...state.connection, region, table: name }))}`);
      }
      setPhase({ kind: 'editing' });
      dispatch({ type: 'review', review: false });
      if (e.name === 'ResourceInUseException') return setProblem({ field: 'name', text: `a table named ${name} already exists here` });
      setProblem({ text: problemLine(describeError(err, { ...state.connection, region })) });
    }
  };

  /** esc while waiting: stop waiting, the table goes on being created. */
  const stopWaiting = () => {
    if (phase.kind !== 'waiting') return false;
    stop.current?.abort();
    dispatch({ type: 'reset', screens: [{ kind: 'tables' }] });
    say('info', `stopped waiting; ${table.current} is still being created (R on the list shows its status)`);
    return true;
  };
  return { phase, problem, setProblem, send, stopWaiting };
}
