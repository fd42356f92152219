// The update form: a free UpdateExpression with an optional condition. It acts on the item
// that is open and never creates one, so it requires the item to exist (UpdateItem would
// otherwise "upsert" a new item holding only the key and the update).
//
// A free update need not be safe to apply twice (`ADD views :one`, `SET l = list_append(l,
// :x)`), and the SDK resends a write whose answer was lost. So by default (onlyIfUnchanged)
// every top-level attribute the expression writes or reads must still hold its loaded value
// (or still be absent), as an edit's guard does: a resend then fails its condition instead
// of applying twice, and what the write leaves can be worked out from the loaded item
// (evaluateUpdate), for sendWrite to recognise on re-reading.
import type { UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import { attributeOf as attributeIn, type Item } from '../codec/index.js';
import { attributeOf, evaluateUpdate, parseExpression, updatePaths, type Path, type Update } from '../expressions/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose, comparedWholeField } from './compose.js';
import { attributeExists } from './guard.js';
import { isTableKey, keyErrors, schemaError } from './keys.js';
import type { Built, Expectation, Failed, GuardedAttribute } from './types.js';
import { readFields } from './userFields.js';
import { definedAttributes } from './validate.js';

export interface UpdateOptions {
  /** refuse if an attribute the expression writes or reads changed since loading; default true */
  onlyIfUnchanged?: boolean;
}

export function buildUpdateExpressionInput(
  info: TableInfo, table: string, loadedItem: Item, updateText: string,
  conditionText?: string, valuesText?: string, namesText?: string, options: UpdateOptions = {},
): Built<'UpdateItem'> | Failed {
  const early = keyProblems(info, loadedItem);
  if (early) return early;
  if (updateText.trim() === '') {
    return { ok: false, errors: [{ field: 'update', message: 'enter an update expression, such as SET info.rating = 7.5', position: 0 }] };
  }
  const loaded = definedAttributes(loadedItem);
  const onlyIfUnchanged = options.onlyIfUnchanged ?? true;
  // Parsed here as well as in compose, which reports any error in these fields; until
  // they read, there is nothing to guard or evaluate.
  const parsed = parseExpression('update', updateText);
  const fields = readFields({ text: '', values: valuesText, names: namesText });
  const ast = parsed.ok && fields.ok ? parsed.ast : undefined;
  const refs = fields.ok ? { names: fields.names, values: fields.values } : undefined;
  const touched = ast && refs ? topLevelNames(ast, refs.names).filter((n) => !isTableKey(info, n)) : [];
  const unchanged: GuardedAttribute[] = onlyIfUnchanged
    ? touched.map((name) => { const v = attributeIn(loaded, name); return v === undefined ? { name } : { name, loaded: v }; })
    : [];

  const composed = compose({
    pre: [attributeExists([info.partitionKey!.name])],
    unchanged,
    user: { text: conditionText ?? '', values: valuesText, names: namesText },
    updateText,
    checkUpdate: (u, alloc) => {
      for (const path of writtenPaths(u)) {
        const name = attributeOf(path, alloc);
        if (name !== undefined && isTableKey(info, name)) {
          return { field: 'update', position: path.pos, message: `${name} is part of the key, which an update cannot change: save as a new item instead, at ${path.pos}` };
        }
      }
      return undefined;
    },
    limitField: 'update',
  });
  if (!composed.ok) return composed;
  const key = itemKey(info, loaded);
  const input: UpdateItemCommandInput = { TableName: table, Key: key, ...composed.parts, ReturnValues: 'ALL_NEW' };
  return {
    ok: true, operation: 'UpdateItem', input,
    guard: { key, item: 'exists', unchanged, ...comparedWholeField(composed.comparedWhole), userCondition: !!conditionText?.trim() },
    expect: onlyIfUnchanged && ast && refs ? expectation(loaded, ast, refs, touched) : { kind: 'unknown' },
  };
}

// Without the guard, the attributes could hold anything when the write lands, so the
// loaded item says nothing about what it leaves.
function expectation(loaded: Item, ast: Update, refs: Parameters<typeof evaluateUpdate>[2], touched: string[]): Expectation {
  const after = evaluateUpdate(loaded, ast, refs);
  if (!after) return { kind: 'unknown' };
  return { kind: 'attributes', values: touched.map((name) => { const v = attributeIn(after, name); return v === undefined ? { path: [name] } : { path: [name], value: v }; }) };
}

/** The top-level attribute of every path the update names, #names resolved, each once. */
function topLevelNames(u: Update, names: Record<string, string>): string[] {
  const out = new Set<string>();
  for (const p of updatePaths(u)) {
    const first = p.elements[0];
    if (first?.type === 'name') out.add(first.name);
    else if (first?.type === 'nameRef' && Object.hasOwn(names, first.ref)) out.add(names[first.ref]!);
  }
  return [...out];
}

function writtenPaths(u: Update): Path[] {
  return u.clauses.flatMap((c) => (c.type === 'REMOVE' ? c.paths : c.actions.map((a) => a.path)));
}

export function keyProblems(info: TableInfo, item: Item): Failed | undefined {
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const bad = keyErrors(info, item);
  return bad.length ? { ok: false, errors: bad } : undefined;
}
