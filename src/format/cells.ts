/**
 * One grid cell per attribute value, on one line and at most `maxWidth` columns.
 *
 * Conventions (the `kind` carries the type to the view, which colours it, so the
 * bool `true` and the string "true" look different):
 * - string: raw, control characters escaped (`\n`, `\x1b`); the empty string is `""`
 *   (kind `empty`); a missing attribute is blank (kind `missing`)
 * - number: the stored text, never through a JS double; align right
 * - binary: `b64:` + base64 (`b64:AAEC…`)
 * - sets: braces, elements in their own syntax: `{"a", "b"}` (SS), `{1, 2.5}` (NS),
 *   `{b64:AQ==, b64:Ag==}` (BS)
 * - map: `{name: "x", n: 1}`; list: `["a", 1, NULL]`; nested strings are quoted
 * - NULL: `NULL`; BOOL: `true` / `false`
 * A cut text ends in `…`.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { toBase64 } from '../dynamo/codec/base64.js';
import { attributeOf, typeOf, type Item } from '../dynamo/codec/types.js';
import { escapeForDisplay, headFor, quoteForDisplay } from './escape.js';
import { displayWidth, ELLIPSIS, truncateToWidth } from './width.js';

export type CellKind = 'string' | 'empty' | 'number' | 'binary' | 'bool' | 'null' | 'set' | 'map' | 'list' | 'missing';

export interface Cell {
  text: string;
  kind: CellKind;
  align: 'left' | 'right';
}

const KIND: Record<ReturnType<typeof typeOf>, CellKind> = {
  S: 'string', N: 'number', B: 'binary', SS: 'set', NS: 'set', BS: 'set', M: 'map', L: 'list', NULL: 'null', BOOL: 'bool',
};

const BARE_KEY = /^[\p{L}\p{N}_$-]+$/u;

function binaryText(bytes: Uint8Array, columns: number): string {
  // Encoding more than fits would only be cut off again.
  const enough = Number.isFinite(columns) ? Math.ceil((columns * 3) / 4) + 3 : bytes.length;
  return `b64:${toBase64(bytes.subarray(0, enough))}${bytes.length > enough ? ELLIPSIS : ''}`;
}

function stringText(s: string, columns: number, quoted: boolean): string {
  const { head, clipped } = headFor(s, columns);
  return (quoted ? quoteForDisplay(head) : escapeForDisplay(head)) + (clipped ? ELLIPSIS : '');
}

/** Joins parts until they overflow `columns`; the caller's final cut adds the `…`. */
function collection<T>(open: string, items: readonly T[], close: string, columns: number, show: (x: T, room: number) => string): string {
  let out = open;
  let used = displayWidth(open);
  for (const [i, x] of items.entries()) {
    if (used > columns) return out;
    const part = (i === 0 ? '' : ', ') + show(x, columns - used);
    out += part;
    used += displayWidth(part);
  }
  return out + close;
}

function keyText(k: string): string {
  return BARE_KEY.test(k) ? k : quoteForDisplay(k);
}

/** A value inside a collection: strings quoted so `"a, b"` stays one element. */
function nested(av: AttributeValue, columns: number, topLevel = false): string {
  switch (typeOf(av)) {
    case 'S': return stringText(av.S!, columns, !topLevel);
    case 'N': return av.N!;
    case 'B': return binaryText(av.B!, columns);
    case 'NULL': return 'NULL';
    case 'BOOL': return av.BOOL ? 'true' : 'false';
    case 'SS': return collection('{', av.SS!, '}', columns, (s, room) => stringText(s, room, true));
    case 'NS': return collection('{', av.NS!, '}', columns, (n) => n);
    case 'BS': return collection('{', av.BS!, '}', columns, (b, room) => binaryText(b, room));
    case 'L': return collection('[', av.L!, ']', columns, (v, room) => nested(v, room));
    case 'M':
      return collection('{', Object.entries(av.M!), '}', columns, ([k, v], room) => {
        const key = `${keyText(k)}: `;
        return key + nested(v, room - displayWidth(key));
      });
  }
}

/** `av` undefined means the row has no such attribute. */
export function formatCell(av: AttributeValue | undefined, maxWidth: number): Cell {
  if (av === undefined) return { text: '', kind: 'missing', align: 'left' };
  const type = typeOf(av);
  const kind: CellKind = type === 'S' && av.S === '' ? 'empty' : KIND[type];
  const full = kind === 'empty' ? '""' : nested(av, maxWidth, true);
  return { text: truncateToWidth(full, maxWidth), kind, align: kind === 'number' ? 'right' : 'left' };
}

/** The cell for `row[column]`; use this rather than indexing, see attributeOf. */
export function formatRowCell(row: Item, column: string, maxWidth: number): Cell {
  return formatCell(attributeOf(row, column), maxWidth);
}
