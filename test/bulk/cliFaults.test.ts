// `dynoscope import|export|count` (the built bundle) through the fault proxy: each fault on
// every third request of the operation under test ends exact and quiet (exit 0, nothing on
// stderr but the export's last line); the table is checked with a scan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { startFaultProxy, type Fault } from './faultProxy.js';
import { runCli, skipBin } from './cliRun.js';
import { importText, renamed, scanAll, simpleTable, sortedRecords } from './helpers.js';

const ITEMS = 300;
const FAULTS: Fault[] = ['throttle', 'error500', 'error500After', 'resetBefore', 'resetAfter', 'stall'];
const text = Array.from({ length: ITEMS }, (_, i) => `{"id":"k${String(i).padStart(4, '0')}","v":${i}.25,"s":"${'é'.repeat(i % 7)}"}`).join('\n');

let engine: TestEngine;
let dir: string;
before(async () => {
  engine = await startTestEngine();
  dir = mkdtempSync(join(tmpdir(), 'dynoscope-clifaults-'));
  writeFileSync(join(dir, 'items.jsonl'), `${text}\n`);
  await engine.createTable(simpleTable('Source'));
  assert.equal((await importText(engine.gateway, 'Source', text, 'jsonl')).written, ITEMS);
});
after(async () => { rmSync(dir, { recursive: true, force: true }); await engine.close(); });

/** The proxy applies `fault` to every third `operation` request; a stall is cut by a 0.3 s read timeout. */
async function run(fault: Fault, operation: string, args: string[]) {
  let seen = 0;
  const proxy = await startFaultProxy(engine.endpoint, (_n, op) => (op === operation && seen++ % 3 === 0 ? fault : 'pass'));
  try {
    const r = await runCli(proxy.endpoint, [...args, ...(fault === 'stall' ? ['--cli-read-timeout', '0.3'] : [])]);
    assert.ok((proxy.counts.get(`${operation}:${fault}`) ?? 0) >= 3, `the proxy applied ${fault}`);
    return r;
  } finally { await proxy.close(); }
}

const storedLines = async (table: string) =>
  (await scanAll(engine.gateway, table)).map((i) => `{"id":"${i.id!.S}","v":${i.v!.N},"s":"${i.s!.S}"}`).sort();

let tables = 0;
for (const fault of FAULTS) {
  test(`import with ${fault}: exit 0, every line written once`, { skip: skipBin }, async () => {
    const table = `CliImp_${++tables}`;
    await engine.createTable(renamed(simpleTable(table), table));
    const r = await run(fault, 'BatchWriteItem', ['import', table, join(dir, 'items.jsonl')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^${ITEMS} written, 0 skipped, 0 failed \\(${ITEMS} items read in [\\d.]+ s\\)\\n$`));
    assert.equal(r.stderr, '');
    assert.deepEqual(await storedLines(table), text.split('\n').sort());
  });

  test(`export -o with ${fault}: exit 0, the file holds every item once`, { skip: skipBin }, async () => {
    const file = join(dir, `export-${fault}.jsonl`);
    const r = await run(fault, 'Scan', ['export', 'Source', '--segments', '8', '-o', file]);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', `dynoscope export: ${ITEMS} items to ${file}\n`]);
    assert.deepEqual(sortedRecords(readFileSync(file, 'utf8'), 'jsonl'), await storedLines('Source'));
  });

  test(`count with ${fault}: exit 0, the exact count`, { skip: skipBin }, async () => {
    const r = await run(fault, 'Scan', ['count', 'Source', '--segments', '5']);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, `${ITEMS}\n`, '']);
    assert.equal((await scanAll(engine.gateway, 'Source')).length, ITEMS);
  });
}
