// Sends a built write and, when its condition fails, finds out which check failed.
// DynamoDB can return the item a failed condition saw (ReturnValuesOnConditionCheckFailure),
// but dynalite, the embedded engine, ignores that option, so the item is re-read with a
// consistent GetItem and compared with what the guard expected. The re-read comes after the
// failure, so a further change in between is possible; it is still the best available
// answer, and nothing was written either way.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../client.js';
import { attributeOf, type Item, type PathSegment } from '../codec/index.js';
import { describeError, type Problem } from '../errors.js';
import { sameValue, type AttributeDiff } from './equality.js';
import { guardOf } from './registry.js';
import type { WriteGuard, WriteInputs, WriteOperation } from './types.js';

export type ConditionFailure = 'unchanged-guard' | 'user-condition' | 'item-missing' | 'item-exists' | 'unknown';

export type SendResult =
  /**
   * `attributes`: the item as now stored (UpdateItem, ReturnValues ALL_NEW), to refresh the
   * view. `old`: the item as it was (DeleteItem, and PutItem when overwriting: ALL_OLD).
   */
  | { ok: true; attributes?: Item; old?: Item }
  | { ok: false; kind: 'condition'; failed: ConditionFailure; problem: Problem; diff: AttributeDiff[]; reread?: Item }
  | { ok: false; kind: 'error'; problem: Problem; error: unknown };

type Caller = Pick<DynamoGateway, 'call'>;

export async function sendWrite<Op extends WriteOperation>(
  gateway: Caller, operation: Op, input: WriteInputs[Op], guard?: WriteGuard, opts: { signal?: AbortSignal } = {},
): Promise<SendResult> {
  const table = input.TableName;
  try {
    const out = await call(gateway, operation, input, opts.signal);
    if (!out.Attributes) return { ok: true };
    const before = /_OLD$/.test(String(input.ReturnValues));
    return { ok: true, ...(before ? { old: out.Attributes } : { attributes: out.Attributes }) };
  } catch (error) {
    if ((error as Error)?.name !== 'ConditionalCheckFailedException') {
      return { ok: false, kind: 'error', problem: describeError(error, { table }), error };
    }
    const g = guard ?? guardOf(input) ?? fallbackGuard(input);
    if (!g) return { ok: false, kind: 'condition', failed: 'unknown', diff: [], problem: PROBLEMS.unknown };
    let reread: Item | undefined;
    try {
      const got = await gateway.call('GetItem', { TableName: table, Key: g.key, ConsistentRead: true }, { signal: opts.signal });
      reread = got.Item;
    } catch (err) {
      const why = describeError(err, { table });
      return {
        ok: false, kind: 'condition', failed: 'unknown', diff: [],
        problem: { ...PROBLEMS.unknown, detail: `${PROBLEMS.unknown.detail} Re-reading the item failed too: ${why.title}: ${why.detail}` },
      };
    }
    return { ok: false, kind: 'condition', ...explainFailure(g, reread), ...(reread ? { reread } : {}) };
  }
}

function call<Op extends WriteOperation>(gateway: Caller, operation: Op, input: WriteInputs[Op], signal?: AbortSignal) {
  const opts = { signal };
  if (operation === 'PutItem') return gateway.call('PutItem', input as WriteInputs['PutItem'], opts);
  if (operation === 'UpdateItem') return gateway.call('UpdateItem', input as WriteInputs['UpdateItem'], opts);
  return gateway.call('DeleteItem', input as WriteInputs['DeleteItem'], opts);
}

// An input not built here (or a copy of one): all that is known is the item it addresses,
// so a failure can only be told apart as "the item is gone" or not.
function fallbackGuard(input: object): WriteGuard | undefined {
  const key = (input as { Key?: Item }).Key;
  return key ? { key, item: 'exists', unchanged: [], userCondition: true } : undefined;
}

/** Which check failed, given the guard and the item as it is now (undefined = gone). Pure. */
export function explainFailure(guard: WriteGuard, now: Item | undefined): { failed: ConditionFailure; diff: AttributeDiff[]; problem: Problem } {
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
  const diff: AttributeDiff[] = [];
  for (const g of guard.unchanged) {
    const value = attributeOf(now, g.name);
    const same = g.loaded === undefined ? value === undefined : value !== undefined && sameValue(g.loaded, value);
    if (!same) diff.push({ name: g.name, ...(g.loaded ? { loaded: g.loaded } : {}), ...(value ? { now: value } : {}) });
  }
  if (guard.number) {
    const value = valueAt(now, guard.number.path);
    if (value?.N === undefined) {
      diff.push({ name: guard.number.text, ...(value ? { now: value } : {}) });
      return { failed: 'unchanged-guard', diff, problem: { title: 'Not a number any more', detail: `${guard.number.text} ${value ? 'is no longer a number' : 'is gone'}; nothing was written.` } };
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
    return {
      failed: 'unknown', ...none,
      problem: {
        ...PROBLEMS.unknown,
        hint: `${names} ${guard.comparedWhole.length > 1 ? 'were' : 'was'} too big to check part by part, so the condition compared ${guard.comparedWhole.length > 1 ? 'them' : 'it'} whole. ` +
          'DynamoDB does that exactly, but the embedded demo engine (dynalite) cannot compare whole maps or lists: there, turn "only if unchanged" off.',
      },
    };
  }
  return { failed: 'unknown', ...none, problem: PROBLEMS.unknown };
}

function valueAt(item: Item, path: readonly PathSegment[]): AttributeValue | undefined {
  let v: AttributeValue | undefined = { M: item };
  for (const seg of path) {
    if (typeof seg === 'number') v = v?.L?.[seg];
    else v = v?.M ? attributeOf(v.M, seg) : undefined;
    if (!v) return undefined;
  }
  return v;
}

const PROBLEMS: Record<Exclude<ConditionFailure, 'unchanged-guard'>, Problem> = {
  'item-missing': { title: 'Item gone', detail: 'The item was deleted after it was loaded; nothing was written.' },
  'item-exists': { title: 'Key taken', detail: 'An item with this key already exists; nothing was written.', hint: 'Change the key, or turn overwriting on to replace that item.' },
  'user-condition': { title: 'Condition not met', detail: 'Your condition expression is false for the item as it is now; nothing was written.' },
  unknown: { title: 'Condition failed', detail: 'The request\'s condition failed, yet the item as re-read matches what was expected (it may have changed and changed back); nothing was written.' },
};
