// One request's expressions from their parts: our update and guard, the user's condition
// (and update, for the update form), all through one allocator, checked for what DynamoDB
// would refuse: the user's fields (userFields.ts), and an expression over 4 KB or 300
// operators, DynamoDB's limits per expression.
import {
  compileExpression, createAllocator, printExpression, requestNaming,
  type Allocator, type Condition, type ExpressionAttributes, type Update,
} from '../expressions/index.js';
import { allOf, attributeNotExists, comparesWhole, conditionOperators, expandable, sameAs, sameAsParts, updateOperators } from './guard.js';
import type { Failed, FieldError, GuardedAttribute, UserCondition } from './types.js';
import { literalError, readFields, unusedErrors, type Fields } from './userFields.js';

export const MAX_EXPRESSION_BYTES = 4096;
export const MAX_OPERATORS = 300;

export interface ComposeSpec {
  /** conditions first in the guard: the item exists, or does not */
  pre: Condition[];
  unchanged: GuardedAttribute[];
  user?: UserCondition;
  /** our own update (edit, counter) */
  update?: Update;
  /** the user's update text (update form); its errors go on 'update' */
  updateText?: string;
  /** refuses what the table would (updating a key attribute) */
  checkUpdate?: (ast: Update, alloc: Allocator) => FieldError | undefined;
  /** where a guard or update too big for one request is reported */
  limitField: string;
}

export interface Composed extends ExpressionAttributes {
  UpdateExpression?: string;
  ConditionExpression?: string;
}

/** The expressions, and the guarded attributes holding a map or list compared as a whole. */
export interface ComposeOk { ok: true; parts: Composed; comparedWhole: string[] }

/** The guard's comparedWhole field, present only when there is something to say. */
export const comparedWholeField = (names: string[]): { comparedWhole?: string[] } => (names.length ? { comparedWhole: names } : {});

type Attempt = ComposeOk | Failed | { ok: 'too-big'; field: string; message: string };

export function compose(spec: ComposeSpec): ComposeOk | Failed {
  const fields = readFields(spec.user);
  if (!fields.ok) return fields;
  // Expanded guards, biggest first: the order in which they fall back to whole values.
  const byCost = spec.unchanged
    .map((g, i) => ({ i, cost: g.loaded && expandable(g.loaded) ? conditionOperators(sameAs([g.name], g.loaded, true)) : 0 }))
    .filter((x) => x.cost > 0)
    .sort((a, b) => b.cost - a.cost);
  const whole = new Set<number>();
  for (;;) {
    const r = attempt(spec, fields, whole);
    if (r.ok !== 'too-big') return r;
    const next = byCost.find((x) => !whole.has(x.i));
    if (!next) return { ok: false, errors: [{ field: r.field, message: r.message }] };
    whole.add(next.i);
  }
}

function attempt(spec: ComposeSpec, fields: Fields, whole: ReadonlySet<number>): Attempt {
  const alloc = createAllocator(fields.names, fields.values);
  const naming = requestNaming(alloc);
  const fail = (e: FieldError): Failed => ({ ok: false, errors: [e] });

  let update = spec.update;
  if (spec.updateText !== undefined) {
    const r = compileExpression('update', spec.updateText, alloc);
    if (!r.ok) return fail({ field: 'update', message: r.error.message, position: r.error.position });
    const problem = spec.checkUpdate?.(r.ast, alloc) ?? literalError(r.ast, 'update');
    if (problem) return fail(problem);
    update = r.ast;
  }
  const updateText = update && printExpression('update', update, naming);

  const guard = allOf([
    ...spec.pre,
    ...spec.unchanged.flatMap((g, i) => (g.loaded === undefined ? [attributeNotExists([g.name])] : sameAsParts([g.name], g.loaded, !whole.has(i)))),
  ]);
  // Printed alone first so that the guard's values get the lower placeholder numbers.
  if (guard) printExpression('condition', guard, naming);
  let userAst: Condition | undefined;
  let userOver: string | undefined;
  if (spec.user && spec.user.text.trim() !== '') {
    const r = compileExpression('condition', spec.user.text, alloc);
    if (!r.ok) return fail({ field: 'condition', message: r.error.message, position: r.error.position });
    const problem = literalError(r.ast, 'condition');
    if (problem) return fail(problem);
    userAst = r.ast;
    userOver = overLimit('condition', r.expression, conditionOperators(r.ast));
  }
  const condition = allOf([guard, userAst]);
  const conditionText = condition && printExpression('condition', condition, naming);

  const finished = alloc.finish();
  if (!finished.ok) return { ok: false, errors: unusedErrors(finished.error.message, alloc, fields) };

  if (update && updateText) {
    const over = overLimit('update', updateText, updateOperators(update));
    if (over) return fail({ field: spec.updateText !== undefined ? 'update' : spec.limitField, message: over });
  }
  if (condition && conditionText) {
    const over = overLimit('condition', conditionText, conditionOperators(condition));
    if (userOver) return fail({ field: 'condition', message: userOver });
    if (over) return { ok: 'too-big', field: spec.limitField, message: over };
  }
  return {
    ok: true,
    comparedWhole: spec.unchanged.filter((g, i) => g.loaded && comparesWhole(g.loaded, !whole.has(i))).map((g) => g.name),
    parts: {
      ...(updateText ? { UpdateExpression: updateText } : {}),
      ...(conditionText ? { ConditionExpression: conditionText } : {}),
      ...finished.attributes,
    },
  };
}

function overLimit(what: string, text: string, operators: number): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_EXPRESSION_BYTES && operators <= MAX_OPERATORS) return undefined;
  return `the ${what} expression would be ${bytes.toLocaleString('en-US')} bytes with ${operators} operators; ` +
    `DynamoDB allows ${MAX_EXPRESSION_BYTES.toLocaleString('en-US')} bytes and ${MAX_OPERATORS} operators per expression`;
}
