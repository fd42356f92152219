/**
 * Plain JSON for people: `{"year": 1999, "genres": ["Drama"], "poster": "AAEC"}`.
 *
 * Exact both ways. Numbers are printed and read as their text (lossless-json), never
 * through a JS double. Printing: S -> string, N -> number, BOOL -> boolean,
 * NULL -> null, M -> object, L -> array, SS/NS/BS -> array, B -> base64 string.
 * Reading takes the loaded item as a type template, so an array that was a set
 * stays that set and a string that was binary is decoded from base64 again (see
 * plainJsonRead.ts). Without a template: number -> N, string -> S, boolean -> BOOL,
 * null -> NULL, array -> L, object -> M. To choose a type on purpose, wrap the
 * value: `{"$SS": ["a"]}`, `{"$NS": [1, 2]}`, `{"$BS": ["AAEC"]}`, `{"$B": "AAEC"}`,
 * `{"$S": "AAEC"}`, `{"$L": ["a"]}`, ... (every type has `$` + its name).
 * A real map whose only key looks like a wrapper prints as `{"$M": {...}}`.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { LosslessNumber } from 'lossless-json';
import { toBase64 } from './base64.js';
import { CodecError, type PathSegment } from './errors.js';
import { describeJson, isJsonObject, parseJsonText } from './jsonText.js';
import { toJsonNumberText } from './number.js';
import { printJson } from './prettyJson.js';
import { fromPlainJsonObject, fromPlainJsonValue } from './plainJsonRead.js';
import { typeOf, type Item } from './types.js';
import { asWrapper, wrap } from './wrappers.js';

export { fromPlainJsonObject, fromPlainJsonValue } from './plainJsonRead.js';

export interface PlainJsonPrintOptions {
  /** one line, no spaces; default is indented by two spaces */
  compact?: boolean;
  /**
   * Wrap the values plain JSON cannot tell apart (B, SS, NS, BS) as `{"$B": ...}`,
   * so the text reads back exactly without the loaded item (exports, clipboard).
   */
  explicitTypes?: boolean;
}

type Path = readonly PathSegment[];

function jsonNumber(text: string, path: Path): LosslessNumber {
  const json = toJsonNumberText(text);
  if (json === undefined) throw new CodecError(`${JSON.stringify(text)} is not a number`, { path });
  return new LosslessNumber(json);
}

/** The JSON value (numbers as LosslessNumber) for callers that write their own JSON. */
export function toPlainJsonValue(av: AttributeValue, options: PlainJsonPrintOptions = {}, path: Path = []): unknown {
  const explicit = options.explicitTypes ?? false;
  const tag = (type: 'B' | 'SS' | 'NS' | 'BS', v: unknown) => (explicit ? wrap(type, v) : v);
  switch (typeOf(av)) {
    case 'S': return av.S;
    case 'N': return jsonNumber(av.N!, path);
    case 'B': return tag('B', toBase64(av.B!));
    case 'SS': return tag('SS', [...av.SS!]);
    case 'NS': return tag('NS', av.NS!.map((n, i) => jsonNumber(n, [...path, i])));
    case 'BS': return tag('BS', av.BS!.map(toBase64));
    case 'NULL': return null;
    case 'BOOL': return av.BOOL;
    case 'L': return av.L!.map((c, i) => toPlainJsonValue(c, options, [...path, i]));
    case 'M': {
      const obj = toPlainJsonObject(av.M!, options, path);
      return asWrapper(obj) ? wrap('M', obj) : obj;
    }
  }
}

export function toPlainJsonObject(item: Item, options: PlainJsonPrintOptions = {}, path: Path = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, toPlainJsonValue(v, options, [...path, k])]));
}

export function itemToPlainJson(item: Item, options: PlainJsonPrintOptions = {}): string {
  return printJson(toPlainJsonObject(item, options), options.compact ?? false);
}

export function valueToPlainJson(av: AttributeValue, options: PlainJsonPrintOptions = {}): string {
  return printJson(toPlainJsonValue(av, options), options.compact ?? false);
}

/** `template` is the item as loaded (or undefined for a new item). */
export function plainJsonToItem(text: string, template?: Item): Item {
  const v = parseJsonText(text);
  if (!isJsonObject(v)) throw new CodecError(`an item is an object of attributes such as {"id": "a"}, got ${describeJson(v)}`);
  return fromPlainJsonObject(v, template);
}

export function plainJsonToValue(text: string, template?: AttributeValue): AttributeValue {
  return fromPlainJsonValue(parseJsonText(text), template);
}
