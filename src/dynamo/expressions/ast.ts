import type { AttributeValue } from '@aws-sdk/client-dynamodb';

// Every node carries `pos`, the offset of its first character in the input, so that
// checks made after parsing (key conditions, placeholders) can point at the culprit.

/** An attribute name typed bare or in backticks; escaped if needed when printed. */
export interface NameElement { type: 'name'; name: string; pos: number }
/** A #placeholder typed by the user; resolved through the caller's names. */
export interface NameRefElement { type: 'nameRef'; ref: string; pos: number }
export interface IndexElement { type: 'index'; index: number; pos: number }
export type PathElement = NameElement | NameRefElement | IndexElement;

/** The first element is always a name or name placeholder. */
export interface Path { type: 'path'; elements: PathElement[]; pos: number }

/** An inline literal; becomes a :placeholder in the request. */
export interface Literal { type: 'literal'; value: AttributeValue; pos: number }
/** A :placeholder typed by the user; resolved through the caller's values. */
export interface ValueRef { type: 'valueRef'; ref: string; pos: number }
export interface SizeCall { type: 'size'; path: Path; pos: number }

export type Operand = Path | Literal | ValueRef | SizeCall;

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type ConditionFunction =
  | 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';

export type Condition =
  | { type: 'compare'; op: Comparator; left: Operand; right: Operand; pos: number }
  | { type: 'between'; subject: Operand; low: Operand; high: Operand; pos: number }
  | { type: 'in'; subject: Operand; list: Operand[]; pos: number }
  | { type: 'function'; name: ConditionFunction; path: Path; arg?: Operand; pos: number }
  | { type: 'not'; operand: Condition; pos: number }
  // Binary and left-associative; the printer adds parentheses only where needed.
  | { type: 'and' | 'or'; left: Condition; right: Condition; pos: number };

export type SetOperand =
  | Path | Literal | ValueRef
  | { type: 'if_not_exists'; path: Path; fallback: SetOperand; pos: number }
  | { type: 'list_append'; first: SetOperand; second: SetOperand; pos: number };

export type SetValue =
  | SetOperand
  | { type: 'arith'; op: '+' | '-'; left: SetOperand; right: SetOperand; pos: number };

export interface SetAction { path: Path; value: SetValue }
/** ADD and DELETE take a value: a :placeholder, or for ADD a number literal. */
export interface ValueAction { path: Path; value: Literal | ValueRef }

export type UpdateClause =
  | { type: 'SET'; actions: SetAction[]; pos: number }
  | { type: 'REMOVE'; paths: Path[]; pos: number }
  | { type: 'ADD' | 'DELETE'; actions: ValueAction[]; pos: number };

/** Clauses in the order typed; each keyword at most once. */
export interface Update { type: 'update'; clauses: UpdateClause[] }
export interface Projection { type: 'projection'; paths: Path[] }

export type ExpressionKind = 'filter' | 'condition' | 'keyCondition' | 'projection' | 'update';

export interface AstByKind {
  filter: Condition;
  condition: Condition;
  keyCondition: Condition;
  projection: Projection;
  update: Update;
}
