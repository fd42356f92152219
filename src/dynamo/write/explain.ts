// Which check of a write's condition failed, from its guard and the item as re-read after
// the failure. Pure: sendWrite does the reading.
import { attributeOf, type Item } from '../codec/index.js';
import type { Problem } from '../errors.js';
import { sameValue, type AttributeDiff } from './equality.js';
import { valueAt } from './expect.js';
import type { Expectation, WriteGuard } from './types.js';

export type ConditionFailure = 'unchanged-guard' | 'user-condition' | 'item-missing' | 'item-exists' | 'already-applied' | 'unknown';

export interface Explained { failed: ConditionFailure; diff: AttributeDiff[]; problem: Problem }

/** Which check failed, given the guard and the item as it is now (undefined = gone). Pure. */
export function explainFailure(guard: WriteGuard, now: Item | undefined): Explained {
  const none = { diff: [] as AttributeDiff[] };
  if (guard.item === 'absent') {
    if (now) return { failed: 'item-exists', ...none, problem: PROBLEMS['item-exists'] };
    return guard.userCondition ? { failed: 'user-condition', ...none, problem: PROBLEMS['user-condition'] } : { failed: 'unknown', ...none, problem: PROBLEMS.unknown };
  }
  if (!now) {
    if (guard.item === 'exists') return { failed: 'item-missing', ...none, problem: PROBLEMS['item-missing'] };
    // Nothing was required of the item, so with no item only the user's condition can fail.
    return guard.userCondition ? { failed: 'user-condition', ...none, problem: PROBLEMS['user-condition'] } : { failed: 'unknown', ...none, problem: PROBLEMS.unknown };
  }
  const diff = changedSinceLoaded(guard, now);
  if (guard.number) {
    const { text, loaded } = guard.number;
    const value = valueAt(now, guard.number.path);
    if (value?.N === undefined) {
      diff.push({ name: text, ...(loaded !== undefined ? { loaded: { N: loaded } } : {}), ...(value ? { now: value } : {}) });
      return { failed: 'unchanged-guard', diff, problem: { title: 'Not a number any more', detail: `${text} ${value ? 'is no longer a number' : 'is gone'}; nothing was written.` } };
    }
    if (loaded !== undefined && !sameValue(value, { N: loaded })) {
      diff.push({ name: text, loaded: { N: loaded }, now: value });
      return {
        failed: 'unchanged-guard', diff,
        problem: { title: 'Changed since loaded', detail: `${text} loaded ${loaded} → now ${value.N}; nothing was added.`, hint: 'Reload the item to count from its new value.' },
      };
    }
  }
  if (diff.length) {
    const names = diff.map((d) => d.name).join(', ');
    return {
      failed: 'unchanged-guard', diff,
      problem: { title: 'Changed since loaded', detail: `${names} changed after the item was loaded; nothing was overwritten.`, hint: 'Your edits are kept: compare, then reload the item or save again.' },
    };
  }
  if (guard.userCondition) return { failed: 'user-condition', ...none, problem: PROBLEMS['user-condition'] };
  if (guard.comparedWhole?.length) {
    const names = guard.comparedWhole.join(', ');
    const many = guard.comparedWhole.length > 1;
    return {
      failed: 'unknown', ...none,
      problem: {
        ...PROBLEMS.unknown,
        hint: `${names} ${many ? 'were' : 'was'} too big to check part by part, so the condition compared ${many ? 'them' : 'it'} whole. ` +
          'DynamoDB does that exactly, but the embedded demo engine (dynalite) cannot compare whole maps or lists: there, turn "only if unchanged" off.',
      },
    };
  }
  return { failed: 'unknown', ...none, problem: PROBLEMS.unknown };
}

/** The guarded attributes that no longer hold their loaded value (or are no longer absent). */
export function changedSinceLoaded(guard: WriteGuard, now: Item): AttributeDiff[] {
  const diff: AttributeDiff[] = [];
  for (const g of guard.unchanged) {
    const value = attributeOf(now, g.name);
    const same = g.loaded === undefined ? value === undefined : value !== undefined && sameValue(g.loaded, value);
    if (!same) diff.push({ name: g.name, ...(g.loaded ? { loaded: g.loaded } : {}), ...(value ? { now: value } : {}) });
  }
  return diff;
}

/** The condition failed because the item already is exactly as this write would leave it. */
export function alreadyApplied(expect: Expectation): Explained {
  const detail = expect.kind === 'absent' ? 'Nothing deleted: the item is already gone (someone deleted it after it was loaded).'
    : expect.kind === 'item' ? 'Nothing written: an item with this key already holds exactly these values.'
    : 'Nothing written: the item already holds exactly these values (someone made the same change after it was loaded).';
  return { failed: 'already-applied', diff: [], problem: { title: 'Already so', detail } };
}

export const PROBLEMS: Record<'item-missing' | 'item-exists' | 'user-condition' | 'unknown', Problem> = {
  'item-missing': { title: 'Item gone', detail: 'The item was deleted after it was loaded; nothing was written.' },
  'item-exists': { title: 'Key taken', detail: 'An item with this key already exists; nothing was written.', hint: 'Change the key, or turn overwriting on to replace that item.' },
  'user-condition': { title: 'Condition not met', detail: 'Your condition expression is false for the item as it is now; nothing was written.' },
  unknown: { title: 'Condition failed', detail: 'The request\'s condition failed, yet the item as re-read matches what was expected (it may have changed and changed back); nothing was written.' },
};
