// BatchWriteItem in groups of 25 with several groups in flight.
//
// Retries are safe because every request is a PutRequest of a whole item: writing the
// same item again leaves the table as one write would, so an answer lost after the
// write happened (a 500, a reset connection) can be sent again without duplicating
// anything. What would break is order: a later line with the same key must not be
// overtaken by the retry of an earlier one. So a key is in at most one batch at a time:
// a duplicate inside the group being filled sends that group first (DynamoDB also
// rejects a batch that names a key twice), and a key still in flight is waited for.
//
// A cancel sends nothing more; requests already sent get `graceMs` to answer, then are
// aborted. Items whose answer never came are re-read (confirm.ts) before they are counted,
// so a cancel ends within graceMs + CONFIRM_MS with every item in one exact bucket.
import type { WriteRequest } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../dynamo/client.js';
import type { Item } from '../dynamo/codec/index.js';
import { mayHaveBeenApplied } from '../dynamo/write/lostAnswer.js';
import { CONFIRM_MS, confirmPuts } from './confirm.js';
import { itemKey, type KeyInfo } from './keys.js';
import { backoffMs, follow, retryReason, sleep, type RetryPolicy, type RetryReason } from './retry.js';

export const BATCH_SIZE = 25;

/**
 * A BatchWriteItem answers in tens of milliseconds; one that has not answered 2 s after
 * a cancel is stalled (or far behind), and a re-read settles its items sooner.
 */
export const CANCEL_GRACE_MS = 2_000;

export interface WriteEntry { line: number; item: Item }

export interface WriterEvents {
  written(entries: WriteEntry[]): void;
  /** Refused by DynamoDB (ValidationException), or not written after every retry. */
  failed(entries: WriteEntry[], error: unknown): void;
  /** Not written because the import was cancelled (never sent, or sent and found absent). */
  unsent(entries: WriteEntry[]): void;
  /** Sent, no answer came, and re-reading them failed too: may or may not be written. */
  unknown(entries: WriteEntry[], error: unknown): void;
  retried(reason: RetryReason): void;
}

export interface WriterOptions {
  concurrency: number;
  retry: RetryPolicy;
  signal?: AbortSignal;
  /** After a cancel, how long requests already sent may take to answer. Default CANCEL_GRACE_MS. */
  graceMs?: number;
  /** How long the re-reads of one batch may take. Default CONFIRM_MS. */
  confirmMs?: number;
}

interface Keyed extends WriteEntry { key: string }

export class BatchWriter {
  private current: Keyed[] = [];
  private currentKeys = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly owners = new Map<string, Promise<void>>();
  /** The cancel, and what aborts requests in flight graceMs after it. */
  private readonly soft: AbortSignal;
  private readonly hard: AbortSignal;
  /** An error that ends the import (missing table, access denied, read-only). */
  fatal: unknown;

  constructor(
    private readonly gateway: DynamoGateway,
    private readonly table: string,
    private readonly keys: KeyInfo,
    private readonly events: WriterEvents,
    private readonly options: WriterOptions,
  ) {
    this.soft = follow(options.signal);
    this.hard = follow(options.signal, options.graceMs ?? CANCEL_GRACE_MS);
  }

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
    if (this.soft.aborted) return this.events.unsent(batch);
    const sent: Promise<void> = this.send(batch, false)
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

  /** A batch (or, `alone`, one item with PutItem) until written, refused or given up. */
  private async send(batch: Keyed[], alone: boolean): Promise<void> {
    const { retry } = this.options;
    const signal = this.soft;
    // Items an attempt may have written although it failed (a 5xx, a reset, a timeout).
    const maybe = new Set<Keyed>();
    let pending = batch;
    for (let stalled = 0; pending.length > 0;) {
      if (stalled > 0) await sleep(backoffMs(stalled - 1, retry), signal).catch(() => {});
      if (signal.aborted) return this.giveUp(pending, maybe);
      let left: Keyed[];
      try {
        left = await this.attempt(pending, alone);
      } catch (err) {
        if (mayHaveBeenApplied(err)) for (const e of pending) maybe.add(e);
        if (signal.aborted) return this.giveUp(pending, maybe);
        if ((err as Error)?.name === 'ValidationException') return alone ? this.giveUp(pending, maybe, err) : this.oneByOne(pending);
        const reason = retryReason(err);
        // An error no retry fixes (missing table, access denied, read-only) ends the import.
        if (!reason) this.fatal ??= err;
        if (!reason || ++stalled >= retry.attempts) return this.giveUp(pending, maybe, err);
        this.events.retried(reason);
        continue;
      }
      const done = pending.filter((e) => !left.includes(e));
      if (done.length) this.events.written(done);
      pending = left;
      // Progress resets the backoff; a batch that makes none waits longer each round.
      stalled = done.length ? 1 : stalled + 1;
      if (!pending.length) break;
      if (stalled >= retry.attempts) {
        return this.giveUp(pending, maybe, new Error(`still unprocessed after ${retry.attempts} attempts (throttled)`));
      }
      this.events.retried('throttled');
    }
  }

  /** One request; returns the entries DynamoDB left unprocessed. */
  private async attempt(pending: Keyed[], alone: boolean): Promise<Keyed[]> {
    const opts = { signal: this.hard, once: true };
    if (alone) {
      await this.gateway.call('PutItem', { TableName: this.table, Item: pending[0]!.item }, opts);
      return [];
    }
    const out = await this.gateway.call('BatchWriteItem', { RequestItems: { [this.table]: pending.map(toRequest) } }, opts);
    const left: WriteRequest[] = out.UnprocessedItems?.[this.table] ?? [];
    const leftKeys = new Set(left.map((r) => itemKey(this.keys, r.PutRequest?.Item ?? {})));
    return pending.filter((e) => leftKeys.has(e.key));
  }

  /** A batch DynamoDB refused as a whole: put each item alone to find the bad ones. */
  private async oneByOne(batch: Keyed[]): Promise<void> {
    for (const [i, entry] of batch.entries()) {
      if (this.fatal !== undefined) return this.events.failed(batch.slice(i), this.fatal);
      if (this.soft.aborted) return this.events.unsent(batch.slice(i));
      await this.send([entry], true);
    }
  }

  /**
   * Counts what is left of a batch: not written (unsent after a cancel, else failed with
   * `error`), except items an attempt may have written, which are re-read first.
   */
  private async giveUp(pending: Keyed[], maybe: Set<Keyed>, error?: unknown): Promise<void> {
    const notWritten = (entries: Keyed[]) => {
      if (!entries.length) return;
      if (error === undefined) this.events.unsent(entries);
      else this.events.failed(entries, error);
    };
    notWritten(pending.filter((e) => !maybe.has(e)));
    const check = pending.filter((e) => maybe.has(e));
    if (!check.length) return;
    const r = await confirmPuts(this.gateway, this.table, this.keys, check, this.options.retry, this.options.confirmMs ?? CONFIRM_MS);
    if (r.written.length) this.events.written(r.written);
    notWritten(r.absent);
    if (r.unknown.length) this.events.unknown(r.unknown, error ?? r.error);
  }
}

function toRequest(e: WriteEntry): WriteRequest {
  return { PutRequest: { Item: e.item } };
}
