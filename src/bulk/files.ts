// Files of the app's import and export screens: the path as typed -> an absolute one, the
// checks made before anything is read or written, and the format guessed from a name.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { formatFromPath, type BulkFormat } from './formats.js';

/** `~` is the home folder; anything relative starts at the current directory. */
export function expandPath(typed: string, cwd = process.cwd(), home = homedir()): string {
  const t = typed.trim();
  if (t === '~') return home;
  if (t.startsWith('~/')) return join(home, t.slice(2));
  return resolve(cwd, t);
}

export const EXTENSIONS: Record<BulkFormat, string> = { jsonl: '.jsonl', json: '.json', csv: '.csv', 'ddb-json': '.ddb.jsonl' };

/** What `X` proposes: `<table><ext>` in the current directory. */
export function defaultExportPath(table: string, format: BulkFormat): string {
  return `${table}${EXTENSIONS[format]}`;
}

/** The format of a file by its name (the library's rule, shared with the subcommands). */
export const guessFormat = formatFromPath;

export type FormatChoice = BulkFormat | 'auto';

export function resolveFormat(choice: FormatChoice, path: string):
  { ok: true; format: BulkFormat; auto: boolean } | { ok: false; message: string } {
  if (choice !== 'auto') return { ok: true, format: choice, auto: false };
  const format = guessFormat(path);
  if (format) return { ok: true, format, auto: true };
  const ext = extname(path);
  return { ok: false, message: `cannot tell the format from the name${ext ? ` (${ext})` : ''}: choose jsonl, json, ddb-json or csv` };
}

/** The label of `auto` in the form: what it would pick for this path. */
export function autoLabel(path: string): string {
  if (!path.trim()) return 'auto (from the extension)';
  const f = guessFormat(path);
  return f ? `auto → ${f}` : 'auto → ? (unknown extension)';
}

type Check<T> = ({ ok: true } & T) | { ok: false; message: string };

const code = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

export async function checkImportFile(typed: string): Promise<Check<{ path: string; size: number }>> {
  if (!typed.trim()) return { ok: false, message: 'type the path of the file to import' };
  const path = expandPath(typed);
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { ok: false, message: `${path} is a folder, not a file` };
    if (!s.isFile()) return { ok: false, message: `${path} is not a regular file` };
    await access(path, constants.R_OK);
    return { ok: true, path, size: s.size };
  } catch (err) {
    if (code(err) === 'ENOENT' || code(err) === 'ENOTDIR') return { ok: false, message: `no such file: ${path}` };
    if (code(err) === 'EACCES' || code(err) === 'EPERM') return { ok: false, message: `cannot read ${path}: permission denied` };
    return { ok: false, message: `cannot open ${path}: ${(err as Error).message}` };
  }
}

/** Whether a path exists (anything at all: a file, a folder, a link). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if (code(err) === 'ENOENT') return false;
    throw err;
  }
}

export async function checkExportTarget(typed: string, overwrite: boolean): Promise<Check<{ path: string; existed: boolean }>> {
  if (!typed.trim()) return { ok: false, message: 'type the path of the file to write' };
  const path = expandPath(typed);
  const folder = dirname(path);
  try {
    const d = await stat(folder).catch(() => undefined);
    if (!d?.isDirectory()) return { ok: false, message: `the folder ${folder} does not exist` };
    await access(folder, constants.W_OK);
    const s = await stat(path).catch((err) => { if (code(err) === 'ENOENT') return undefined; throw err; });
    if (s?.isDirectory()) return { ok: false, message: `${path} is a folder` };
    if (s && !s.isFile()) return { ok: false, message: `${path} exists and is not a regular file` };
    if (s && !overwrite) return { ok: false, message: `${path} exists; turn on overwrite to replace it` };
    return { ok: true, path, existed: !!s };
  } catch (err) {
    if (code(err) === 'EACCES' || code(err) === 'EPERM') return { ok: false, message: `cannot write in ${folder}: permission denied` };
    return { ok: false, message: `cannot write ${path}: ${(err as Error).message}` };
  }
}

/** A hidden file beside the target (same file system, so the final rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}
