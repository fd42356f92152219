// The optional names field of the read form: `{"#y": "year"}` for explicit #placeholders.
// Automatic escaping makes it unnecessary in practice; it exists so that an expression
// copied from elsewhere (the AWS docs, another tool, our own "show the request") can be
// pasted as is.
import { isLosslessNumber, parse } from 'lossless-json';
import type { ExprError } from '../expressions/index.js';
import { PLACEHOLDER_BODY } from '../expressions/names.js';

export type NamesFieldResult = { ok: true; names: Record<string, string> } | { ok: false; error: ExprError };

export function parseNamesField(text: string): NamesFieldResult {
  if (text.trim() === '') return { ok: true, names: {} };
  let doc: unknown;
  try {
    // lossless-json, unlike JSON.parse, refuses a duplicate key instead of keeping the last.
    doc = parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = /\s*(?:at|encountered at) position (\d+)\s*$/.exec(message);
    const position = m ? Math.min(Number(m[1]), text.length) : 0;
    return fail(`invalid JSON: ${m ? message.slice(0, m.index) : message}`, position);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || isLosslessNumber(doc)) {
    return fail('the names field is a JSON object such as {"#y": "year"}', Math.max(0, text.search(/\S/)));
  }
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(doc)) {
    const at = Math.max(0, text.indexOf(JSON.stringify(key)));
    if (!key.startsWith('#') || !PLACEHOLDER_BODY.test(key.slice(1))) {
      return fail(`${JSON.stringify(key)}: a name placeholder is "#" then letters, digits or _`, at);
    }
    if (typeof value !== 'string' || value === '') {
      return fail(`${key}: the attribute name is a non-empty string`, at);
    }
    names[key] = value;
  }
  return { ok: true, names };
}

const fail = (message: string, position: number): NamesFieldResult => ({
  ok: false,
  error: { message: `${message} at ${position}`, position },
});
