// Sends DeleteTable and waits until DescribeTable no longer finds the table.
import { useEffect, useRef, useState } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { waitForGone } from '../../dynamo/tables/index.js';
import type { DeleteTableCommandInput } from '@aws-sdk/client-dynamodb';

export type DeletePhase = 'confirm' | 'sending' | 'waiting';

export function useDeleteTable(table: string) {
  const { gateway, dispatch, region, state } = useApp();
  const say = useFlash();
  const [phase, setPhase] = useState<DeletePhase>('confirm');
  const [problem, setProblem] = useState<string>();
  const stop = useRef<AbortController | null>(null);
  useBusy(phase !== 'confirm', phase === 'waiting' ? `waiting for ${table} to be deleted` : `deleting table ${table}`);
  useEffect(() => () => stop.current?.abort(), []);

  const gone = () => {
    dispatch({ type: 'tableChanged', table });
    dispatch({ type: 'reset', screens: [{ kind: 'tables' }] });
  };
  const send = async (input: DeleteTableCommandInput) => {
    const controller = new AbortController();
    stop.current = controller;
    setProblem(undefined);
    setPhase('sending');
    let sent = false;
    try {
      await gateway.call('DeleteTable', input, { signal: controller.signal });
      sent = true;
      setPhase('waiting');
      await waitForGone(gateway, table, { signal: controller.signal, timeoutMs: 15 * 60_000 });
      gone();
      say('info', `deleted table ${table}`);
    } catch (err) {
      if (controller.signal.aborted) return;
      const text = problemLine(describeError(err, { ...state.connection, region }));
      if (sent) {
        gone();
        return say('warn', `DeleteTable was accepted, but ${table} was still there when waiting ended: ${text}`);
      }
      setPhase('confirm');
      setProblem(text);
    }
  };
  /** esc while waiting: stop waiting; DynamoDB goes on deleting the table. */
  const stopWaiting = () => {
    if (phase !== 'waiting') return false;
    stop.current?.abort();
    gone();
    say('info', `stopped waiting; ${table} is still being deleted`);
    return true;
  };
  return { phase, problem, send, stopWaiting };
}
