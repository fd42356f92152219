// Sends a built write and reports the truth about the store. The SDK resends a request
// whose answer was lost (a 500 or a connection reset after DynamoDB committed it), so a
// failure does not prove that nothing was written, nor a failed condition that someone else
// changed the item: the resend may have met the first attempt's own result. Whenever the
// outcome is in doubt the item is re-read (consistent GetItem) and compared with what the
// write leaves (built.expect) and what its guard required before it (built.guard).
//
// DynamoDB can return the item a failed condition saw (ReturnValuesOnConditionCheckFailure),
// but dynalite, the embedded engine, ignores that option, hence the re-read. It comes after
// the failure, so a further change in between is possible; it is still the best answer.
import type { DynamoGateway } from '../client.js';
import type { Item } from '../codec/index.js';
import { describeError, type Problem } from '../errors.js';
import type { AttributeDiff } from './equality.js';
import { guardExcludesExpectation, guardHolds, holdsExpectation } from './expect.js';
import { alreadyApplied, explainFailure, PROBLEMS, type ConditionFailure } from './explain.js';
import { attemptsOf, mayHaveBeenApplied, mayStillArrive, outcomeUnknown, rereadFailed } from './lostAnswer.js';
import type { Built, WriteInputs, WriteOperation } from './types.js';

export type SendResult =
  /**
   * `attributes`: the item as now stored (UpdateItem, ReturnValues ALL_NEW; or, when
   * `recovered`, as re-read), to refresh the view. `old`: the item as it was (DeleteItem,
   * and PutItem when overwriting: ALL_OLD; not known when recovered). `recovered`: the
   * answer was lost and the SDK sent the write again; the re-read item shows it applied.
   */
  | { ok: true; recovered?: true; attributes?: Item; old?: Item }
  | { ok: false; kind: 'condition'; failed: ConditionFailure; problem: Problem; diff: AttributeDiff[]; reread?: Item }
  /** Refused, or its answer lost and the re-read shows the item as it was: nothing written. */
  | { ok: false; kind: 'error'; notApplied: true; problem: Problem; error: unknown; reread?: Item }
  /** The answer was lost and the re-read could not tell (or failed): reload and look. */
  | { ok: false; kind: 'error'; unknownOutcome: true; problem: Problem; error: unknown; diff: AttributeDiff[]; reread?: Item };

type Caller = Pick<DynamoGateway, 'call'>;
/** The item as re-read after the failure (undefined: no item), or why it could not be. */
type Reread = { ok: true; item: Item | undefined } | { ok: false; problem: Problem };

export async function sendWrite<Op extends WriteOperation>(
  gateway: Caller, built: Built<Op>, opts: { signal?: AbortSignal } = {},
): Promise<SendResult> {
  const { operation, input, guard } = built;
  const table = input.TableName;
  if (opts.signal?.aborted) {
    return { ok: false, kind: 'error', notApplied: true, problem: describeError(opts.signal.reason ?? { name: 'AbortError' }), error: opts.signal.reason };
  }
  try {
    const out = await call(gateway, operation, input, opts.signal);
    if (!out.Attributes) return { ok: true };
    const before = /_OLD$/.test(String(input.ReturnValues));
    return { ok: true, ...(before ? { old: out.Attributes } : { attributes: out.Attributes }) };
  } catch (error) {
    const reread = async (): Promise<Reread> => {
      try {
        const got = await gateway.call('GetItem', { TableName: table, Key: guard.key, ConsistentRead: true }, { signal: opts.signal });
        return { ok: true, item: got.Item };
      } catch (err) {
        return { ok: false, problem: describeError(err, { table }) };
      }
    };
    if ((error as Error)?.name === 'ConditionalCheckFailedException') return conditionFailed(built, error, await reread());
    const why = describeError(error, { table });
    if (!mayHaveBeenApplied(error)) return { ok: false, kind: 'error', notApplied: true, problem: why, error };
    // Cancelled in flight: the user asked to stop, so nothing more is sent.
    if ((error as Error)?.name === 'AbortError') {
      return { ok: false, kind: 'error', unknownOutcome: true, diff: [], error, problem: outcomeUnknown(why, 'it was cancelled after being sent, so it may or may not have been applied') };
    }
    return answerLost(built, error, why, await reread());
  }
}

const recovered = (now: Item | undefined): SendResult => ({ ok: true, recovered: true, ...(now ? { attributes: now } : {}) });

/** The condition failed: because someone changed the item, or because this very write (resent) or an identical one got there first. */
function conditionFailed(built: Built<WriteOperation>, error: unknown, r: Reread): SendResult {
  if (!r.ok) {
    const detail = `${PROBLEMS.unknown.detail} Re-reading the item failed too: ${r.problem.title}: ${r.problem.detail}`;
    return { ok: false, kind: 'condition', failed: 'unknown', diff: [], problem: { ...PROBLEMS.unknown, detail } };
  }
  const found = r.item ? { reread: r.item } : {};
  const attempts = attemptsOf(error);
  if (holdsExpectation(built.expect, r.item)) {
    // Resent: the first attempt was applied and the resend met its result.
    if (attempts > 1) return recovered(r.item);
    return { ok: false, kind: 'condition', ...alreadyApplied(built.expect), ...found };
  }
  const explained = explainFailure(built.guard, r.item);
  if (attempts > 1) {
    const more = `The request was sent ${attempts} times (an answer was lost): an earlier attempt may have been applied before this change.`;
    explained.problem = { ...explained.problem, hint: explained.problem.hint ? `${explained.problem.hint} ${more}` : more };
  }
  return { ok: false, kind: 'condition', ...explained, ...found };
}

/** The answer was lost (or the request resent): what the re-read item says about the write. */
function answerLost(built: Built<WriteOperation>, error: unknown, why: Problem, r: Reread): SendResult {
  const { guard, expect } = built;
  if (!r.ok) return { ok: false, kind: 'error', unknownOutcome: true, diff: [], error, problem: rereadFailed(why, r.problem) };
  const found = r.item ? { reread: r.item } : {};
  if (holdsExpectation(expect, r.item)) return recovered(r.item);
  if (guardHolds(guard, r.item)) {
    if (guardExcludesExpectation(guard, expect)) {
      const late = mayStillArrive(error) ? { hint: 'It timed out: a copy still on its way could yet land (once at most, it is guarded). Reload before writing again.' } : {};
      return { ok: false, kind: 'error', notApplied: true, error, ...found, problem: { ...why, title: 'Not saved', detail: `Nothing was written: ${why.title}: ${why.detail}`, ...late } };
    }
    const cannot = expect.kind === 'unknown' ? 'what this write leaves could not be worked out in advance' : 'its condition pins nothing this write changes';
    return { ok: false, kind: 'error', unknownOutcome: true, diff: [], error, ...found, problem: outcomeUnknown(why, `the item as re-read does not show whether it was applied (${cannot})`) };
  }
  const { diff } = explainFailure(guard, r.item);
  const names = diff.map((d) => d.name).join(', ');
  const now = !r.item ? 'the item is gone'
    : names ? `${names} changed since it was loaded`
    : guard.item === 'absent' ? 'an item with this key is there, not the one written'
    : 'it matches neither';
  return {
    ok: false, kind: 'error', unknownOutcome: true, diff, error, ...found,
    problem: outcomeUnknown(why, `the item as re-read is neither as it was loaded nor as this write would leave it: ${now}`),
  };
}

function call<Op extends WriteOperation>(gateway: Caller, operation: Op, input: WriteInputs[Op], signal?: AbortSignal) {
  const opts = { signal };
  if (operation === 'PutItem') return gateway.call('PutItem', input as WriteInputs['PutItem'], opts);
  if (operation === 'UpdateItem') return gateway.call('UpdateItem', input as WriteInputs['UpdateItem'], opts);
  return gateway.call('DeleteItem', input as WriteInputs['DeleteItem'], opts);
}
