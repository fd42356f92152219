// Delete = DeleteItem of the loaded item's key, refused if the item is gone, AND (on by
// default) only if it is unchanged since loaded, AND the user's condition.
//
// What "unchanged" can mean: a condition expression only tests paths it names, so the guard
// names every loaded attribute and requires each to hold its loaded value (maps and lists
// compared part by part, their size() included, so a map or list cannot have gained an
// element). An attribute added after loading is not caught: no function applies to the
// whole item (size() takes a path, there is no attribute count or item size), and the
// names an unknown writer might add cannot be listed in advance. The request therefore
// asks for ReturnValues ALL_OLD: the deleted item comes back, and diffItems(loaded, old)
// shows anything that was added, so it is reported rather than lost unseen (and could be
// put back).
import type { DeleteItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { Item } from '../codec/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose, comparedWholeField } from './compose.js';
import { attributeExists } from './guard.js';
import { isTableKey, keyErrors, schemaError } from './keys.js';
import type { Built, Failed, GuardedAttribute, UserCondition } from './types.js';
import { definedAttributes } from './validate.js';

export interface DeleteOptions {
  /** refuse if any loaded attribute changed since loading; default true */
  onlyIfUnchanged?: boolean;
  userCondition?: UserCondition;
}

export function buildDeleteInput(info: TableInfo, table: string, loaded: Item, options: DeleteOptions = {}): Built<'DeleteItem'> | Failed {
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const badKey = keyErrors(info, loaded);
  if (badKey.length) return { ok: false, errors: badKey };
  const onlyIfUnchanged = options.onlyIfUnchanged ?? true;
  // The key attributes are what the request addresses: they cannot differ.
  const unchanged: GuardedAttribute[] = onlyIfUnchanged
    ? Object.entries(definedAttributes(loaded)).filter(([name]) => !isTableKey(info, name)).map(([name, value]) => ({ name, loaded: value }))
    : [];
  const composed = compose({
    pre: [attributeExists([info.partitionKey!.name])],
    unchanged,
    user: options.userCondition,
    limitField: 'item',
  });
  if (!composed.ok) {
    if (!onlyIfUnchanged) return composed;
    const hint = ': the item has too many attributes to check them all in one condition; turn "only if unchanged" off to delete it';
    return { ok: false, errors: composed.errors.map((e) => (e.field === 'item' ? { ...e, message: e.message + hint } : e)) };
  }
  const key = itemKey(info, loaded);
  const input: DeleteItemCommandInput = { TableName: table, Key: key, ...composed.parts, ReturnValues: 'ALL_OLD' };
  return {
    ok: true,
    operation: 'DeleteItem',
    input,
    guard: { key, item: 'exists', unchanged, ...comparedWholeField(composed.comparedWhole), userCondition: !!options.userCondition?.text.trim() },
    expect: { kind: 'absent' },
  };
}
