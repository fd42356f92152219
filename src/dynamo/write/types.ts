// Shapes shared by the write builders and sendWrite. Builders are pure: they return the
// exact *CommandInput to review and send, plus a WriteGuard that says what the condition
// checks, so that a failed condition can be explained after re-reading the item.
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
  /** atomic counter: the path must hold a number */
  number?: { path: PathSegment[]; text: string };
  /** whether the user's condition is part of the request */
  userCondition: boolean;
}

export interface WriteInputs {
  PutItem: PutItemCommandInput;
  UpdateItem: UpdateItemCommandInput;
  DeleteItem: DeleteItemCommandInput;
}
export type WriteOperation = keyof WriteInputs;

export interface Built<Op extends WriteOperation> {
  ok: true;
  operation: Op;
  input: WriteInputs[Op];
  guard: WriteGuard;
}
