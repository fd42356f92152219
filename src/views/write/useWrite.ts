// Sends a reviewed write and tells the rest of the app what it wrote: the grid row and any
// item screen of that key show the new item; a refused write comes back as a failure.
import { useState } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import type { Item } from '../../dynamo/codec/index.js';
import type { Problem } from '../../dynamo/errors.js';
import { itemKey } from '../../dynamo/itemKey.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { sendSaveAsNew, sendWrite, type AttributeDiff, type ConditionFailure, type SaveAsNew, type SendResult } from '../../dynamo/write/index.js';

interface After { key: Item; written?: (attributes?: Item) => Item | undefined; done: string }
import type { PendingWrite } from './ReviewPanel.js';

export type WriteFailure =
  | { kind: 'condition'; failed: ConditionFailure; diff: AttributeDiff[]; reread?: Item; problem: Problem }
  | { kind: 'error'; problem: Problem };

export function useWrite(table: string, info: TableInfo | undefined) {
  const { gateway, dispatch } = useApp();
  const say = useFlash();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<WriteFailure>();
  useBusy(sending, `sending to ${table}`);

  /** `written` is the item as it now is (undefined when deleted). */
  const send = (pending: PendingWrite, after: After) =>
    run(() => sendWrite(gateway, pending.operation as never, pending.input as never, pending.guard), after);

  /** A key change: the new item is put, then (if asked) the old one deleted. */
  const saveAsNew = (built: SaveAsNew, oldKey: Item, newItem: Item) => {
    setSending(true);
    sendSaveAsNew(gateway, built).then(({ put, delete: del }) => {
      setSending(false);
      dispatch({ type: 'review', review: false });
      if (!put.ok) return setFailure(put as WriteFailure);
      const newKey = keyOf(newItem);
      dispatch({ type: 'browse', table, action: { type: 'browse/written', key: newKey, item: newItem } });
      if (del && !del.ok) {
        setFailure(del as WriteFailure);
        return say('warn', 'saved as a new item; the old item was NOT deleted (see why above)');
      }
      if (del?.ok) {
        dispatch({ type: 'browse', table, action: { type: 'browse/written', key: oldKey } });
        dispatch({ type: 'itemWritten', table, key: oldKey });
      }
      setFailure(undefined);
      dispatch({ type: 'pop' });
      say('info', del ? 'saved as a new item and deleted the old one' : 'saved as a new item; the old one is kept');
    });
  };

  const run = (sendIt: () => Promise<SendResult>, after: After) => {
    setSending(true);
    sendIt().then((r) => {
      setSending(false);
      dispatch({ type: 'review', review: false });
      if (!r.ok) {
        setFailure(r as WriteFailure);
        return;
      }
      setFailure(undefined);
      const item = after.written?.(r.attributes);
      dispatch({ type: 'browse', table, action: { type: 'browse/written', key: after.key, item } });
      dispatch({ type: 'itemWritten', table, key: after.key, item });
      dispatch({ type: 'pop' });
      say('info', after.done);
    });
  };
  const keyOf = (item: Item) => (info ? itemKey(info, item) : {});
  return { send, saveAsNew, sending, failure, setFailure, keyOf };
}
