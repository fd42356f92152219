// BatchWriteItem in groups of 25 with several groups in flight.
//
// Retries are safe because every request is a PutRequest of a whole item: writing the
// same item again leaves the table as one write would, so an answer lost after the
// write happened (a 500, a reset connection) can be sent again without duplicating
// anything. What would break is order: a later line with the same key must not be
// overtaken by the retry of an earlier one. So a key is in at most one batch at a time:
// a duplicate inside the group being filled sends that group first (DynamoDB also
// rejects a batch that names a key twice), and a key still in flight is waited for.
import type { WriteRequest } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../dynamo/client.js';
import type { Item } from '../dynamo/codec/index.js';
import { itemKey, type KeyInfo } from './keys.js';
import { backoffMs, isRetryable, sleep, withRetry, type RetryPolicy } from './retry.js';

export const BATCH_SIZE = 25;

export interface WriteEntry { line: number; item: Item }

export interface WriterEvents {
  written(entries: WriteEntry[]): void;
  /** Refused by DynamoDB (ValidationException), or still failing after every retry. */
  failed(entries: WriteEntry[], error: unknown): void;
  /** Never sent because the import was cancelled while they waited for a retry. */
  unsent(entries: WriteEntry[]): void;
}

export interface WriterOptions { concurrency: number; retry: RetryPolicy; signal?: AbortSignal }

interface Keyed extends WriteEntry { key: string }

export class BatchWriter {
  private current: Keyed[] = [];
  private currentKeys = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly owners = new Map<string, Promise<void>>();
  /** An error that ends the import (missing table, access denied, read-only). */
  fatal: unknown;

  constructor(
    private readonly gateway: DynamoGateway,
    private readonly table: string,
    private readonly keys: KeyInfo,
    private readonly events: WriterEvents,
    private readonly options: WriterOptions,
  ) {}

  get pending(): number {
    return this.current.length;
  }

  async put(entry: WriteEntry): Promise<void> {
    const key = itemKey(this.keys, entry.item);
    if (this.currentKeys.has(key)) await this.flush();
    const owner = this.owners.get(key);
    if (owner) await owner;
    this.current.push({ ...entry, key });
    this.currentKeys.add(key);
    if (this.current.length >= BATCH_SIZE) await this.flush();
  }

  /** Sends the group being filled, once fewer than `concurrency` groups are in flight. */
  async flush(): Promise<void> {
    if (!this.current.length) return;
    const batch = this.current;
    this.current = [];
    this.currentKeys = new Set();
    while (this.inFlight.size >= this.options.concurrency) await Promise.race(this.inFlight);
    const sent: Promise<void> = this.send(batch)
      .catch((err) => { this.fatal ??= err; })
      .finally(() => {
        this.inFlight.delete(sent);
        for (const e of batch) if (this.owners.get(e.key) === sent) this.owners.delete(e.key);
      });
    this.inFlight.add(sent);
    for (const e of batch) this.owners.set(e.key, sent);
  }

  /** Waits for everything in flight; `flush` first to send the last partial group. */
  async settle(flush: boolean): Promise<void> {
    if (flush) await this.flush();
    else if (this.current.length) this.events.unsent(this.current.splice(0));
    while (this.inFlight.size) await Promise.race(this.inFlight);
  }

  private async send(batch: Keyed[]): Promise<void> {
    const { retry, signal } = this.options;
    let pending = batch;
    for (let stalled = 0; pending.length > 0;) {
      if (stalled > 0) {
        try {
          await sleep(backoffMs(stalled - 1, retry), signal);
        } catch {
          this.events.unsent(pending);
          return;
        }
      }
      let left: WriteRequest[];
      try {
        // No signal: a request once sent is awaited, so the summary knows its outcome.
        const out = await this.gateway.call('BatchWriteItem', { RequestItems: { [this.table]: pending.map(toRequest) } });
        left = out.UnprocessedItems?.[this.table] ?? [];
      } catch (err) {
        if ((err as Error)?.name === 'ValidationException') return this.oneByOne(pending);
        if (!isRetryable(err)) return this.stop(err, pending);
        if (++stalled >= retry.attempts) return this.events.failed(pending, err);
        continue;
      }
      const leftKeys = new Set(left.map((r) => itemKey(this.keys, r.PutRequest?.Item ?? {})));
      const done = pending.filter((e) => !leftKeys.has(e.key));
      if (done.length) this.events.written(done);
      pending = pending.filter((e) => leftKeys.has(e.key));
      // Progress resets the backoff; a batch that makes none waits longer each round.
      stalled = done.length ? 1 : stalled + 1;
      if (pending.length && stalled >= retry.attempts) {
        return this.events.failed(pending, new Error(`still unprocessed after ${retry.attempts} attempts (throttled)`));
      }
    }
  }

  /** A batch DynamoDB refused as a whole: put each item alone to find the bad ones. */
  private async oneByOne(batch: Keyed[]): Promise<void> {
    for (const [i, entry] of batch.entries()) {
      try {
        await withRetry(() => this.gateway.call('PutItem', { TableName: this.table, Item: entry.item }), this.options.retry);
        this.events.written([entry]);
      } catch (err) {
        if ((err as Error)?.name !== 'ValidationException' && !isRetryable(err)) return this.stop(err, batch.slice(i));
        this.events.failed([entry], err);
      }
    }
  }

  /** An error no retry fixes (missing table, access denied, read-only) ends the import. */
  private stop(err: unknown, entries: Keyed[]): void {
    this.fatal ??= err;
    this.events.failed(entries, err);
  }
}

function toRequest(e: WriteEntry): WriteRequest {
  return { PutRequest: { Item: e.item } };
}
