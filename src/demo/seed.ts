// Creates the demo tables and fills them. Runs in the background while the first screen
// is already up, so it takes a signal and reports progress instead of blocking.
//
// Measured (`node --import tsx test/demo/seedTime.ts [--dir]`): both tables, 3,958 items
// in 160 batches, take 1.4-1.9 s in memory or on disk on 2 shared cores, up to 3 s under
// load. dynalite's own validation and storage is most of it; more batches in flight
// barely help since it runs on this same thread. AppData (small) goes first, so the
// first table in the list is complete within about a second.
import { setTimeout as delay } from 'node:timers/promises';
import type { CreateTableCommandInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../dynamo/client.js';
import { generateMovies, moviesTable, type Item } from './movies.js';
import { appDataTable, generateAppData } from './singleTable.js';

export const DEMO_TABLES: CreateTableCommandInput[] = [appDataTable, moviesTable];

const GENERATORS: Record<string, () => Item[]> = {
  [moviesTable.TableName!]: generateMovies,
  [appDataTable.TableName!]: generateAppData,
};

/** The items seedDemo writes to a demo table (generated afresh, identical every call). */
export function demoItems(table: string): Item[] {
  const generate = GENERATORS[table];
  if (!generate) throw new Error(`not a demo table: ${table}`);
  return generate();
}

export interface SeedProgress { table: string; written: number; total: number }
export interface SeedOptions { onProgress?: (p: SeedProgress) => void; signal?: AbortSignal }

const BATCH = 25;
const IN_FLIGHT = 6;

export async function listAllTables(gateway: DynamoGateway, signal?: AbortSignal): Promise<Set<string>> {
  const names = new Set<string>();
  let start: string | undefined;
  do {
    const out = await gateway.call('ListTables', { ExclusiveStartTableName: start }, { signal });
    for (const name of out.TableNames ?? []) names.add(name);
    start = out.LastEvaluatedTableName;
  } while (start);
  return names;
}

/** CreateTable, then wait until the table and its GSIs accept writes. */
export async function createTableAndWait(
  gateway: DynamoGateway, input: CreateTableCommandInput, signal?: AbortSignal,
): Promise<void> {
  await gateway.call('CreateTable', input, { signal });
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    const { Table } = await gateway.call('DescribeTable', { TableName: input.TableName }, { signal });
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesReady) return;
    await delay(wait, undefined, { signal });
  }
}

/** BatchWriteItem in groups of 25, several in flight, retrying what the service leaves unprocessed. */
export async function writeItems(
  gateway: DynamoGateway, table: string, items: Item[],
  opts: { signal?: AbortSignal; onWritten?: (count: number) => void } = {},
): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    batches.push(items.slice(i, i + BATCH).map((Item) => ({ PutRequest: { Item } })));
  }
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < batches.length) {
      opts.signal?.throwIfAborted();
      let pending = batches[next++];
      const size = pending.length;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await delay(Math.min(25 * 2 ** attempt, 1000), undefined, { signal: opts.signal });
        const out = await gateway.call('BatchWriteItem', { RequestItems: { [table]: pending } }, { signal: opts.signal });
        pending = out.UnprocessedItems?.[table] ?? [];
      }
      opts.onWritten?.(size);
    }
  };
  // One failure stops the other workers from taking new batches.
  const guarded = () => worker().catch((err) => { failed = true; throw err; });
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, guarded));
}

/**
 * Creates each missing demo table and fills it. A table that already exists (a
 * persisted --demo-dir) is left exactly as it is: never re-seeded, never duplicated.
 */
export async function seedDemo(gateway: DynamoGateway, opts: SeedOptions = {}): Promise<void> {
  const { signal, onProgress } = opts;
  const existing = await listAllTables(gateway, signal);
  for (const input of DEMO_TABLES) {
    const table = input.TableName!;
    if (existing.has(table)) continue;
    try {
      await createTableAndWait(gateway, input, signal);
    } catch (err) {
      // Created by someone else since ListTables: theirs, so leave it alone.
      if ((err as { name?: string }).name === 'ResourceInUseException') continue;
      throw err;
    }
    const items = demoItems(table);
    let written = 0;
    onProgress?.({ table, written, total: items.length });
    await writeItems(gateway, table, items, {
      signal,
      onWritten: (count) => onProgress?.({ table, written: (written += count), total: items.length }),
    });
  }
}
