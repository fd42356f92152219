// A bounded JSON Lines file: read tolerating damage (a bad line is counted, never fatal),
// append by rewriting the newest `limit` entries atomically. Entries are small (one query,
// one write's images), so a rewrite per append is cheap and a crash never tears a line.
import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'lossless-json';
import { writeFileAtomic } from './atomicFile.js';

/** How lines are parsed and printed. Lossless by default (the journal's images need every
 * digit); a file that holds no numbers can use plain JSON, many times faster. */
export interface JsonCodec { parse(text: string): unknown; stringify(value: unknown): string }
export const losslessCodec: JsonCodec = { parse: (t) => parse(t), stringify: (v) => stringify(v) ?? 'null' };
export const plainCodec: JsonCodec = { parse: (t) => JSON.parse(t), stringify: (v) => JSON.stringify(v) };

export interface JsonLinesRead<T> {
  entries: T[];
  /** Lines that were not JSON objects (a torn or hand-edited file). */
  damaged: number;
  /** Why the file could not be read at all (missing is not a problem: no entries). */
  problem?: string;
}

/** Lossless by default: numbers keep every digit (LosslessNumber), as the journal's images need. */
export async function readJsonLines<T>(path: string, accept: (value: unknown) => value is T, codec: JsonCodec = losslessCodec): Promise<JsonLinesRead<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], damaged: 0 };
    return { entries: [], damaged: 0, problem: `${path} could not be read: ${(err as Error).message}` };
  }
  const entries: T[] = [];
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = codec.parse(line);
      if (accept(value)) entries.push(value);
      else damaged++;
    } catch {
      damaged++;
    }
  }
  return { entries, damaged };
}

export function jsonLinesText(entries: readonly unknown[], codec: JsonCodec = losslessCodec): string {
  return entries.map((e) => codec.stringify(e)).join('\n') + (entries.length ? '\n' : '');
}

/**
 * Appends `entry`, keeping the newest `limit` entries (damaged lines are dropped). Returns
 * how many damaged lines were dropped, so the caller can report it once.
 */
export function appendBounded<T>(path: string, entry: T, limit: number, accept: (value: unknown) => value is T, codec: JsonCodec = losslessCodec): Promise<number> {
  // Appends to one file run one after another, so two writes finishing together both land.
  const run = (queues.get(path) ?? Promise.resolve()).then(() => rewrite(path, entry, limit, accept, codec));
  const settled = run.then(() => undefined, () => undefined);
  queues.set(path, settled);
  void settled.then(() => { if (queues.get(path) === settled) queues.delete(path); });
  return run;
}

const queues = new Map<string, Promise<void>>();

async function rewrite<T>(path: string, entry: T, limit: number, accept: (value: unknown) => value is T, codec: JsonCodec): Promise<number> {
  const read = await readJsonLines(path, accept, codec);
  if (read.problem) throw new Error(read.problem);
  const kept = [...read.entries, entry].slice(-limit);
  await writeFileAtomic(path, jsonLinesText(kept, codec));
  return read.damaged;
}
