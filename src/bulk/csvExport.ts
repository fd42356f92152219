// CSV export. The columns (and each column's type) are known only once every item has
// been read, and a header comes first. Rather than scanning the table twice, the items
// go to a temporary file as DynamoDB JSON lines while the columns are collected; then
// the rows are written from that file. Memory holds the column set, not the items.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import type { DynamoGateway } from '../dynamo/client.js';
import { fromDdbJsonObject, typeOf, attributeOf, type AttrType } from '../dynamo/codec/index.js';
import { encodeCell, headerCell, type Column } from './csvCells.js';
import type { ExportHooks, ExportOptions, ExportProgress } from './export.js';
import { reportRetries } from './retry.js';
import { describeKeys, keyColumns } from './keys.js';
import { readPages } from './pages.js';
import { ddbLine } from './serialize.js';
import { textSink } from './sink.js';

// `""` for the empty string; an absent attribute is an empty unquoted cell.
const CSV_OPTIONS = { quoted_match: /^$/, record_delimiter: '\n' } as const;
const ROWS_PER_WRITE = 500;

export async function exportCsv(gateway: DynamoGateway, options: ExportOptions, hooks: ExportHooks): Promise<ExportProgress> {
  const started = Date.now();
  const input = options.source.input;
  const keys = options.keyColumns
    ?? keyColumns((await describeKeys(gateway, input.TableName!, hooks.signal, hooks.retry)).description, input.IndexName);
  const dir = await mkdtemp(join(tmpdir(), 'dynoscope-export-'));
  try {
    const file = join(dir, 'items.jsonl');
    const types = new Map<string, Set<AttrType>>();
    const p: ExportProgress = { items: 0, scanned: 0, pages: 0, capacity: 0, bytes: 0, elapsedMs: 0, phase: 'read' };
    const temp = createWriteStream(file);
    const tempSink = textSink(temp);
    try {
      await readPages(gateway, options.source, async (items, page) => {
        for (const item of items) {
          for (const name of Object.keys(item)) {
            let seen = types.get(name);
            if (!seen) types.set(name, (seen = new Set()));
            seen.add(typeOf(item[name]!));
          }
        }
        p.items += items.length;
        p.scanned += page.scanned;
        p.capacity += page.capacity;
        p.pages += 1;
        if (items.length) await tempSink.write(items.map(ddbLine).join('\n') + '\n');
        hooks.onProgress?.({ ...p, bytes: tempSink.bytes, elapsedMs: Date.now() - started });
      }, {
        signal: hooks.signal, retry: hooks.retry,
        onRetry: reportRetries(p, () => hooks.onProgress?.({ ...p, bytes: tempSink.bytes, elapsedMs: Date.now() - started })),
      });
    } finally {
      temp.end();
      await finished(temp).catch(() => {});
    }
    const columns = orderColumns(keys, types);
    const sink = textSink(options.output);
    // No items, no columns: an empty file rather than an empty header line.
    if (columns.length) await sink.write(stringify([columns.map(headerCell)], CSV_OPTIONS));
    let rows: (string | undefined)[][] = [];
    let written = 0;
    const flush = async () => {
      await sink.write(stringify(rows, CSV_OPTIONS));
      written += rows.length;
      rows = [];
      hooks.onProgress?.({ ...p, phase: 'rows', items: written, bytes: sink.bytes, elapsedMs: Date.now() - started });
    };
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      hooks.signal?.throwIfAborted();
      if (!line) continue;
      const item = fromDdbJsonObject(JSON.parse(line) as Record<string, unknown>);
      rows.push(columns.map((c) => {
        const av = attributeOf(item, c.name);
        return av === undefined ? undefined : encodeCell(av, c.type);
      }));
      if (rows.length >= ROWS_PER_WRITE) await flush();
    }
    if (rows.length) await flush();
    return { ...p, items: written, phase: 'rows', bytes: sink.bytes, elapsedMs: Date.now() - started };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Key attributes first (in key order), then every other name sorted by code unit. */
export function orderColumns(keys: string[], types: Map<string, Set<AttrType>>): Column[] {
  const typeOfColumn = (name: string) => {
    const seen = [...(types.get(name) ?? [])];
    return seen.length === 1 ? seen[0]! : 'ddb';
  };
  const first = keys.filter((k) => types.has(k));
  const rest = [...types.keys()].filter((n) => !first.includes(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...first, ...rest].map((name) => ({ name, type: typeOfColumn(name) }));
}
