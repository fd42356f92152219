// Edit = the smallest UpdateItem that turns the loaded item into the edited one: SET the
// top-level attributes that changed or were added, REMOVE those removed, nothing else, so a
// concurrent change to any other attribute is kept. The guard refuses to overwrite a change
// made after loading: the item still exists, and each attribute written still holds its
// loaded value (or is still absent), AND the user's condition.
import type { UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import { attributeOf, type Item } from '../codec/index.js';
import type { Update } from '../expressions/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose, comparedWholeField } from './compose.js';
import { sameValue } from './equality.js';
import { attributeExists, literal, pathOf } from './guard.js';
import { indexKeyErrors, schemaError, tableKeys } from './keys.js';
import type { Built, Failed, FieldError, UserCondition } from './types.js';
import { attributeErrors, definedAttributes, sizeError } from './validate.js';

export type EditResult =
  | (Built<'UpdateItem'> & { changed: string[]; removed: string[] })
  | { ok: true; noChange: true }
  | Failed;

/** What an edit changes: attributes set (changed or added) and removed, by DynamoDB equality. */
export function editChanges(loaded: Item, edited: Item): { changed: string[]; removed: string[] } {
  const changed = Object.keys(edited).filter((n) => {
    const before = attributeOf(loaded, n);
    return before === undefined || !sameValue(before, edited[n]!);
  });
  const removed = Object.keys(loaded).filter((n) => !Object.hasOwn(edited, n));
  return { changed, removed };
}

export function buildEditInput(
  info: TableInfo, table: string, loadedItem: Item, editedItem: Item, userCondition?: UserCondition,
): EditResult {
  const loaded = definedAttributes(loadedItem);
  const edited = definedAttributes(editedItem);
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const keyNames = tableKeys(info).map((k) => k.name);
  const errors: FieldError[] = [];
  for (const name of keyNames) {
    const before = attributeOf(loaded, name);
    const after = attributeOf(edited, name);
    if (before && after && sameValue(before, after)) continue;
    errors.push({
      field: name, attribute: name,
      message: before
        ? `${name} is part of the key, which an edit cannot change: save as a new item (and optionally delete this one)`
        : `the loaded item has no ${name}, so it cannot be addressed; reload it`,
    });
  }
  if (errors.length) return { ok: false, errors };

  const { changed, removed } = editChanges(loaded, edited);
  if (changed.length === 0 && removed.length === 0) return { ok: true, noChange: true };
  errors.push(...attributeErrors(edited, changed), ...indexKeyErrors(info, edited, changed));
  const tooBig = sizeError(edited);
  if (tooBig) errors.push(tooBig);
  if (errors.length) return { ok: false, errors };

  const update: Update = {
    type: 'update',
    clauses: [
      ...(changed.length ? [{ type: 'SET' as const, pos: 0, actions: changed.map((n) => ({ path: pathOf([n]), value: literal(edited[n]!) })) }] : []),
      ...(removed.length ? [{ type: 'REMOVE' as const, pos: 0, paths: removed.map((n) => pathOf([n])) }] : []),
    ],
  };
  const unchanged = [...changed, ...removed].map((name) => {
    const before = attributeOf(loaded, name);
    return before === undefined ? { name } : { name, loaded: before };
  });
  const composed = compose({
    pre: [attributeExists([info.partitionKey!.name])],
    unchanged,
    user: userCondition,
    update,
    limitField: 'item',
  });
  if (!composed.ok) return composed;
  const key = itemKey(info, loaded);
  const input: UpdateItemCommandInput = { TableName: table, Key: key, ...composed.parts, ReturnValues: 'ALL_NEW' };
  return {
    ok: true,
    operation: 'UpdateItem',
    input,
    guard: { key, item: 'exists', unchanged, ...comparedWholeField(composed.comparedWhole), userCondition: !!userCondition?.text.trim() },
    // The attributes written hold the edited values, those removed are gone; the rest is
    // not this write's business (a concurrent change there is kept).
    expect: { kind: 'attributes', values: [...changed.map((n) => ({ path: [n], value: edited[n]! })), ...removed.map((n) => ({ path: [n] }))] },
    changed,
    removed,
  };
}
