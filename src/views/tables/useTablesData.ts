// Loads the table list (every ListTables page) and DescribeTable for the rows in view.
// Runs at the app level, so leaving the list does not abandon a half-done listing.
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { useEffect, useRef } from 'react';
import { useApp } from '../../app/context.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { describeTableInput, listTablesInput } from '../../dynamo/requests.js';
import { toTableInfo } from '../../dynamo/tableInfo.js';
import { namesToDescribe } from '../../state/tables.js';

export function useTablesData(firstTables?: Promise<ListTablesCommandOutput>, preloaded?: { continueFrom?: string }): void {
  const { state, dispatch, gateway, region } = useApp();
  const { request } = state.tables;
  // The entry's prefetched first page serves the first listing only.
  const prefetched = useRef(firstTables);
  // The first page already in the state (drawn in the first frame): list on from its end.
  const inState = useRef(preloaded);

  useEffect(() => {
    let live = true;
    const already = inState.current;
    inState.current = undefined;
    if (already && !already.continueFrom) return;
    if (!already) dispatch({ type: 'tables/listStart' });
    (async () => {
      let start: string | undefined = already?.continueFrom;
      do {
        const early = start === undefined ? prefetched.current : undefined;
        prefetched.current = undefined;
        const out = await (early ?? gateway.call('ListTables', listTablesInput(start)));
        if (!live) return;
        dispatch({ type: 'tables/page', names: out.TableNames ?? [] });
        start = out.LastEvaluatedTableName;
      } while (start);
      dispatch({ type: 'tables/listDone' });
    })().catch((err) => {
      if (live) dispatch({ type: 'tables/listError', problem: describeError(err, { ...gateway.options, region }) });
    });
    return () => { live = false; };
  }, [request, gateway, dispatch]);

  const wanted = namesToDescribe(state.tables);
  const key = wanted.join('\n');
  useEffect(() => {
    if (!wanted.length) return;
    dispatch({ type: 'tables/describing', names: wanted });
    for (const name of wanted) {
      gateway.call('DescribeTable', describeTableInput(name)).then(
        (out) => dispatch({ type: 'tables/described', name, summary: { state: 'ok', info: toTableInfo(out.Table ?? {}) } }),
        (err) => dispatch({ type: 'tables/described', name, summary: { state: 'error', message: problemLine(describeError(err, { table: name })) } }),
      );
    }
  }, [key, gateway, dispatch]);
}
