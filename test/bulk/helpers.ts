// Shared by the bulk tests: in-memory outputs, whole-table reads, quick retries.
import { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { AttributeValue, CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../../src/dynamo/client.js';
import {
  exportItems, importItems, type BulkFormat, type ImportHooks, type ImportOptions, type RetryPolicy,
} from '../../src/bulk/index.js';

type Item = Record<string, AttributeValue>;

/** Retries as the real policy does, with waits of a few ms so the tests stay quick. */
export const QUICK_RETRY: RetryPolicy = { attempts: 12, baseMs: 2, capMs: 20 };

export function memoryOutput(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) { chunks.push(Buffer.from(chunk)); done(); },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function scanAll(gateway: DynamoGateway, table: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await gateway.call('Scan', { TableName: table, ExclusiveStartKey: start });
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

export async function exportText(gateway: DynamoGateway, table: string, format: BulkFormat, segments = 3): Promise<string> {
  const out = memoryOutput();
  await exportItems(gateway, { source: { operation: 'Scan', input: { TableName: table }, segments }, format, output: out.stream });
  return out.text();
}

export function importText(
  gateway: DynamoGateway, table: string, text: string, format: BulkFormat,
  options: Partial<ImportOptions> = {}, hooks: ImportHooks = {},
) {
  return importItems(gateway, { table, input: Readable.from([Buffer.from(text)]), format, ...options }, { retry: QUICK_RETRY, ...hooks });
}

/** The same schema under another name. */
export function renamed(input: CreateTableCommandInput, name: string): CreateTableCommandInput {
  return { ...input, TableName: name };
}

export const simpleTable = (name: string): CreateTableCommandInput => ({
  TableName: name,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
});

/** Lines of a jsonl/ddb-json/csv text (or elements of a json array), sorted: order-free comparison. */
export function sortedRecords(text: string, format: BulkFormat): string[] {
  if (format === 'csv') {
    // Rows may span lines (quoted newlines): compare each row's raw text, header first.
    const rows = parse(text, { raw: true }) as unknown as { raw: string }[];
    return [rows[0]!.raw, ...rows.slice(1).map((r) => r.raw).sort()];
  }
  let lines = text.split('\n').filter((l) => l !== '');
  if (format === 'json') lines = lines.filter((l) => l !== '[' && l !== ']').map((l) => l.replace(/,$/, ''));
  return lines.sort();
}
