// The import (I) and export (X) screens against a real engine over HTTP, with real files
// in a temporary folder. Waits on what the frame shows, never on time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, renderApp, typeText, type Rendered } from '../helpers/ink.js';
import { exportText, scanAll, simpleTable, sortedRecords } from '../bulk/helpers.js';
import { demoConnection } from '../../src/demo/engine.js';
import { demoItems } from '../../src/demo/seed.js';
import { DynamoGateway, type InputOf, type Operation, type OutputOf } from '../../src/dynamo/client.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';
import {
  checkExportTarget, checkImportFile, defaultExportPath, expandPath, guessFormat, resolveFormat,
} from '../../src/bulk/files.js';

let engine: TestEngine;
let dir: string;
let tables = 0;
before(async () => {
  engine = await seededEngine();
  dir = mkdtempSync(join(tmpdir(), 'dynoscope-bulk-ui-'));
});
after(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh table keyed by `id` (S), with an unused name. */
async function freshTable(): Promise<string> {
  const name = `Bulk_${++tables}`;
  await engine.createTable(simpleTable(name));
  return name;
}

/** A fresh folder for one test's files. */
function folder(): string {
  const d = join(dir, `t${++tables}`);
  mkdirSync(d);
  return d;
}

/**
 * A gateway that holds one operation after `allowed` calls until `release()`, or until
 * the call's own signal aborts (a cancel): lets a test cancel a job mid-way without
 * racing it. The requests themselves go to the engine unchanged.
 */
class GatedGateway extends DynamoGateway {
  private gate?: { op: Operation; allowed: number; open: Promise<void>; release: () => void };
  arm(op: Operation, allowed: number): void {
    let release = () => {};
    const open = new Promise<void>((r) => { release = r; });
    this.gate = { op, allowed, open, release };
  }
  release(): void { this.gate?.release(); }
  override async call<K extends Operation>(operation: K, input: InputOf<K>, opts: { signal?: AbortSignal } = {}): Promise<OutputOf<K>> {
    const g = this.gate;
    if (g && operation === g.op && g.allowed-- <= 0) {
      const aborted = new Promise<void>((r) => opts.signal?.addEventListener('abort', () => r(), { once: true }));
      await Promise.race([g.open, aborted]);
    }
    return super.call(operation, input, opts);
  }
}

async function open(table: string, opts: { readOnly?: boolean; gated?: boolean } = {}): Promise<{ app: Rendered; gateway: DynamoGateway; writes: string[] }> {
  const gateways: DynamoGateway[] = [];
  const app = renderApp({
    connection: { ...demoConnection(engine.endpoint), readOnly: opts.readOnly },
    table,
    makeGateway: (c) => { const g = opts.gated ? new GatedGateway(c) : new DynamoGateway(c); gateways.push(g); return g; },
  });
  await app.waitFor(/page 1 · Count/);
  const writes: string[] = [];
  gateways[0]!.onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) writes.push(r.operation); });
  return { app, gateway: gateways[0]!, writes };
}

/** Replaces the focused text field's content. */
async function retype(app: Rendered, text: string): Promise<void> {
  await app.press(KEY.end, '\x15');
  await typeText(app, text);
}

/** `label   1,234` off a summary row. */
function count(frame: string, label: string): number {
  const m = new RegExp(`^\\s+${label}\\s+([\\d,]+)`, 'm').exec(frame);
  assert.ok(m, `no "${label}" row in:\n${frame}`);
  return Number(m[1]!.replace(/,/g, ''));
}

const get = async (table: string, id: string) =>
  (await engine.gateway.call('GetItem', { TableName: table, Key: { id: { S: id } }, ConsistentRead: true })).Item;

const BIG = '12345678901234567890123456789012345678'; // 38 digits: more than a double holds


/** `I`, the file's path, enter: the import's confirm step is on screen. */
async function importConfirm(app: Rendered, file: string) {
  await app.press('I');
  await app.waitFor('Import items into');
  await typeText(app, file);
  await app.press(KEY.enter);
  await app.waitFor(': confirm');
}

test('import JSON lines with two bad lines: confirm first, exact counts, bad lines by number, 38 digits kept', async () => {
  const table = await freshTable();
  const file = join(folder(), 'items.jsonl');
  writeFileSync(file, [
    `{"id": "a", "n": ${BIG}, "s": "x"}`,
    '{"id": "b", "tags": {"$SS": ["x", "y"]}, "nested": {"l": [1, "two", null, true]}}',
    '{"id": "c", "n": 3',
    '{"n": 4}',
    '{"id": "d", "tiny": -0.000000000000000000000000000000000000000001}',
  ].join('\n') + '\n');
  const { app, writes } = await open(table);
  try {
    await app.press('I');
    await app.waitFor(`Import items into ${table}`);
    await typeText(app, file);
    await app.waitFor('auto → jsonl');
    await app.press(KEY.enter);
    let f = await app.waitFor(`Import into ${table}: confirm`);
    assert.match(f, new RegExp(`file\\s+${file}`));
    assert.match(f, /format\s+jsonl \(auto, from the file name\)/);
    assert.match(f, /size\s+\d+ B \(\d+ bytes\)/);
    assert.match(f, /already exists in Bulk_\d+ is replaced whole/);
    // The footer names the keys of this step, not the form's.
    assert.match(f, /enter start the import as shown\s+esc back to the form, inputs kept/);
    assert.doesNotMatch(f, /tab next field/);
    // esc goes back to the form with the inputs kept; nothing was sent.
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`› file\\s+${file}`));
    assert.deepEqual(writes, []);
    await app.press(KEY.enter);
    await app.waitFor(': confirm');
    await app.press(KEY.enter);
    f = await app.waitFor(/Imported 3 of 5 items/);
    assert.deepEqual([count(f, 'written'), count(f, 'skipped'), count(f, 'failed'), count(f, 'unwritten'), count(f, 'read')], [3, 2, 0, 0, 5]);
    assert.match(f, /line 3: invalid JSON/);
    assert.match(f, /line 4: the key attribute "id" is missing/);
    assert.deepEqual((await get(table, 'a'))?.n, { N: BIG });
    assert.deepEqual((await get(table, 'b'))?.tags, { SS: ['x', 'y'] });
    assert.deepEqual((await get(table, 'd'))?.tiny, { N: '-0.000000000000000000000000000000000000000001' });
    assert.equal(await get(table, 'c'), undefined);
    await app.press(KEY.esc);
    await app.waitFor(/page 1 · Count 3 \//);
  } finally { app.unmount(); }
});

test('import a CSV file with a typed header', async () => {
  const table = await freshTable();
  const file = join(folder(), 'items.csv');
  writeFileSync(file, 'id,n:N,ok:BOOL,tags:SS,note\na,1,true,"[""x"",""y""]",hello\nb,2.5,false,,""\n');
  const { app } = await open(table);
  try {
    await app.press('I');
    await app.waitFor('Import items into');
    await typeText(app, file);
    await app.waitFor('auto → csv');
    await app.press(KEY.enter);
    const confirm = await app.waitFor(/format\s+csv/);
    assert.match(confirm, /CSV types come from the header/);
    await app.press(KEY.enter);
    const f = await app.waitFor(/Imported 2 of 2 items/);
    assert.equal(count(f, 'written'), 2);
    assert.deepEqual(await get(table, 'a'), { id: { S: 'a' }, n: { N: '1' }, ok: { BOOL: true }, tags: { SS: ['x', 'y'] }, note: { S: 'hello' } });
    assert.deepEqual(await get(table, 'b'), { id: { S: 'b' }, n: { N: '2.5' }, ok: { BOOL: false }, note: { S: '' } });
  } finally { app.unmount(); }
});

test('a missing file, a folder, an unknown extension: a message under the field, nothing written', async () => {
  const table = await freshTable();
  const d = folder();
  writeFileSync(join(d, 'items.txt'), '{"id": "a"}\n');
  const { app, writes } = await open(table);
  try {
    await app.press('I');
    await app.waitFor('Import items into');
    await typeText(app, join(d, 'nope.jsonl'));
    await app.press(KEY.enter);
    await app.waitFor(`✗ no such file: ${join(d, 'nope.jsonl')}`);
    await retype(app, d);
    await app.press(KEY.enter);
    await app.waitFor(`✗ ${d} is a folder, not a file`);
    await retype(app, join(d, 'items.txt'));
    await app.waitFor('auto → ? (unknown extension)');
    await app.press(KEY.enter);
    await app.waitFor('✗ cannot tell the format from the name (.txt)');
    // Choosing the format explicitly lets it through to the confirm step.
    await focusField(app, 'format');
    await app.press(' ');
    await app.waitFor('‹ jsonl ›');
    await app.press(KEY.enter);
    await app.waitFor(/format\s+jsonl\s*$/m);
    await app.press(KEY.esc, KEY.esc);
    await app.waitFor(/page 1 · Count 0/);
    assert.deepEqual(writes, []);
    assert.equal((await scanAll(engine.gateway, table)).length, 0);
  } finally { app.unmount(); }
});

test('cancel mid-import of 20,000 lines: the counts add up and the table holds exactly what was written', async () => {
  const table = await freshTable();
  const file = join(folder(), 'big.jsonl');
  writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `k${i}`, n: i, pad: 'x'.repeat(40) })).join('\n') + '\n');
  const { app, gateway } = await open(table, { gated: true });
  try {
    await importConfirm(app, file);
    (gateway as GatedGateway).arm('BatchWriteItem', 4);
    await app.press(KEY.enter);
    let f = await app.waitFor(/written\s+100\b/);
    assert.match(f, /Importing .*big\.jsonl into Bulk_\d+/);
    assert.match(f, /\d+%/);
    assert.match(f, /items\/s · ETA/);
    assert.match(f, /esc cancel the running import or export/);
    // Help covers the screen (kept underneath); the import and its progress are still there after.
    await app.press('?');
    await app.waitFor(/tables › Bulk_\d+ › import › help/);
    await app.press(KEY.esc);
    f = await app.waitFor(/written\s+100\b/);
    assert.match(f, /Importing .*big\.jsonl/);
    await app.press(KEY.esc);
    await app.waitFor('cancelling');
    (gateway as GatedGateway).release();
    f = await app.waitFor(/Cancelled: [\d,]+ items were written/);
    const [written, skipped, failed, unsent, read] = ['written', 'skipped', 'failed', 'unwritten', 'read'].map((l) => count(f, l));
    assert.equal(written + unsent + skipped + failed, read, f);
    assert.ok(written >= 100 && written < 20_000, `written ${written}`);
    assert.equal((await scanAll(engine.gateway, table)).length, written);
    assert.match(f, /the rest of the file was not read/);
  } finally { app.unmount(); }
});

test('a table gone before the import starts: the error on screen, nothing written, esc back to the form', async () => {
  const table = await freshTable();
  const file = join(folder(), 'one.jsonl');
  writeFileSync(file, '{"id": "a"}\n');
  const { app, writes } = await open(table);
  try {
    await importConfirm(app, file);
    await engine.gateway.call('DeleteTable', { TableName: table });
    await app.press(KEY.enter);
    const f = await app.waitFor(`Table ${table} not found`);
    assert.match(f, new RegExp(`Import into ${table} failed`));
    assert.match(f, /Nothing was written/);
    assert.deepEqual(writes, []);
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`› file\\s+${file}`));
  } finally { app.unmount(); }
});

/** Opens X on the grid, sets the path (and format) and waits for the summary. */
async function exportTo(app: Rendered, path: string, done: RegExp | string = /Exported [\d,]+ items/): Promise<string> {
  await app.press('X');
  await app.waitFor('To a file');
  await focusField(app, 'file');
  await retype(app, path);
  await app.press(KEY.enter);
  return app.waitFor(done);
}

const tempFiles = (d: string) => readdirSync(d).filter((n) => n.endsWith('.tmp'));

test('export the default scan to JSON lines: item for item what exportItems writes; the path follows the format', async () => {
  const d = folder();
  const out = join(d, 'appdata.jsonl');
  const { app } = await open('AppData');
  try {
    await app.press('X');
    let f = await app.waitFor('Export the scan of AppData');
    assert.match(f, /reads\s+Scan of AppData/);
    assert.match(f, /› file\s+AppData\.jsonl/);
    assert.match(f, /segments\s+4/);
    await focusField(app, 'format');
    await app.press(' ');
    await app.waitFor(/file\s+AppData\.json\s/);
    await app.press(' ');
    await app.waitFor(/file\s+AppData\.csv/);
    await app.press(' ');
    await app.waitFor(/file\s+AppData\.ddb\.jsonl/);
    await app.press(' ');
    await app.waitFor(/file\s+AppData\.jsonl/);
    // Once the path is typed, the format no longer changes it.
    await focusField(app, 'file');
    await retype(app, 'mine.out');
    await focusField(app, 'format');
    await app.press(' ');
    await app.waitFor('‹ json ›');
    assert.match(app.lastFrame() ?? '', /file\s+mine\.out/);
    await app.press(KEY.esc);
    await app.waitFor(/page 1 · Count/);
    f = await exportTo(app, out);
    const text = readFileSync(out, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    assert.match(f, new RegExp(`Exported ${lines.length.toLocaleString('en-US')} items \\(scan of AppData\\) to ${out}`));
    assert.match(f, new RegExp(`size\\s+.* \\(${Buffer.byteLength(text).toLocaleString('en-US')} bytes\\), jsonl`));
    assert.deepEqual(sortedRecords(text, 'jsonl'), sortedRecords(await exportText(engine.gateway, 'AppData', 'jsonl'), 'jsonl'));
    assert.equal(lines.length, (await scanAll(engine.gateway, 'AppData')).length);
    assert.deepEqual(tempFiles(d), []);
  } finally { app.unmount(); }
});

test('export of a query exports only that query\'s items', async () => {
  const d = folder();
  const out = join(d, 'movies-2001.jsonl');
  const expected = demoItems('Movies').filter((m) => m.year.N === '2001').length;
  const { app } = await open('Movies');
  try {
    await app.press('Q');
    await app.waitFor('Query Movies');
    await focusField(app, 'year (N) =');
    await typeText(app, '2001');
    await app.press(KEY.enter);
    await app.waitFor(/query · page 1 · Count/);
    await app.press('X');
    const form = await app.waitFor('Export the query of Movies');
    assert.match(form, /key\s+year = 2001/);
    assert.doesNotMatch(form, /segments/);
    await app.press(KEY.esc);
    await app.waitFor(/query · page 1/);
    const f = await exportTo(app, out);
    const years = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { year: number }).year);
    assert.equal(years.length, expected);
    assert.ok(years.every((y) => y === 2001));
    assert.match(f, new RegExp(`Exported ${expected} items \\(query of Movies\\)`));
  } finally { app.unmount(); }
});

test('an existing file is refused until overwrite is on', async () => {
  const d = folder();
  const out = join(d, 'out.jsonl');
  writeFileSync(out, 'old\n');
  const { app } = await open('AppData');
  try {
    await exportTo(app, out, `✗ ${out} exists; turn on overwrite to replace it`);
    assert.equal(readFileSync(out, 'utf8'), 'old\n');
    await focusField(app, 'overwrite');
    await app.press(' ');
    await app.waitFor(/› overwrite\s+\[x\]/);
    await app.press(KEY.enter);
    await app.waitFor(/Exported [\d,]+ items/);
    assert.notEqual(readFileSync(out, 'utf8'), 'old\n');
    assert.deepEqual(sortedRecords(readFileSync(out, 'utf8'), 'jsonl'), sortedRecords(await exportText(engine.gateway, 'AppData', 'jsonl'), 'jsonl'));
    assert.deepEqual(readdirSync(d), ['out.jsonl']);
  } finally { app.unmount(); }
});

test('cancel mid-export leaves neither the file nor a temporary file', async () => {
  const d = folder();
  const out = join(d, 'movies.jsonl');
  const { app, gateway } = await open('Movies', { gated: true });
  try {
    (gateway as GatedGateway).arm('Scan', 2);
    const running = await exportTo(app, out, /items\s+[1-9]/);
    assert.match(running, /Exporting the scan of Movies to /);
    assert.match(running, /run the live count \(c\) on Movies first/);
    assert.equal(tempFiles(d).length, 1, 'the items go to a temporary file meanwhile');
    await app.press(KEY.esc);
    const f = await app.waitFor('Export cancelled.');
    assert.match(f, new RegExp(`file\\s+${out} was not written`));
    assert.match(f, /temporary\s+the temporary file was removed/);
    assert.match(f, /read\s+[\d,]+ items read before it stopped/);
    assert.deepEqual(readdirSync(d), []);
    assert.equal(existsSync(out), false);
  } finally { (gateway as GatedGateway).release(); app.unmount(); }
});

test('with the live count known, the export shows a bar toward it', async () => {
  const d = folder();
  const { app, gateway } = await open('Movies', { gated: true });
  try {
    await app.press('c');
    await app.waitFor(/live count\s+[\d,]+ items \(scanned/);
    (gateway as GatedGateway).arm('Scan', 1);
    const f = await exportTo(app, join(d, 'm.csv'), /items\s+[1-9]/);
    assert.match(f, /█*░+\s+\d+%/);
    assert.match(f, /the table holds [\d,]+ \(live count\)/);
    await app.press(KEY.esc);
    await app.waitFor('Export cancelled.');
  } finally { (gateway as GatedGateway).release(); app.unmount(); }
});

test('--read-only: I does nothing, X exports', async () => {
  const d = folder();
  const out = join(d, 'ro.jsonl');
  const { app, writes } = await open('AppData', { readOnly: true });
  try {
    await app.press('I', 'X');
    await app.waitFor('Export the scan of AppData');
    await app.press(KEY.esc);
    await app.waitFor(/page 1 · Count/);
    await exportTo(app, out);
    assert.ok(readFileSync(out, 'utf8').length > 0);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('a table gone before the export: the error on screen, no file, the app keeps running', async () => {
  const table = await freshTable();
  await engine.gateway.call('PutItem', { TableName: table, Item: { id: { S: 'a' } } });
  const d = folder();
  const out = join(d, 'gone.jsonl');
  const { app } = await open(table);
  try {
    await app.press('X');
    await app.waitFor('To a file');
    await engine.gateway.call('DeleteTable', { TableName: table });
    await focusField(app, 'file');
    await retype(app, out);
    await app.press(KEY.enter);
    const f = await app.waitFor(`Table ${table} not found`);
    assert.match(f, new RegExp(`file\\s+${out} was not written`));
    assert.match(f, /the temporary file was removed/);
    assert.deepEqual(readdirSync(d), []);
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`› file\\s+${out}`));
  } finally { app.unmount(); }
});

test('paths: ~ is home, relative starts at the current directory; the format by name; target checks', async () => {
  assert.equal(expandPath('~/x/items.csv', '/work', '/home/me'), '/home/me/x/items.csv');
  assert.equal(expandPath(' ~ ', '/work', '/home/me'), '/home/me');
  assert.equal(expandPath('out/a.jsonl', '/work', '/home/me'), '/work/out/a.jsonl');
  assert.equal(expandPath('/abs/a.json', '/work', '/home/me'), '/abs/a.json');
  assert.equal(expandPath('~user/a.json', '/work', '/home/me'), '/work/~user/a.json', 'only ~ and ~/ are the home folder');
  assert.deepEqual(resolveFormat('auto', 'x.JSONL'), { ok: true, format: 'jsonl', auto: true });
  assert.deepEqual(resolveFormat('auto', 'Movies.ddb.jsonl'), { ok: true, format: 'ddb-json', auto: true });
  assert.deepEqual(resolveFormat('csv', 'x.txt'), { ok: true, format: 'csv', auto: false });
  assert.equal(resolveFormat('auto', 'x').ok, false);
  assert.deepEqual(['jsonl', 'json', 'csv', 'ddb-json'].map((f) => defaultExportPath('T', f as never)), ['T.jsonl', 'T.json', 'T.csv', 'T.ddb.jsonl']);
  for (const f of ['jsonl', 'json', 'csv', 'ddb-json'] as const) assert.equal(guessFormat(defaultExportPath('T', f)), f, 'an export reads back as its format');
  const d = folder();
  assert.deepEqual(await checkExportTarget(join(d, 'no', 'a.jsonl'), false), { ok: false, message: `the folder ${join(d, 'no')} does not exist` });
  assert.deepEqual(await checkExportTarget(d, true), { ok: false, message: `${d} is a folder` });
  assert.deepEqual(await checkExportTarget(join(d, 'a.jsonl'), false), { ok: true, path: join(d, 'a.jsonl'), existed: false });
  assert.deepEqual(await checkExportTarget('', false), { ok: false, message: 'type the path of the file to write' });
  assert.deepEqual(await checkImportFile('  '), { ok: false, message: 'type the path of the file to import' });
});

test('X: the format follows the typed file name\'s extension until a format is chosen', async () => {
  const d = folder();
  const { app } = await open('AppData');
  try {
    await app.press('X');
    await app.waitFor('To a file');
    await focusField(app, 'file');
    for (const [name, format] of [['items.csv', 'csv'], ['items.json', 'json'], ['items.ndjson', 'jsonl'], ['items.ddb.jsonl', 'ddb-json'], ['items.jsonl', 'jsonl']] as const) {
      await retype(app, join(d, name));
      await app.waitFor(`‹ ${format} ›`);
    }
    // Chosen explicitly, the format stays whatever the name says.
    await focusField(app, 'format');
    await app.press(' ');
    await app.waitFor('‹ json ›');
    await focusField(app, 'file');
    await retype(app, join(d, 'chosen.csv'));
    await app.waitFor(/chosen\.csv/);
    assert.match(app.lastFrame() ?? '', /‹ json ›/);
    await app.press(KEY.esc);
    await app.waitFor(/page 1 · Count/);
    // A fresh export to a .csv name writes CSV: a header row, not JSON.
    const out = join(d, 'appdata.csv');
    const f = await exportTo(app, out);
    assert.match(f, /, csv/);
    assert.ok(!readFileSync(out, 'utf8').startsWith('{'), 'CSV, not JSON lines');
  } finally { app.unmount(); }
});
