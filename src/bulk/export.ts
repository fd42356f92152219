// Export: items of a Scan or Query -> a Writable, page by page, in one of the formats.
// Memory is bounded by the pages in flight (see pages.ts) and the stream's buffer.
import type { Writable } from 'node:stream';
import type { DynamoGateway } from '../dynamo/client.js';
import type { Item } from '../dynamo/codec/index.js';
import type { BulkFormat } from './formats.js';
import { readPages, type PageSource } from './pages.js';
import { reportRetries, type RetryNote, type RetryPolicy } from './retry.js';
import { ddbLine, plainLine } from './serialize.js';
import { textSink } from './sink.js';
import { exportCsv } from './csvExport.js';

export interface ExportOptions {
  source: PageSource;
  format: BulkFormat;
  output: Writable;
  /** CSV only: the key attributes to put first (default: read from DescribeTable). */
  keyColumns?: string[];
}

export interface ExportProgress {
  items: number;
  scanned: number;
  pages: number;
  capacity: number;
  /** Bytes written so far (in CSV's 'read' step: to its temporary file). */
  bytes: number;
  elapsedMs: number;
  /** CSV writes its rows after the table is read: 'rows' is that second step. */
  phase: 'read' | 'rows';
  /** The latest retry, if any: "retrying: throttled ×12". */
  retry?: RetryNote;
}

export interface ExportHooks {
  onProgress?: (p: ExportProgress) => void;
  signal?: AbortSignal;
  retry?: RetryPolicy;
}

export type ExportResult = ExportProgress;

export async function exportItems(gateway: DynamoGateway, options: ExportOptions, hooks: ExportHooks = {}): Promise<ExportResult> {
  if (options.format === 'csv') return exportCsv(gateway, options, hooks);
  const started = Date.now();
  const sink = textSink(options.output);
  const p: ExportProgress = { items: 0, scanned: 0, pages: 0, capacity: 0, bytes: 0, elapsedMs: 0, phase: 'read' };
  const line = options.format === 'ddb-json' ? ddbLine : plainLine;
  const array = options.format === 'json';
  if (array) await sink.write('[');
  await readPages(gateway, options.source, async (items, page) => {
    // One string per page: one write call and one backpressure check per page.
    const text = pageText(items, line, array && p.items > 0, array);
    p.items += items.length;
    p.scanned += page.scanned;
    p.capacity += page.capacity;
    p.pages += 1;
    if (text) await sink.write(text);
    hooks.onProgress?.({ ...p, bytes: sink.bytes, elapsedMs: Date.now() - started });
  }, {
    signal: hooks.signal, retry: hooks.retry,
    onRetry: reportRetries(p, () => hooks.onProgress?.({ ...p, bytes: sink.bytes, elapsedMs: Date.now() - started })),
  });
  if (array) await sink.write(p.items ? '\n]\n' : ']\n');
  return { ...p, bytes: sink.bytes, elapsedMs: Date.now() - started };
}

/** One string per page; JSON arrays put one item per line too: `[\n{...},\n{...}\n]`. */
function pageText(items: Item[], line: (item: Item) => string, continues: boolean, array: boolean): string {
  if (!items.length) return '';
  const body = items.map(line);
  return array ? (continues ? ',\n' : '\n') + body.join(',\n') : `${body.join('\n')}\n`;
}
