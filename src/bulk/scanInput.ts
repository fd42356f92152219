// The Scan request of an export from the command line's --index/--filter/--projection.
// Filter and projection share one placeholder allocator: they go out in one request.
import type { ScanCommandInput } from '@aws-sdk/client-dynamodb';
import { compileExpression, createAllocator } from '../dynamo/expressions/index.js';

export interface ScanSpec { table: string; index?: string; filter?: string; projection?: string }

export type ScanInputResult =
  | { ok: true; input: ScanCommandInput }
  | { ok: false; field: 'filter' | 'projection'; message: string };

export function buildScanInput(spec: ScanSpec): ScanInputResult {
  const alloc = createAllocator();
  const input: ScanCommandInput = { TableName: spec.table, ...(spec.index ? { IndexName: spec.index } : {}) };
  if (spec.filter?.trim()) {
    const r = compileExpression('filter', spec.filter, alloc);
    if (!r.ok) return { ok: false, field: 'filter', message: r.error.message };
    input.FilterExpression = r.expression;
  }
  if (spec.projection?.trim()) {
    const r = compileExpression('projection', spec.projection, alloc);
    if (!r.ok) return { ok: false, field: 'projection', message: r.error.message };
    input.ProjectionExpression = r.expression;
  }
  const done = alloc.finish();
  if (!done.ok) return { ok: false, field: spec.filter ? 'filter' : 'projection', message: done.error.message };
  return { ok: true, input: { ...input, ...done.attributes } };
}

