// Reading Scan / Query results a page at a time, and `A`: every page up to a row cap.
import type { AttributeValue, QueryCommandInput, ScanCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../client.js';

export type Item = Record<string, AttributeValue>;
export type Key = Record<string, AttributeValue>;
export type ReadOperation = 'Scan' | 'Query';
export type ReadCommandInput = ScanCommandInput | QueryCommandInput;

export interface Page {
  items: Item[];
  count: number;
  scannedCount: number;
  /** Read capacity units consumed (0 when the service reports none). */
  capacity: number;
  /** LastEvaluatedKey: where the next page starts; undefined on the last page. */
  lastKey?: Key;
}

/** The exact input of the page that starts at `startKey`, for sending and for showing. */
export function pageInput<I extends ReadCommandInput>(input: I, startKey?: Key): I {
  return startKey ? { ...input, ExclusiveStartKey: startKey } : input;
}

export async function readPage(
  gateway: DynamoGateway, operation: ReadOperation, input: ReadCommandInput, startKey?: Key, signal?: AbortSignal,
): Promise<Page> {
  const sent = pageInput(input, startKey);
  const out = operation === 'Scan'
    ? await gateway.call('Scan', sent as ScanCommandInput, { signal })
    : await gateway.call('Query', sent as QueryCommandInput, { signal });
  return {
    items: out.Items ?? [],
    count: out.Count ?? 0,
    scannedCount: out.ScannedCount ?? 0,
    capacity: out.ConsumedCapacity?.CapacityUnits ?? 0,
    lastKey: out.LastEvaluatedKey,
  };
}

/**
 * The most rows `A` holds. Measured (`node --expose-gc`, demo items re-parsed from JSON so
 * no string is shared): a Movies item is ~410 bytes as JSON and ~960 bytes of heap once
 * loaded, an AppData item ~510 and ~1,130. So 20,000 rows are ~20 MB of heap for items
 * like these, and still ~200 MB for items ten times larger, about the most a terminal
 * tool should hold. It also keeps the paging-memory bench flat: a 200,000-item
 * table loads no more rows than a 20,000-item one. Past the cap loading stops and says
 * so, with the key to continue from; `dynoscope export` streams everything.
 */
export const LOAD_ALL_MAX_ROWS = 20_000;

export interface LoadAllProgress {
  /** Every row so far; a new array each time (safe to keep in state). */
  items: Item[];
  rows: number;
  scanned: number;
  pages: number;
  capacity: number;
}

export interface LoadAllResult extends LoadAllProgress {
  /** Stopped at maxRows while the service still had a LastEvaluatedKey (the rest may be empty). */
  truncated: boolean;
  cancelled: boolean;
  /** Where to continue from when truncated or cancelled; undefined once the end was read. */
  lastKey?: Key;
}

export interface LoadAllOptions {
  maxRows?: number;
  onProgress?: (p: LoadAllProgress) => void;
  signal?: AbortSignal;
  /** Start from this key instead of the first page (to continue a truncated load). */
  startKey?: Key;
}

/**
 * Reads page after page until the end, maxRows, or the signal. The request is the one
 * given, except that when fewer rows are left under the cap than a page could return,
 * that page is asked for exactly those (Limit), so the cap is never overshot and the
 * last LastEvaluatedKey continues exactly where the rows end. A filter that matches
 * nothing on a page costs a request and moves on. Cancelling keeps the rows read so far.
 */
export async function loadAll(
  gateway: DynamoGateway, operation: ReadOperation, input: ReadCommandInput, options: LoadAllOptions = {},
): Promise<LoadAllResult> {
  const { maxRows = LOAD_ALL_MAX_ROWS, onProgress, signal, startKey } = options;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`maxRows must be a positive integer, not ${maxRows}`);
  const items: Item[] = [];
  let scanned = 0, pages = 0, capacity = 0;
  let key = startKey;
  let cancelled = false;
  do {
    if (signal?.aborted) { cancelled = true; break; }
    const left = maxRows - items.length;
    const request = input.Limit !== undefined && input.Limit <= left ? input : { ...input, Limit: left };
    let page: Page;
    try {
      page = await readPage(gateway, operation, request, key, signal);
    } catch (err) {
      if (signal?.aborted) { cancelled = true; break; }
      throw err;
    }
    for (const item of page.items) items.push(item);
    scanned += page.scannedCount;
    capacity += page.capacity;
    pages += 1;
    key = page.lastKey;
    onProgress?.({ items: items.slice(), rows: items.length, scanned, pages, capacity });
  } while (key && items.length < maxRows);
  const truncated = !cancelled && key !== undefined && items.length >= maxRows;
  return { items, rows: items.length, scanned, pages, capacity, truncated, cancelled, lastKey: key };
}
