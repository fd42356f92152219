// Import then export is exact: AppData holds every attribute type (38-digit and tiny
// numbers, sets, binary, empty strings and binaries, NULL, deep nesting, odd names), so
// a format that round-trips it loses nothing. Each format: export the seeded table,
// import that file into an empty copy, check the copy against the generated items, and
// export the copy again: the same records, byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseLossless } from 'lossless-json';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { digest } from '../demo/compare.js';
import { demoItems } from '../../src/demo/seed.js';
import { appDataTable } from '../../src/demo/singleTable.js';
import { moviesTable } from '../../src/demo/movies.js';
import { FORMATS } from '../../src/bulk/index.js';
import { exportText, importText, renamed, scanAll, sortedRecords } from './helpers.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

for (const format of FORMATS) {
  test(`${format}: AppData exports, imports and exports again exactly`, async () => {
    const first = await exportText(engine.gateway, 'AppData', format);
    const copy = `AppData_${format.replace('-', '_')}`;
    await engine.createTable(renamed(appDataTable, copy));
    const summary = await importText(engine.gateway, copy, first, format);
    const expected = demoItems('AppData');
    assert.deepEqual(
      { written: summary.written, skipped: summary.skipped, failed: summary.failed, problems: summary.problems },
      { written: expected.length, skipped: 0, failed: 0, problems: [] },
    );
    assert.equal(digest(sortKeyed(await scanAll(engine.gateway, copy))), digest(sortKeyed(expected)), 'the copy holds exactly the generated items');
    const second = await exportText(engine.gateway, copy, format, 1);
    assert.deepEqual(sortedRecords(second, format), sortedRecords(first, format));
  });
}

test('json is one valid array; jsonl keeps 38 digits and wraps sets and binary', async () => {
  const json = await exportText(engine.gateway, 'AppData', 'json');
  const parsed = parseLossless(json) as unknown[];
  assert.equal(parsed.length, demoItems('AppData').length);
  const line = (await exportText(engine.gateway, 'AppData', 'jsonl')).split('\n').find((l) => l.includes('"sk":"numbers"'))!;
  assert.match(line, /"digits38":12345678901234567890123456789012345678,/);
  assert.match(line, /"smallest":0\.0{129}1,/);
  assert.match(line, /"numberSet":\{"\$NS":\[/);
  const everything = (await exportText(engine.gateway, 'AppData', 'jsonl')).split('\n').find((l) => l.includes('"sk":"everything"'))!;
  assert.match(everything, /"binary":\{"\$B":"AQID\/v8="\}/);
  assert.match(everything, /"stringSet":\{"\$SS":\["alpha","beta","gamma"\]\}/);
});

test('Movies (several pages, parallel segments) round-trips through jsonl', async () => {
  const text = await exportText(engine.gateway, 'Movies', 'jsonl', 4);
  await engine.createTable(renamed(moviesTable, 'Movies_copy'));
  const summary = await importText(engine.gateway, 'Movies_copy', text, 'jsonl');
  assert.equal(summary.written, demoItems('Movies').length);
  assert.equal(digest(sortKeyed(await scanAll(engine.gateway, 'Movies_copy'))), digest(sortKeyed(demoItems('Movies'))));
});

function sortKeyed(items: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>[]) {
  const key = (i: (typeof items)[number]) => JSON.stringify([i.pk ?? i.year, i.sk ?? i.title]);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
