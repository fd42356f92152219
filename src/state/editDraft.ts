// The edit form's model: one row per top-level attribute, its value as exact plain JSON
// text (strings in quotes, numbers as typed, sets as arrays, binary as base64), and the
// way back to an item. Reading a row keeps the loaded type (a set stays a set) unless
// the row's type was changed on purpose.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ATTR_TYPES, plainJsonToValue, typeOf, valueToPlainJson, type AttrType, type Item } from '../dynamo/codec/index.js';

export interface DraftRow {
  name: string;
  type: AttrType;
  text: string;
  loaded?: AttributeValue;
  removed: boolean;
  key: boolean;
}

export interface EditDraft {
  rows: DraftRow[];
  newName: string;
  newType: AttrType;
  newText: string;
  condition: string;
  values: string;
  /** explicit #names for the condition (JSON), as in the other forms */
  names?: string;
}

/** Text a person edits for a value of this type when there is none yet. */
export const blankText: Record<AttrType, string> = {
  S: '""', N: '0', B: '""', SS: '[]', NS: '[]', BS: '[]', M: '{}', L: '[]', NULL: 'null', BOOL: 'false',
};

export function draftFromItem(item: Item | undefined, keys: { name: string; type: string }[]): EditDraft {
  const keyNames = new Set(keys.map((k) => k.name));
  const rows: DraftRow[] = keys.map((k) => {
    const av = item?.[k.name];
    const type = (av ? typeOf(av) : k.type) as AttrType;
    return { name: k.name, type, text: av ? valueToPlainJson(av, { compact: true }) : blankText[type], loaded: av, removed: false, key: true };
  });
  for (const [name, av] of Object.entries(item ?? {})) {
    if (keyNames.has(name)) continue;
    rows.push({ name, type: typeOf(av), text: valueToPlainJson(av, { compact: true }), loaded: av, removed: false, key: false });
  }
  return { rows, newName: '', newType: 'S', newText: '', condition: '', values: '', names: '' };
}

export function nextType(t: AttrType): AttrType {
  return ATTR_TYPES[(ATTR_TYPES.indexOf(t) + 1) % ATTR_TYPES.length];
}

/** One row's text as a value of the row's type; a type other than the loaded one is read
 * through the codec's explicit-type wrapper, so `["a"]` as SS is a set, not a list. */
export function readRow(row: Pick<DraftRow, 'type' | 'text' | 'loaded'>): AttributeValue {
  const sameType = row.loaded && typeOf(row.loaded) === row.type;
  let av: AttributeValue;
  try {
    av = sameType ? plainJsonToValue(row.text, row.loaded) : plainJsonToValue(`{"$${row.type}": ${row.text}}`);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).replace(/^\(item\): /, '');
    // The wrapper shifts columns; the useful news is what to write.
    if (/invalid JSON/i.test(message)) throw new Error(`not ${describeType(row.type)}: values are JSON, strings in quotes ("abc")`);
    throw new Error(message);
  }
  if (typeOf(av) !== row.type) {
    // What the user typed wins over the template, so a string typed over a number reads as S.
    throw new Error(`expected ${describeType(row.type)}, read ${describeType(typeOf(av))}`);
  }
  return av;
}

function describeType(t: AttrType): string {
  const names: Record<AttrType, string> = {
    S: 'a string in quotes', N: 'a number', B: 'base64 text in quotes', SS: 'an array of strings', NS: 'an array of numbers',
    BS: 'an array of base64 strings', M: 'an object', L: 'an array', NULL: 'null', BOOL: 'true or false',
  };
  return `${names[t]} (${t})`;
}

/** The item the draft describes, or the errors by row name. */
export function draftToItem(draft: EditDraft): { ok: true; item: Item } | { ok: false; errors: Record<string, string> } {
  const item: Item = {};
  const errors: Record<string, string> = {};
  for (const row of draft.rows) {
    if (row.removed) continue;
    try {
      item[row.name] = readRow(row);
    } catch (err) {
      errors[row.name] = err instanceof Error ? err.message : String(err);
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, item };
}
