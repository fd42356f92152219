// Undo of a journaled write: put the item back as it was before (PutItem of the before
// image), or delete it when there was none, only if it is still exactly as the write left
// it. The condition names every attribute of the after image with its value (maps and
// lists part by part, as for a delete) and attribute_not_exists for each attribute the
// before image has and the after image does not (the put would bring it back; if someone
// added it since, it is theirs). An attribute someone added under another name cannot be
// named in advance: the caller compares the whole item first (unchangedSince), and
// ReturnValues ALL_OLD brings back what was replaced. Pure: nothing is sent here.
import type { DeleteItemCommandInput, PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { Item } from '../codec/index.js';
import type { TableInfo } from '../tableInfo.js';
import { compose, comparedWholeField } from './compose.js';
import { diffItems, sameItem, type AttributeDiff } from './equality.js';
import { attributeExists, attributeNotExists } from './guard.js';
import { isTableKey, schemaError } from './keys.js';
import type { Built, Failed, GuardedAttribute } from './types.js';

export interface UndoImages { key: Item; before?: Item; after?: Item }

/** Whether the item as it is now is still what the write left; if not, how it differs. */
export function unchangedSince(after: Item | undefined, now: Item | undefined): { ok: true } | { ok: false; diff: AttributeDiff[] } {
  if (!after) return now ? { ok: false, diff: diffItems({}, now) } : { ok: true };
  if (!now) return { ok: false, diff: diffItems(after, {}) };
  return sameItem(after, now) ? { ok: true } : { ok: false, diff: diffItems(after, now) };
}

export function buildUndoInput(info: TableInfo, table: string, images: UndoImages): Built<'PutItem'> | Built<'DeleteItem'> | Failed {
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const { key, before, after } = images;
  if (!before && !after) return { ok: false, errors: [{ field: 'item', message: 'the journal entry has neither a before nor an after image: nothing to undo' }] };
  const pk = info.partitionKey!.name;
  const unchanged: GuardedAttribute[] = [
    ...Object.entries(after ?? {}).filter(([n]) => !isTableKey(info, n)).map(([name, loaded]) => ({ name, loaded })),
    ...Object.keys(before ?? {}).filter((n) => !isTableKey(info, n) && !(after && Object.hasOwn(after, n))).map((name) => ({ name })),
  ];
  const composed = compose({
    pre: [after ? attributeExists([pk]) : attributeNotExists([pk])],
    unchanged: after ? unchanged : [],
    limitField: 'item',
  });
  if (!composed.ok) return composed;
  const guard = {
    key, item: after ? 'exists' as const : 'absent' as const, unchanged: after ? unchanged : [],
    ...comparedWholeField(composed.comparedWhole), userCondition: false,
  };
  if (before) {
    const input: PutItemCommandInput = { TableName: table, Item: before, ...composed.parts, ReturnValues: 'ALL_OLD' };
    return { ok: true, operation: 'PutItem', input, guard, expect: { kind: 'item', item: before } };
  }
  const input: DeleteItemCommandInput = { TableName: table, Key: key, ...composed.parts, ReturnValues: 'ALL_OLD' };
  return { ok: true, operation: 'DeleteItem', input, guard, expect: { kind: 'absent' } };
}
