// CSV cells, typed by the header: `year:N`, `tags:SS`, `poster:B`. A column without a
// type holds strings. A cell that is empty and unquoted means "no attribute"; `""` is
// the empty string. Cell text per type:
//   S       the text itself            N     the number's exact text      B/BS  base64
//   BOOL    true | false               NULL  null
//   SS NS BS  a JSON array: ["a","b"]  [1, 2.5]  ["AAEC"]
//   L M     plain JSON with $-wrappers for sets and binary (as in a jsonl export)
//   ddb     one DynamoDB JSON value: {"N": "1"} (columns whose type varies by item)
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  CodecError, fromDdbJsonValue, fromPlainJsonValue, toBase64, toDdbJsonValue, toPlainJsonValue, typeOf,
  type AttrType,
} from '../dynamo/codec/index.js';
import { parseJsonText } from '../dynamo/codec/jsonText.js';
import { number, binary } from '../dynamo/codec/checks.js';
import { compactJson } from './serialize.js';

export type ColumnType = AttrType | 'ddb';
export const COLUMN_TYPES: readonly ColumnType[] = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL', 'ddb'];

export interface Column { name: string; type: ColumnType }

/** `name:TYPE` splits at the last colon when TYPE is a column type; else all is the name. */
export function parseHeaderCell(cell: string): Column {
  const at = cell.lastIndexOf(':');
  const type = cell.slice(at + 1);
  if (at > 0 && (COLUMN_TYPES as readonly string[]).includes(type)) return { name: cell.slice(0, at), type: type as ColumnType };
  return { name: cell, type: 'S' };
}

/** Always typed, so a name that itself ends in `:N` reads back whole. */
export function headerCell(column: Column): string {
  return `${column.name}:${column.type}`;
}

const WRAPPERS: Partial<Record<AttrType, string>> = { SS: '$SS', NS: '$NS', BS: '$BS' };

export function encodeCell(av: AttributeValue, type: ColumnType): string {
  if (type === 'ddb') return JSON.stringify(toDdbJsonValue(av));
  switch (typeOf(av)) {
    case 'S': return av.S!;
    case 'N': return av.N!;
    case 'B': return toBase64(av.B!);
    case 'BOOL': return av.BOOL ? 'true' : 'false';
    case 'NULL': return 'null';
    case 'SS': case 'NS': case 'BS': {
      // The wrapper decides the type; the cell holds only the array.
      const wrapped = toPlainJsonValue(av, { explicitTypes: true }) as Record<string, unknown>;
      return compactJson(wrapped[WRAPPERS[typeOf(av)]!]);
    }
    case 'L': case 'M': return compactJson(toPlainJsonValue(av, { explicitTypes: true }));
  }
}

/** Throws CodecError with a reason a person can fix. */
export function decodeCell(text: string, column: Column): AttributeValue {
  const path = [column.name];
  switch (column.type) {
    case 'S': return { S: text };
    case 'N': return { N: number(text.trim(), path) };
    case 'B': return { B: binary(text.trim(), path) };
    case 'BOOL':
      if (text.trim() === 'true' || text.trim() === 'false') return { BOOL: text.trim() === 'true' };
      throw new CodecError(`a BOOL cell is true or false, got ${JSON.stringify(text)}`, { path });
    case 'NULL':
      if (text.trim() === 'null' || text.trim() === 'true') return { NULL: true };
      throw new CodecError(`a NULL cell is null, got ${JSON.stringify(text)}`, { path });
    case 'ddb': return fromDdbJsonValue(parseJsonText(text), path);
    case 'SS': case 'NS': case 'BS': case 'L': case 'M': {
      const json = parseJsonText(text);
      const wrapped = column.type === 'L' || column.type === 'M' ? json : { [`$${column.type}`]: json };
      const av = fromPlainJsonValue(wrapped, undefined, path);
      if (typeOf(av) !== column.type) {
        throw new CodecError(`the column is ${column.type}, the cell holds ${typeOf(av)}`, { path });
      }
      return av;
    }
  }
}

