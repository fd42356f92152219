/**
 * Indented JSON that keeps small values on one line (`{ "N": "1999" }`,
 * `"genres": ["Drama", "Comedy"]`) so an item reads like the AWS console's JSON
 * view; anything nested or long is indented by two spaces. Leaves go through
 * lossless-json, so LosslessNumber values print as their exact text.
 */
import { isLosslessNumber, stringify } from 'lossless-json';

const LINE_WIDTH = 80;

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !isLosslessNumber(v);
}

function isEmpty(v: object): boolean {
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

function children(v: object): unknown[] {
  return Array.isArray(v) ? v : Object.values(v);
}

const isFlat = (v: unknown): boolean => !isContainer(v) || isEmpty(v);

/** `{ "S": "..." }` however long; flat collections only while the line stays short. */
function oneLine(v: object, indent: string): string | undefined {
  const kids = children(v);
  const kidsFlat = kids.every((c) => isFlat(c) || (Array.isArray(c) && c.every(isFlat)));
  if (!kidsFlat) return undefined;
  const text = inline(v);
  const singleLeaf = !Array.isArray(v) && kids.length === 1 && !isContainer(kids[0]);
  return singleLeaf || indent.length + text.length <= LINE_WIDTH ? text : undefined;
}

function leaf(v: unknown): string {
  return stringify(v) ?? 'null';
}

function inline(v: unknown): string {
  if (!isContainer(v)) return leaf(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (isEmpty(v)) return '{}';
  return `{ ${Object.entries(v).map(([k, c]) => `${JSON.stringify(k)}: ${inline(c)}`).join(', ')} }`;
}

function pretty(v: unknown, indent: string): string {
  if (!isContainer(v) || isEmpty(v)) return inline(v);
  const short = oneLine(v, indent);
  if (short !== undefined) return short;
  const inner = indent + '  ';
  if (Array.isArray(v)) return `[\n${v.map((c) => inner + pretty(c, inner)).join(',\n')}\n${indent}]`;
  const lines = Object.entries(v).map(([k, c]) => `${inner}${JSON.stringify(k)}: ${pretty(c, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

export function printJson(v: unknown, compact: boolean): string {
  return compact ? (stringify(v) ?? 'null') : pretty(v, '');
}
