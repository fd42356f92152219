// Shapes shared by the write builders and sendWrite. Builders are pure: they return the
// exact *CommandInput to review and send, a WriteGuard that says what the condition
// checks (the item as it must be before the write), and an Expectation (the item as the
// write leaves it), so that a failed or unanswered write can be told apart after
// re-reading the item: not applied, applied (perhaps by a resend), or changed by someone.
import type {
  AttributeValue, DeleteItemCommandInput, PutItemCommandInput, UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { Item, PathSegment } from '../codec/index.js';

export type { Item };

/**
 * A problem shown next to a form field. `field` is 'condition', 'values', 'names',
 * 'update', 'attribute', 'delta' or 'item' for form fields, or the attribute's name for a
 * problem with one attribute; then `attribute` is set too, so an attribute that happens to
 * be called "condition" is not mistaken for the field.
 */
export interface FieldError {
  field: string;
  attribute?: string;
  message: string;
  /** offset into the field's text, for expression and JSON errors */
  position?: number;
}

export interface Failed { ok: false; errors: FieldError[] }

/** The user's own condition: expression text, optional values field and names field. */
export interface UserCondition { text: string; values?: string; names?: string }

/** A top-level attribute the condition requires to hold its loaded value (none = absent). */
export interface GuardedAttribute { name: string; loaded?: AttributeValue }

export interface WriteGuard {
  /** the item's key, for re-reading it when the condition fails */
  key: Item;
  /** what the condition requires of the item: that it exists, that it does not, or nothing */
  item: 'exists' | 'absent' | 'any';
  unchanged: GuardedAttribute[];
  /**
   * Guarded attributes holding a map or list that the condition compares as one value
   * (too big to compare part by part within DynamoDB's expression limits). DynamoDB
   * evaluates that exactly; dynalite cannot, so there the condition always fails.
   */
  comparedWhole?: string[];
  /**
   * atomic counter: the path must hold a number, and (when `loaded` is set) still the
   * number it held when loaded, so that a resent ADD fails instead of adding twice
   */
  number?: { path: PathSegment[]; text: string; loaded?: string };
  /** whether the user's condition is part of the request */
  userCondition: boolean;
}

export interface WriteInputs {
  PutItem: PutItemCommandInput;
  UpdateItem: UpdateItemCommandInput;
  DeleteItem: DeleteItemCommandInput;
}
export type WriteOperation = keyof WriteInputs;

/** A path and the value it holds after the write; no value: the path is absent. */
export interface ExpectedValue { path: PathSegment[]; value?: AttributeValue }

/**
 * What the write leaves in the store, when it is applied:
 * - item: exactly this item (PutItem)
 * - absent: no item with the key (DeleteItem)
 * - attributes: these paths hold these values; other attributes are not the write's
 *   business (UpdateItem)
 * - unknown: it cannot be worked out from the loaded item (then a lost answer can only be
 *   reported as "not applied" or "unknown", never as "saved")
 */
export type Expectation =
  | { kind: 'item'; item: Item }
  | { kind: 'absent' }
  | { kind: 'attributes'; values: ExpectedValue[] }
  | { kind: 'unknown' };

export interface Built<Op extends WriteOperation> {
  ok: true;
  operation: Op;
  input: WriteInputs[Op];
  guard: WriteGuard;
  expect: Expectation;
}
