// What `X` exports: the read behind the grid, every page of it. The page position
// (ExclusiveStartKey) and the page size (Limit) belong to the grid, not to the export.
import type { ReadRequest } from './browse.js';

export interface ExportRequest { operation: 'Scan' | 'Query'; input: Record<string, unknown>; label: string }

export function exportRequest(table: string, request: ReadRequest | undefined): ExportRequest {
  if (!request) return { operation: 'Scan', input: { TableName: table }, label: `scan of ${table}` };
  const { ExclusiveStartKey: _start, Limit: _limit, ...input } = request.input;
  return { operation: request.operation, input, label: request.label };
}
