// queries.json: named scan and query forms, plain pretty-printed JSON a person can edit
// and commit. One object keyed by the query's name; each value holds the table, the form's
// fields and, optionally, an "endpoint" that limits it to that engine. No profile and no
// region: a saved query is about a table, so it works on another machine or account.
//
//   { "recent-dramas": { "table": "Movies", "mode": "query", "index": "GenreRatingIndex",
//                        "partitionValue": "Drama", "pageSize": "100", "descending": true } }
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadForm } from '../dynamo/read/form.js';
import { writeFileAtomic } from './atomicFile.js';
import type { MemoryPaths } from './paths.js';
import { trackWrite } from './pending.js';
import { formFromJson, formToJson, isRecord } from './queryForm.js';

export interface SavedQuery {
  name: string;
  table: string;
  /** Only on this endpoint (an --endpoint-url, or "demo"); absent: on any connection. */
  endpoint?: string;
  /** When ctrl+s saved it (ISO 8601); absent in a query written by hand. */
  savedAt?: string;
  form: ReadForm;
}

export interface SavedRead {
  queries: SavedQuery[];
  /** Entries that are not saved queries, with why (they are kept in the file as they are). */
  skipped: string[];
  /** Why the file could not be used at all (a missing file is no problem: no queries). */
  problem?: string;
}

export const queriesPath = (paths: MemoryPaths): string => join(paths.configDir, 'queries.json');

/** The file as an object keyed by name, or why it is not one. */
async function readRaw(path: string): Promise<{ raw: Record<string, unknown> } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { raw: {} };
    return { problem: `${path} could not be read: ${(err as Error).message}` };
  }
  if (!text.trim()) return { raw: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: `${path} is not valid JSON (${(err as Error).message})` };
  }
  if (!isRecord(value)) return { problem: `${path} should hold one JSON object keyed by query name` };
  return { raw: value };
}

export async function readSavedQueries(path: string): Promise<SavedRead> {
  const r = await readRaw(path);
  if ('problem' in r) return { queries: [], skipped: [], problem: r.problem };
  const queries: SavedQuery[] = [];
  const skipped: string[] = [];
  for (const [name, v] of Object.entries(r.raw)) {
    const q = toSaved(name, v);
    if (typeof q === 'string') skipped.push(`"${name}": ${q}`);
    else queries.push(q);
  }
  return { queries, skipped };
}

function toSaved(name: string, v: unknown): SavedQuery | string {
  if (!isRecord(v)) return 'not an object';
  if (typeof v.table !== 'string' || !v.table) return 'no "table"';
  if (v.endpoint !== undefined && typeof v.endpoint !== 'string') return '"endpoint" is not text';
  const form = formFromJson(v);
  if (!form.ok) return form.error;
  return {
    name, table: v.table, form: form.form,
    ...(typeof v.endpoint === 'string' && v.endpoint ? { endpoint: v.endpoint } : {}),
    ...(typeof v.savedAt === 'string' ? { savedAt: v.savedAt } : {}),
  };
}

/** Whether a saved query is offered on this table of a connection with this endpoint. */
export function queryApplies(q: SavedQuery, table: string, endpoint: string | undefined): boolean {
  return q.table === table && (!q.endpoint || q.endpoint === endpoint);
}

export function savedQueryJson(q: SavedQuery): Record<string, unknown> {
  return { table: q.table, ...(q.endpoint ? { endpoint: q.endpoint } : {}), ...(q.savedAt ? { savedAt: q.savedAt } : {}), ...formToJson(q.form) };
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Saves `q` under its name, replacing a query of that name in place (the rest of the file,
 * hand-written entries included, is kept as it was). A file that is not valid JSON is
 * never overwritten: the save fails with why, and the person's file stays.
 */
export function saveQuery(path: string, q: SavedQuery): Promise<{ replaced: boolean }> {
  // Saves to one file run one after another, so two quick saves both land.
  const run = (queues.get(path) ?? Promise.resolve()).then(async () => {
    const r = await readRaw(path);
    if ('problem' in r) throw new Error(`${r.problem}; nothing was saved`);
    const replaced = Object.hasOwn(r.raw, q.name);
    const next = { ...r.raw, [q.name]: savedQueryJson(q) };
    await writeFileAtomic(path, JSON.stringify(next, null, 2) + '\n');
    return { replaced };
  });
  queues.set(path, run.catch(() => undefined));
  return trackWrite(run);
}
