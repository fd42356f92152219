// The subcommands as shipped: the built bundle (dist/, made by `npm test` before the
// tests) against a seeded engine, without a terminal. Data on stdout, one clear line on
// stderr for errors, no progress when stderr is not a terminal. When the AWS CLI is
// installed, `export --format ddb-json` must equal `aws dynamodb scan` digit for digit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { demoItems } from '../../src/demo/seed.js';
import { appDataTable } from '../../src/demo/singleTable.js';
import { renamed, scanAll, sortedRecords } from './helpers.js';

const BIN = 'dist/dynoscope.js';
const AWS = '/usr/bin/aws';
const built = existsSync(BIN);
const skipBin = built ? false : `${BIN} is not built (npm test builds it; or node scripts/build.mjs)`;

let engine: TestEngine;
let dir: string;
before(async () => {
  engine = await seededEngine();
  dir = await mkdtemp(join(tmpdir(), 'dynoscope-cli-'));
});
after(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'NODE_TEST_CONTEXT') e[k] = v;
  return { ...e, AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo', AWS_DEFAULT_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
}

interface Run { code: number | null; stdout: string; stderr: string }

function run(cmd: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { env: env(), maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

const dyno = (...args: string[]) => run(process.execPath, [BIN, ...args, '--endpoint-url', engine.endpoint, '--region', 'us-east-1']);

test('count prints the number alone; with a filter, the scanned count too', { skip: skipBin }, async () => {
  const all = await dyno('count', 'Movies');
  assert.deepEqual(all, { code: 0, stdout: `${demoItems('Movies').length}\n`, stderr: '' });
  const filtered = await dyno('count', 'Movies', '--filter', 'year = 1999', '--segments', '3');
  const expected = demoItems('Movies').filter((m) => m.year!.N === '1999').length;
  assert.deepEqual(filtered, { code: 0, stdout: `${expected} (scanned ${demoItems('Movies').length})\n`, stderr: '' });
});

test('export to a file, import it into a new table, export again: the same records', { skip: skipBin }, async () => {
  await engine.createTable(renamed(appDataTable, 'AppDataCli'));
  for (const format of ['csv', 'jsonl'] as const) {
    const file = join(dir, `app.${format}`);
    const out = await dyno('export', 'AppData', '--format', format, '-o', file);
    assert.deepEqual([out.code, out.stdout], [0, '']);
    assert.match(out.stderr, /^dynoscope export: 482 items to /);
    const imported = await dyno('import', 'AppDataCli', file);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /^482 written, 0 skipped, 0 failed \(482 items read in [\d.]+ s\)\n$/);
    const again = await dyno('export', 'AppDataCli', '--format', format, '--segments', '1');
    assert.deepEqual(sortedRecords(again.stdout, format), sortedRecords(await readFile(file, 'utf8'), format));
  }
});

test('import from stdin with bad lines: each on stderr with file:line, exit 1, summary on stdout', { skip: skipBin }, async () => {
  const text = '{"pk": "CLI", "sk": "1"}\n{"pk": "CLI"}\nnot json\n{"pk": "CLI", "sk": "2"}\n';
  const r = await run(process.execPath, [BIN, 'import', 'AppDataCli', '-', '--format', 'jsonl', '--on-error', 'skip', '--endpoint-url', engine.endpoint, '--region', 'us-east-1'], text);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^2 written, 2 skipped, 0 failed/);
  assert.deepEqual(r.stderr.trim().split('\n').map((l) => l.replace(/: .*$/, '')), ['-:2', '-:3']);
  assert.match(r.stderr, /-:2: skipped: the key attribute "sk" is missing/);
  const stopped = await run(process.execPath, [BIN, 'import', 'AppDataCli', '-', '--format', 'jsonl', '--endpoint-url', engine.endpoint, '--region', 'us-east-1'], text);
  assert.equal(stopped.code, 1);
  assert.match(stopped.stdout, /^1 written, 1 skipped, 0 failed/);
  assert.match(stopped.stderr, /dynoscope import: stopped at -:2: the key attribute "sk" is missing\n$/);
});

test('errors are one line on stderr, exit 1, no stack trace', { skip: skipBin }, async () => {
  const missing = await dyno('export', 'NoSuchTable');
  assert.deepEqual(missing, { code: 1, stdout: '', stderr: `dynoscope export: Table NoSuchTable not found: There is no table named "NoSuchTable" in ${engine.endpoint}.\n` });
  const badFilter = await dyno('count', 'Movies', '--filter', 'year = ');
  assert.equal(badFilter.code, 1);
  assert.match(badFilter.stderr, /^dynoscope count: --filter: .+\n$/);
  const unreachable = await run(process.execPath, [BIN, 'count', 'Movies', '--endpoint-url', 'http://127.0.0.1:9', '--region', 'us-east-1']);
  assert.equal(unreachable.code, 1);
  assert.match(unreachable.stderr, /^dynoscope count: Cannot reach DynamoDB: No answer from http:\/\/127\.0\.0\.1:9: .*\n$/);
  const noFormat = await dyno('import', 'Movies', join(dir, 'items.txt'));
  assert.match(noFormat.stderr, /^dynoscope import: cannot tell the format of .*items\.txt; pass --format/);
  for (const r of [missing, badFilter, unreachable, noFormat]) assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('a reader that stops early (| head -1) ends the export quietly', { skip: skipBin }, async () => {
  const child = spawn(process.execPath, [BIN, 'export', 'Movies', '--endpoint-url', engine.endpoint, '--region', 'us-east-1'], { env: env() });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.deepEqual([code, stderr], [0, '']);
});

const skipAws = skipBin || (existsSync(AWS) ? false : `${AWS} is not installed (apt-get install -y awscli)`);

for (const table of ['AppData', 'Movies']) {
  test(`export --format ddb-json equals aws dynamodb scan for ${table}, digit for digit`, { skip: skipAws }, async () => {
    const [ours, theirs] = await Promise.all([
      dyno('export', table, '--format', 'ddb-json'),
      run(AWS, ['dynamodb', 'scan', '--table-name', table, '--endpoint-url', engine.endpoint, '--output', 'json']),
    ]);
    assert.equal(theirs.code, 0, theirs.stderr);
    assert.equal(ours.code, 0, ours.stderr);
    // Both are DynamoDB JSON: numbers are strings, so JSON.parse keeps every digit.
    const cli = (JSON.parse(theirs.stdout) as { Items: object[] }).Items.map((i) => JSON.stringify(sortKeys(i)));
    const mine = ours.stdout.trim().split('\n').map((l) => JSON.stringify(sortKeys(JSON.parse(l))));
    assert.equal(mine.length, demoItems(table).length);
    assert.deepEqual(mine.sort(), cli.sort());
  });
}

/** Attribute order is not part of an item; sets keep the engine's order on both sides. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

test('the table is untouched by the failed imports above', { skip: skipBin }, async () => {
  assert.equal((await scanAll(engine.gateway, 'AppData')).length, demoItems('AppData').length);
});
