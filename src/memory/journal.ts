// The undo journal (DESIGN.md 5c): one JSON line per item written, with the item before and
// after in DynamoDB JSON (numbers as their exact strings, binary as base64), so a write can
// be put back. Appended, never rewritten: a journal entry holds up to two 400 KB items, and
// an import writes thousands, so rewriting the file per append (appendBounded) would cost
// O(file) per write. Bounded by rotation instead: once journal.jsonl would pass maxEntries
// lines or maxBytes, it becomes journal.1.jsonl (replacing the one before) and a new file
// starts, so at most two files' worth is ever kept. Owner-only: it holds item data.
//
// Plain JSON.parse / JSON.stringify, not lossless-json: every number in an image is a
// string already (DynamoDB JSON), so nothing can lose a digit, and lossless-json's parser
// took 40 s for a full 24 MB journal where JSON.parse takes well under a second.
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { plainCodec, readJsonLines, type JsonLinesRead } from './jsonLines.js';

export type DdbJson = Record<string, unknown>;

/** Where the write went: never credentials. */
export interface JournalScope { profile?: string; region?: string; endpoint?: string }

export type JournalOperation = 'edit' | 'new' | 'delete' | 'update' | 'counter' | 'saveAsNew' | 'batchDelete' | 'import' | 'undo';

export interface JournalEntry {
  v: 1;
  /** ISO 8601, when the write's answer came back. */
  time: string;
  scope: JournalScope;
  table: string;
  operation: JournalOperation;
  /** The request that was sent (PutItem, UpdateItem, DeleteItem, BatchWriteItem). */
  request: string;
  key: DdbJson;
  /** The item before the write; absent: there was none. */
  before?: DdbJson;
  /** The item after it; absent: the write deleted it. */
  after?: DdbJson;
  /** The write could not tell what was there before (an import): `before` is not known. */
  beforeUnknown?: true;
}

export interface JournalRead {
  /** Oldest first, journal.1.jsonl before journal.jsonl. */
  entries: JournalEntry[];
  damaged: number;
  problem?: string;
}

export const JOURNAL_MAX_ENTRIES = 2000;
export const JOURNAL_MAX_BYTES = 16 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isJournalEntry(v: unknown): v is JournalEntry {
  if (!isObject(v)) return false;
  return typeof v.time === 'string' && typeof v.table === 'string' && typeof v.operation === 'string' && typeof v.request === 'string'
    && isObject(v.scope) && isObject(v.key) && (v.before === undefined || isObject(v.before)) && (v.after === undefined || isObject(v.after));
}

export interface JournalOptions { maxEntries?: number; maxBytes?: number }

export class Journal {
  readonly file: string;
  readonly previous: string;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  /** Lines and bytes of journal.jsonl, counted once on the first append. */
  private size?: { lines: number; bytes: number; torn: boolean };
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly dir: string, options: JournalOptions = {}) {
    this.file = join(dir, 'journal.jsonl');
    this.previous = join(dir, 'journal.1.jsonl');
    this.maxEntries = options.maxEntries ?? JOURNAL_MAX_ENTRIES;
    this.maxBytes = options.maxBytes ?? JOURNAL_MAX_BYTES;
  }

  /**
   * Appends, in order with earlier appends; rejects when the file cannot be written. The
   * entries may be worked out in the queue (an image read back after the write), so one
   * append's reads run after the one before has landed, and flush() waits for them too.
   */
  append(entries: readonly JournalEntry[] | (() => Promise<readonly JournalEntry[]>)): Promise<void> {
    const run = this.queue.then(async () => this.write(typeof entries === 'function' ? await entries() : entries));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every append so far has landed (or failed). */
  flush(): Promise<void> {
    return this.queue;
  }

  async read(): Promise<JournalRead> {
    await this.flush();
    const old = await readLines(this.previous);
    const now = await readLines(this.file);
    return {
      entries: [...old.entries, ...now.entries],
      damaged: old.damaged + now.damaged,
      ...(now.problem || old.problem ? { problem: now.problem ?? old.problem } : {}),
    };
  }

  private async write(entries: readonly JournalEntry[]): Promise<void> {
    if (!entries.length) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    this.size ??= await this.measure();
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.size.lines > 0 && (this.size.lines + entries.length > this.maxEntries || this.size.bytes + bytes > this.maxBytes)) {
      await rename(this.file, this.previous);
      this.size = { lines: 0, bytes: 0, torn: false };
    }
    // A line torn by a crash is ended first, so it stays one damaged line and does not
    // swallow the next entry.
    const prefix = this.size.torn ? '\n' : '';
    await appendFile(this.file, prefix + text, { mode: 0o600 });
    this.size = { lines: this.size.lines + entries.length, bytes: this.size.bytes + bytes + prefix.length, torn: false };
  }

  private async measure(): Promise<{ lines: number; bytes: number; torn: boolean }> {
    try {
      const { size } = await stat(this.file);
      if (size === 0) return { lines: 0, bytes: 0, torn: false };
      const text = await readFile(this.file, 'utf8');
      let lines = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      const torn = !text.endsWith('\n');
      return { lines: lines + (torn ? 1 : 0), bytes: size, torn };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: 0, bytes: 0, torn: false };
      throw err;
    }
  }
}

/** The entries of one file; a line that is not an entry is counted, never fatal. Plain
 * JSON: every number in an image is a string already, and JSON.parse is fast on a full file. */
const readLines = (path: string): Promise<JsonLinesRead<JournalEntry>> => readJsonLines(path, isJournalEntry, plainCodec);
