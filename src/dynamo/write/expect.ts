// Reading the item after a write whose outcome is in doubt: does it hold what the write
// leaves (its Expectation), or still what the guard required before it? Pure.
//
// "Not applied" is only concluded when the two cannot both be true: the write changes
// something the guard pins to its loaded value (an edit's changed attributes, the counter,
// a put onto an absent key, a delete of a present item). A write whose guard pins nothing
// it changes (a put that may overwrite, an unguarded update) leaves an item that could be
// either, so then the outcome is reported as unknown rather than guessed.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { attributeOf, type Item, type PathSegment } from '../codec/index.js';
import { sameItem, sameValue } from './equality.js';
import type { Expectation, WriteGuard } from './types.js';

export function valueAt(item: Item, path: readonly PathSegment[]): AttributeValue | undefined {
  let v: AttributeValue | undefined = { M: item };
  for (const seg of path) {
    if (typeof seg === 'number') v = v?.L?.[seg];
    else v = v?.M ? attributeOf(v.M, seg) : undefined;
    if (!v) return undefined;
  }
  return v;
}

const same = (a: AttributeValue | undefined, b: AttributeValue | undefined) =>
  a === undefined ? b === undefined : b !== undefined && sameValue(a, b);

/** The item (undefined = none) is exactly as the write leaves it, for the paths it names. */
export function holdsExpectation(expect: Expectation, now: Item | undefined): boolean {
  switch (expect.kind) {
    case 'item': return now !== undefined && sameItem(expect.item, now);
    case 'absent': return now === undefined;
    case 'attributes': return now !== undefined && expect.values.every((e) => same(e.value, valueAt(now, e.path)));
    case 'unknown': return false;
  }
}

/** The item is as the guard required before the write (the user's condition aside). */
export function guardHolds(guard: WriteGuard, now: Item | undefined): boolean {
  if (guard.item === 'absent') return now === undefined;
  if (!now) return guard.item === 'any' && guard.unchanged.length === 0 && !guard.number;
  if (!guard.unchanged.every((g) => same(g.loaded, attributeOf(now, g.name)))) return false;
  if (!guard.number) return true;
  const value = valueAt(now, guard.number.path);
  if (value?.N === undefined) return false;
  return guard.number.loaded === undefined || sameValue(value, { N: guard.number.loaded });
}

/** No item can satisfy both the guard and the expectation: seeing one rules out the other. */
export function guardExcludesExpectation(guard: WriteGuard, expect: Expectation): boolean {
  switch (expect.kind) {
    case 'absent': return guard.item === 'exists';
    case 'item':
      return guard.item === 'absent' || guard.unchanged.some((g) => !same(g.loaded, attributeOf(expect.item, g.name)));
    case 'attributes':
      return expect.values.some((e) => {
        if (guard.number && guard.number.loaded !== undefined && samePath(e.path, guard.number.path)) {
          return !same({ N: guard.number.loaded }, e.value);
        }
        const g = e.path.length === 1 ? guard.unchanged.find((u) => u.name === e.path[0]) : undefined;
        return g !== undefined && !same(g.loaded, e.value);
      });
    case 'unknown': return false;
  }
}

const samePath = (a: readonly PathSegment[], b: readonly PathSegment[]) => a.length === b.length && a.every((s, i) => s === b[i]);
