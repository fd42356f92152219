// The scan / query form -> the exact ScanCommandInput / QueryCommandInput. Everything the
// service would refuse is refused here first, on the field that causes it, so the user
// fixes the form instead of reading a ValidationException.
import type { QueryCommandInput, ScanCommandInput } from '@aws-sdk/client-dynamodb';
import { compileExpression, createAllocator, parseValuesField, type Allocator, type Condition } from '../expressions/index.js';
import type { KeyAttr, TableInfo } from '../tableInfo.js';
import { keyConditionOf, keyInFilter, type SortOp } from './keyCondition.js';
import { parseNamesField } from './namesField.js';

export { SORT_OPS, type SortOp } from './keyCondition.js';

export interface ReadForm {
  mode: 'scan' | 'query';
  /** undefined = the table itself */
  index?: string;
  /** query: the text typed, read by the key's type (S as is, N as a number, B as base64) */
  partitionValue: string;
  /** query: undefined = no sort key condition */
  sortOp?: SortOp;
  sortValue: string;
  /** the upper bound, for between only */
  sortValue2: string;
  filter: string;
  projection: string;
  /** explicit :placeholders, JSON or DynamoDB JSON: {":r": 7.5} or {":r": {"N": "7.5"}} */
  values: string;
  /** explicit #placeholders: {"#y": "year"}; optional, automatic escaping covers most needs */
  names?: string;
  /** text; empty = no Limit (DynamoDB's 1 MB page) */
  pageSize: string;
  /** query only: ScanIndexForward false */
  descending: boolean;
  /** not allowed on a GSI */
  consistent: boolean;
}

/**
 * A page of 100 rather than no Limit: a scan without one reads up to 1 MB per page
 * (128 read units eventually consistent) before the user has seen anything.
 */
export const DEFAULT_PAGE_SIZE = 100;
/**
 * DynamoDB has no upper bound on Limit, but a page is also cut at 1 MB, so past a few
 * thousand small items a bigger Limit changes nothing but the size of the mistake when a
 * digit too many is typed. A page is what `]` / `[` step through; more rows at once is
 * what `A` (load all, bounded and cancellable) is for, and an empty page size gives the
 * service's full 1 MB page.
 */
export const MAX_PAGE_SIZE = 1000;

export const emptyReadForm = (mode: ReadForm['mode']): ReadForm => ({
  mode, partitionValue: '', sortValue: '', sortValue2: '', filter: '', projection: '', values: '', names: '',
  pageSize: String(DEFAULT_PAGE_SIZE), descending: false, consistent: false,
});

export type FieldErrors = Partial<Record<keyof ReadForm, string>>;
/** Offsets into the field's text for errors that point at a character (expressions, JSON). */
export type FieldPositions = Partial<Record<keyof ReadForm, number>>;

export type ReadInput =
  | { ok: true; operation: 'Scan'; input: ScanCommandInput }
  | { ok: true; operation: 'Query'; input: QueryCommandInput };
export type BuildResult = ReadInput | { ok: false; errors: FieldErrors; positions: FieldPositions };

export interface Target { kind: 'table' | 'GSI' | 'LSI'; name: string; partitionKey?: KeyAttr; sortKey?: KeyAttr }

/** The table or the chosen index, whose key schema decides the key names and types. */
export function readTarget(table: TableInfo, index: string | undefined): Target | undefined {
  if (index === undefined) return { kind: 'table', name: table.name, partitionKey: table.partitionKey, sortKey: table.sortKey };
  const found = [...table.gsis, ...table.lsis].find((i) => i.name === index);
  return found && { kind: found.kind, name: found.name, partitionKey: found.partitionKey, sortKey: found.sortKey };
}

export function buildReadInput(table: TableInfo, form: ReadForm): BuildResult {
  const errors: FieldErrors = {};
  const positions: FieldPositions = {};
  const target = readTarget(table, form.index);
  if (!target) errors.index = `${table.name} has no index named ${JSON.stringify(form.index)}`;
  if (form.consistent && target?.kind === 'GSI') {
    errors.consistent = 'a global secondary index is eventually consistent: consistent reads are only for the table or an LSI';
  }
  const limit = pageSizeLimit(form.pageSize);
  if (typeof limit === 'string') errors.pageSize = limit;

  const names = parseNamesField(form.names ?? '');
  if (!names.ok) (errors.names = names.error.message), (positions.names = names.error.position);
  const values = parseValuesField(form.values);
  if (!values.ok) (errors.values = values.error.message), (positions.values = values.error.position);
  const alloc = createAllocator(names.ok ? names.names : {}, values.ok ? values.values : {});

  // The key condition first, so its values get the first placeholders (:v1, :v2).
  const keyCondition = form.mode === 'query' && target ? keyConditionOf(target, form, alloc, errors) : undefined;
  const compile = (field: 'filter' | 'projection') => {
    if (form[field].trim() === '') return undefined;
    const r = compileExpression(field, form[field], alloc);
    const problem = !r.ok ? r.error
      : field === 'filter' && form.mode === 'query' && target ? keyInFilter(r.ast as Condition, target, alloc) : undefined;
    if (!problem) return r.ok ? r.expression : undefined;
    errors[field] = problem.message;
    positions[field] = problem.position;
    return undefined;
  };
  const filter = compile('filter');
  const projection = compile('projection');

  const finished = alloc.finish();
  if (!finished.ok && names.ok && values.ok) placeUnused(finished.error.message, alloc, names.names, values.values, errors);
  if (Object.keys(errors).length > 0 || !finished.ok || !target) return { ok: false, errors, positions };

  const common = {
    TableName: table.name,
    ...(form.index !== undefined ? { IndexName: form.index } : {}),
  };
  const rest = {
    ...(filter ? { FilterExpression: filter } : {}),
    ...(projection ? { ProjectionExpression: projection } : {}),
    ...finished.attributes,
  };
  const tail = {
    ...(form.consistent ? { ConsistentRead: true } : {}),
    ...(typeof limit === 'number' ? { Limit: limit } : {}),
    ReturnConsumedCapacity: 'TOTAL' as const,
  };
  if (form.mode === 'scan') return { ok: true, operation: 'Scan', input: { ...common, ...rest, ...tail } };
  return {
    ok: true,
    operation: 'Query',
    input: { ...common, KeyConditionExpression: keyCondition, ...rest, ...(form.descending ? { ScanIndexForward: false } : {}), ...tail },
  };
}

/** A Limit, undefined for none, or the error text. */
export function pageSizeLimit(text: string): number | undefined | string {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > MAX_PAGE_SIZE) {
    return `the page size is a whole number from 1 to ${MAX_PAGE_SIZE}, or empty for DynamoDB's 1 MB pages`;
  }
  return Number(t);
}

// finish() reports unused #names and :values in one message; put it on the field(s) that
// supplied the unused placeholder. result() lists the supplied placeholders that were used.
function placeUnused(
  message: string, alloc: Allocator, names: Record<string, string>, values: Record<string, unknown>, errors: FieldErrors,
): void {
  const used = alloc.result();
  const unusedName = Object.keys(names).some((k) => !Object.hasOwn(used.ExpressionAttributeNames ?? {}, k));
  const unusedValue = Object.keys(values).some((k) => !Object.hasOwn(used.ExpressionAttributeValues ?? {}, k));
  if (unusedName) errors.names = message;
  if (unusedValue || !unusedName) errors.values = message;
}
