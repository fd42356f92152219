// The one write flow every write screen goes through: form -> review -> sending -> result.
// The request reviewed is the typed request that is sent (never rebuilt, never cast), and
// its step lives in the screen's stack entry, so help or the command line over a review,
// or a burst of keys, finds it as it was.
import type { CreateTableCommandInput, DeleteTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { Problem } from '../dynamo/errors.js';
import type { AttributeDiff, Built, ConditionFailure, SaveAsNew } from '../dynamo/write/index.js';
import type { DeleteManyReport } from '../dynamo/write/index.js';
import type { FieldErrors, FormUi } from './form.js';
import { firstField } from './form.js';

type Item = Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>;

export type ItemWrite = Built<'PutItem'> | Built<'UpdateItem'> | Built<'DeleteItem'>;

/** What `enter` on the review sends. */
export type SendPlan =
  | { kind: 'item'; built: ItemWrite }
  | { kind: 'saveAsNew'; built: SaveAsNew }
  | { kind: 'batchDelete'; table: string; keys: Item[] }
  | { kind: 'createTable'; input: CreateTableCommandInput }
  | { kind: 'deleteTable'; input: DeleteTableCommandInput };

/** A request as the review shows it: the exact input and, from it, the aws command. */
export interface ShownRequest { operation: string; input: object }

export interface PendingWrite {
  summary: string;
  requests: ShownRequest[];
  plan: SendPlan;
}

/** A refused or failed write, shown above the form it came from; the form keeps its values. */
export type WriteFailure =
  | { kind: 'condition'; failed: ConditionFailure; diff: AttributeDiff[]; reread?: Item; problem: Problem }
  /** `unknownOutcome`: the answer was lost and the item as re-read could not tell whether the
   * write landed; `diff` is how it differs from what was loaded. */
  | { kind: 'error'; problem: Problem; unknownOutcome?: boolean; diff?: AttributeDiff[] };

export type WriteStep = 'form' | 'review' | 'sending' | 'done';

export interface WriteFlow {
  step: WriteStep;
  ui: FormUi;
  errors: FieldErrors;
  pending?: PendingWrite;
  failure?: WriteFailure;
  /** The review's scroll. */
  top: number;
  /** Which form of the call the review shows (aws CLI, boto3, JavaScript): tab steps it. */
  code?: number;
  /** While sending: what is going on (the request, then waiting for a table). */
  status?: string;
  /** esc while sending stops waiting (for a table to be ACTIVE or gone); a sent write itself
   * cannot be called back, so otherwise esc only says so and the result shows here. */
  stoppable?: boolean;
  /** A batch delete's result, shown until esc. */
  report?: DeleteManyReport;
}

export const formStep = (): WriteFlow => ({ step: 'form', ui: firstField, errors: {}, top: 0 });

/** A counter has no form: it opens on its review. */
export const reviewStep = (pending: PendingWrite): WriteFlow => ({ ...formStep(), step: 'review', pending });

export type FlowAction =
  | { type: 'review'; pending: PendingWrite }
  | { type: 'errors'; errors: FieldErrors; focus?: number }
  | { type: 'back' }
  | { type: 'sending'; status: string; stoppable?: boolean }
  | { type: 'failed'; failure: WriteFailure }
  | { type: 'done'; report: DeleteManyReport }
  | { type: 'scroll'; top: number }
  | { type: 'code'; code: number };

export function flowReducer(f: WriteFlow, a: FlowAction): WriteFlow {
  switch (a.type) {
    case 'review': return { ...f, step: 'review', pending: a.pending, errors: {}, top: 0 };
    case 'errors': return { ...f, step: 'form', errors: a.errors, ui: a.focus === undefined ? f.ui : { focus: a.focus, cursor: -1 } };
    case 'back': return f.step === 'review' ? { ...f, step: 'form' } : f;
    case 'sending': return { ...f, step: 'sending', status: a.status, stoppable: a.stoppable };
    // The form comes back with the user's values and the reason above it.
    case 'failed': return { ...f, step: 'form', failure: a.failure, status: undefined, stoppable: undefined };
    case 'done': return { ...f, step: 'done', report: a.report, status: undefined, stoppable: undefined };
    case 'scroll': return { ...f, top: Math.max(0, a.top) };
    case 'code': return { ...f, code: a.code, top: 0 };
  }
}
