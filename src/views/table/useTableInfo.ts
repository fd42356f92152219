// DescribeTable and DescribeTimeToLive for one table. TTL failing (some engines and
// policies refuse it) does not hide the rest: the panel says TTL is unknown.
import { useEffect, useState } from 'react';
import { useApp, useBusy } from '../../app/context.js';
import { describeError, problemLine, type Problem } from '../../dynamo/errors.js';
import { describeTableInput, describeTtlInput } from '../../dynamo/requests.js';
import { toTableInfo, type TableInfo } from '../../dynamo/tableInfo.js';

export interface TableInfoState { info?: TableInfo; problem?: Problem; ttlProblem?: string; loading: boolean }

export function useTableInfo(name: string, reload: number): TableInfoState {
  const { gateway, region, dispatch, state } = useApp();
  const [s, setS] = useState<TableInfoState>({ loading: true });
  useBusy(s.loading, `describing ${name}`);
  useEffect(() => {
    let live = true;
    setS((old) => ({ ...old, loading: true }));
    (async () => {
      const [table, ttl] = await Promise.allSettled([
        gateway.call('DescribeTable', describeTableInput(name)),
        gateway.call('DescribeTimeToLive', describeTtlInput(name)),
      ]);
      if (!live) return;
      if (table.status === 'rejected') {
        setS({ loading: false, problem: describeError(table.reason, { ...gateway.options, region, table: name }) });
        return;
      }
      const ttlDesc = ttl.status === 'fulfilled' ? ttl.value.TimeToLiveDescription : undefined;
      const info = toTableInfo(table.value.Table ?? {}, ttlDesc);
      // The list and the forms read the same description.
      dispatch({ type: 'tables/described', name, summary: { state: 'ok', info } });
      setS({
        loading: false,
        info,
        ttlProblem: ttl.status === 'rejected' ? problemLine(describeError(ttl.reason)) : undefined,
      });
    })();
    return () => { live = false; };
    // A table that was missing is looked for again whenever the list reloads: the demo
    // creates its tables after the first frame.
  }, [name, reload, gateway, region, s.problem ? state.tables.request : 0]);
  return s;
}
