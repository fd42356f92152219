// A key change is never a silent rewrite: the edited item is put under its new key (refused
// if that key is taken) and, if asked, the old item is deleted afterwards, guarded as
// unchanged since loaded. These are two requests: dynalite has no transactions, and on
// DynamoDB a TransactWriteItems would hide which half failed. The delete is sent only
// after the put succeeded, so a failure leaves at worst both items, never neither.
import type { Item } from '../codec/index.js';
import type { DynamoGateway } from '../client.js';
import type { TableInfo } from '../tableInfo.js';
import { buildDeleteInput } from './delete.js';
import { sameValue } from './equality.js';
import { buildPutInput } from './put.js';
import { sendWrite, type SendResult } from './send.js';
import { tableKeys } from './keys.js';
import type { Built, Failed } from './types.js';

export interface SaveAsNew { ok: true; put: Built<'PutItem'>; delete?: Built<'DeleteItem'> }

export function buildSaveAsNewInputs(
  info: TableInfo, table: string, loaded: Item, edited: Item, options: { deleteOld: boolean },
): SaveAsNew | Failed {
  const sameKey = tableKeys(info).every((k) => {
    const a = loaded[k.name];
    const b = edited[k.name];
    return Object.hasOwn(loaded, k.name) && Object.hasOwn(edited, k.name) && sameValue(a!, b!);
  });
  if (info.partitionKey && sameKey) {
    return { ok: false, errors: [{ field: 'item', message: 'the key is unchanged: save it as an edit of this item instead' }] };
  }
  const put = buildPutInput(info, table, edited);
  const del = options.deleteOld ? buildDeleteInput(info, table, loaded, { onlyIfUnchanged: true }) : undefined;
  const errors = [...(put.ok ? [] : put.errors), ...(del && !del.ok ? del.errors : [])];
  if (!put.ok || (del && !del.ok)) return { ok: false, errors };
  return { ok: true, put, ...(del ? { delete: del } : {}) };
}

export interface SaveAsNewResult {
  put: SendResult;
  /** undefined when no delete was asked for, or the put failed so the old item was kept */
  delete?: SendResult;
}

export async function sendSaveAsNew(gateway: Pick<DynamoGateway, 'call'>, built: SaveAsNew, opts: { signal?: AbortSignal } = {}): Promise<SaveAsNewResult> {
  const put = await sendWrite(gateway, built.put, opts);
  if (!put.ok || !built.delete) return { put };
  return { put, delete: await sendWrite(gateway, built.delete, opts) };
}
