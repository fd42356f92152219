// Export: bounded memory through backpressure, filter/projection/index, empty tables.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { parse as parseLossless } from 'lossless-json';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { buildScanInput, exportItems, FORMATS } from '../../src/bulk/index.js';
import { demoItems } from '../../src/demo/seed.js';
import { MOVIES_GSI } from '../../src/demo/movies.js';
import { exportText, memoryOutput, simpleTable } from './helpers.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

test('a slow output holds the scan back: never more than two pages per segment ahead', async () => {
  const segments = 3;
  let scans = 0;
  let writesDone = 0;
  let worstLead = 0;
  const stop = engine.gateway.onRequest((r) => {
    if (r.operation !== 'Scan') return;
    scans++;
    worstLead = Math.max(worstLead, scans - writesDone);
  });
  // Takes one write at a time and answers a few event-loop turns later: always "full".
  const slow = new Writable({
    highWaterMark: 1,
    write(_chunk, _enc, done) {
      setImmediate(() => setImmediate(() => { writesDone++; done(); }));
    },
  });
  try {
    const r = await exportItems(engine.gateway, {
      source: { operation: 'Scan', input: { TableName: 'Movies', Limit: 40 }, segments }, format: 'jsonl', output: slow,
    });
    assert.equal(r.items, demoItems('Movies').length);
    assert.ok(r.pages > 60, `many pages (${r.pages})`);
    assert.ok(worstLead <= 2 * segments, `requests ahead of the output: ${worstLead}`);
  } finally { stop(); }
});

test('--filter, --projection and --index shape the scan, with placeholders as needed', async () => {
  const scan = buildScanInput({ table: 'Movies', index: MOVIES_GSI, filter: 'year = 1999 and rating >= 7', projection: 'title, year, info.rating' });
  assert.ok(scan.ok);
  assert.equal(scan.input.IndexName, MOVIES_GSI);
  const out = memoryOutput();
  const r = await exportItems(engine.gateway, { source: { operation: 'Scan', input: scan.input, segments: 2 }, format: 'jsonl', output: out.stream });
  const expected = demoItems('Movies').filter((m) => m.year!.N === '1999' && m.genre && Number(m.rating!.N) >= 7);
  assert.equal(r.items, expected.length);
  for (const line of out.text().trim().split('\n')) {
    const item = parseLossless(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(item).sort(), ['info', 'title', 'year']);
  }
  assert.ok(r.scanned > r.items, 'scanned counts what the filter dropped');
});

test('a bad --filter or --projection names the field', () => {
  const bad = buildScanInput({ table: 'Movies', filter: 'year = ' });
  assert.equal(bad.ok ? '' : bad.field, 'filter');
  const badProjection = buildScanInput({ table: 'Movies', projection: 'a,,b' });
  assert.equal(badProjection.ok ? '' : badProjection.field, 'projection');
});

test('an empty table: [] for json, nothing for the others', async () => {
  await engine.createTable(simpleTable('Empty'));
  for (const format of FORMATS) {
    assert.equal(await exportText(engine.gateway, 'Empty', format), format === 'json' ? '[]\n' : '', format);
  }
});

test('CSV columns: keys first, then the rest sorted; a column of mixed types is ddb', async () => {
  const csv = await exportText(engine.gateway, 'AppData', 'csv');
  const header = csv.slice(0, csv.indexOf('\n')).split(',');
  assert.deepEqual(header.slice(0, 2), ['pk:S', 'sk:S']);
  const rest = header.slice(2).map((h) => h.slice(0, h.lastIndexOf(':')));
  assert.deepEqual(rest, [...rest].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.ok(header.includes('empty:ddb'), '"empty" is S in one item and B in another');
});
