// The user's side of a write form: the values and names fields, checked as DynamoDB would
// check them, literals typed in an expression, and placeholders supplied but never used.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { formatPath } from '../codec/index.js';
import { parseValuesField, type Allocator } from '../expressions/index.js';
import { parseNamesField } from '../read/namesField.js';
import type { Failed, FieldError, UserCondition } from './types.js';
import { valueProblem } from './validate.js';

export interface Fields { ok: true; names: Record<string, string>; values: Record<string, AttributeValue> }

export function readFields(user: UserCondition | undefined): Fields | Failed {
  const errors: FieldError[] = [];
  const names = parseNamesField(user?.names ?? '');
  if (!names.ok) errors.push({ field: 'names', message: names.error.message, position: names.error.position });
  const valuesText = user?.values ?? '';
  const values = parseValuesField(valuesText);
  if (!values.ok) errors.push({ field: 'values', message: values.error.message, position: values.error.position });
  else {
    for (const [key, v] of Object.entries(values.values)) {
      const p = valueProblem(v, [key]);
      if (!p) continue;
      const position = Math.max(0, valuesText.indexOf(JSON.stringify(key)));
      const inside = p.path.length > 1 ? ` (at ${formatPath(p.path.slice(1))})` : '';
      errors.push({ field: 'values', message: `${key}: ${p.message}${inside}`, position });
      break;
    }
  }
  if (errors.length || !names.ok || !values.ok) return { ok: false, errors };
  return { ok: true, names: names.names, values: values.values };
}

/** An inline literal DynamoDB would refuse (a 39-digit number), at its position. */
export function literalError(ast: unknown, field: string): FieldError | undefined {
  let found: FieldError | undefined;
  const visit = (node: unknown): void => {
    if (found || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; value?: unknown; pos?: number };
    if (n.type === 'literal') {
      const p = valueProblem(n.value);
      if (p) found = { field, message: `${p.message} at ${n.pos}`, position: n.pos };
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(ast);
  return found;
}

// finish() names every unused placeholder in one message; it goes on the field(s) that
// supplied them.
export function unusedErrors(message: string, alloc: Allocator, fields: Fields): FieldError[] {
  const used = alloc.result();
  const unusedName = Object.keys(fields.names).some((k) => !Object.hasOwn(used.ExpressionAttributeNames ?? {}, k));
  const unusedValue = Object.keys(fields.values).some((k) => !Object.hasOwn(used.ExpressionAttributeValues ?? {}, k));
  const errors: FieldError[] = [];
  if (unusedName) errors.push({ field: 'names', message });
  if (unusedValue || !unusedName) errors.push({ field: 'values', message });
  return errors;
}
