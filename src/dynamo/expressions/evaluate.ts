/**
 * What an UpdateExpression leaves in an item, computed locally and exactly, so that a write
 * whose answer was lost can be recognised on re-reading: DynamoDB's documented semantics,
 * pure, no I/O. Every SET value is computed from the item as it was; SET into a list past
 * its end appends (several appends in index order); REMOVE of list elements uses the
 * original indices and the rest shift down; ADD adds a number or joins a set; DELETE takes
 * elements out of a set and removes an emptied one.
 *
 * Returns undefined ("unknown") for anything DynamoDB would refuse or whose outcome is not
 * documented: overlapping or conflicting paths, a missing operand or parent, a type
 * mismatch, a number result over 38 digits or out of range, ADD or DELETE below the top
 * level (documented for top-level attributes only), and a REMOVE of a list element next to
 * another action inside the same list (in which order the indices apply is not documented).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { attributeOf, type Item, type PathSegment } from '../codec/index.js';
import type { Path, Update } from './ast.js';
import {
  addValue, CANNOT, cannot, deleteValue, operandValue, resolvePath, setValue, valueIn, type Refs,
} from './evaluateValues.js';

export type { Refs } from './evaluateValues.js';

export function evaluateUpdate(item: Item, update: Update, refs: Refs): Item | undefined {
  try {
    return apply(item, update, refs);
  } catch (err) {
    if (err === CANNOT) return undefined;
    throw err;
  }
}

/** Every path the update names, written or read, in the order typed. */
export function updatePaths(update: Update): Path[] {
  const paths: Path[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string };
    if (n.type === 'path') return void paths.push(node as Path);
    if (n.type !== 'literal') Object.values(node).forEach(visit);
  };
  visit(update.clauses);
  return paths;
}

function apply(item: Item, update: Update, refs: Refs): Item {
  const before: AttributeValue = { M: item };
  const root: AttributeValue = { M: structuredClone(item) };
  const removes: PathSegment[][] = [];
  const sets: { path: PathSegment[]; value: AttributeValue }[] = [];
  const others: { kind: 'ADD' | 'DELETE'; path: PathSegment[]; value: AttributeValue }[] = [];
  for (const clause of update.clauses) {
    if (clause.type === 'REMOVE') removes.push(...clause.paths.map((p) => resolvePath(p, refs)));
    else if (clause.type === 'SET') {
      for (const a of clause.actions) sets.push({ path: resolvePath(a.path, refs), value: setValue(a.value, before, refs) });
    } else {
      for (const a of clause.actions) others.push({ kind: clause.type, path: resolvePath(a.path, refs), value: operandValue(a.value, refs) });
    }
  }
  checkPaths([...sets.map((s) => s.path), ...removes, ...others.map((o) => o.path)], removes);

  // Appends last and in index order, so each lands after the ones before it.
  const last = (p: PathSegment[]) => p[p.length - 1]!;
  const index = (p: PathSegment[]) => (typeof last(p) === 'number' ? (last(p) as number) : -1);
  for (const s of [...sets].sort((a, b) => index(a.path) - index(b.path))) {
    const parent = valueIn(root, s.path.slice(0, -1)) ?? cannot();
    const at = last(s.path);
    if (typeof at === 'string') setOwn(parent.M ?? cannot(), at, s.value);
    else {
      const list = parent.L ?? cannot();
      if (at < list.length) list[at] = s.value;
      else list.push(s.value);
    }
  }
  // List elements from the highest index down, so the original indices stay right.
  for (const path of [...removes].sort((a, b) => index(b) - index(a))) {
    const parent = valueIn(root, path.slice(0, -1)) ?? cannot();
    const at = last(path);
    if (typeof at === 'string') delete (parent.M ?? cannot())[at];
    else (parent.L ?? cannot()).splice(at, 1);
  }
  const top = root.M!;
  for (const o of others) {
    if (o.path.length !== 1) cannot();
    const name = o.path[0] as string;
    const next = o.kind === 'ADD' ? addValue(attributeOf(top, name), o.value) : deleteValue(attributeOf(top, name), o.value);
    if (next) setOwn(top, name, next);
    else delete top[name];
  }
  return top;
}

// Defined, not assigned: an attribute named __proto__ must stay data, not a prototype.
function setOwn(map: Item, name: string, value: AttributeValue): void {
  Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * DynamoDB refuses two paths where one is a prefix of the other (overlap) or where one has
 * a name and the other an index at the same place (conflict); a REMOVE of a list element
 * beside any other action inside that list is not documented.
 */
function checkPaths(paths: PathSegment[][], removes: PathSegment[][]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const [a, b] = [paths[i]!, paths[j]!];
      let k = 0;
      while (k < a.length && k < b.length && a[k] === b[k]) k++;
      if (k === a.length || k === b.length) cannot();
      if (typeof a[k] !== typeof b[k]) cannot();
    }
  }
  for (const r of removes) {
    if (typeof r[r.length - 1] !== 'number') continue;
    const list = r.slice(0, -1);
    const inside = (p: PathSegment[]) => p.length > list.length && list.every((s, i) => p[i] === s);
    const alone = (p: PathSegment[]) => removes.includes(p) && p.length === r.length;
    if (paths.some((p) => p !== r && inside(p) && !alone(p))) cannot();
  }
}
