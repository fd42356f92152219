// CSV: the header typing, and what CSV cannot carry (README "Scripting"): the cells
// are text, so an empty string survives only as a quoted "" (a tool that rewrites the
// file without quotes turns it into "no attribute"), and a header without types reads
// every cell as a string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readEntries, type Entry } from '../../src/bulk/readEntries.js';
import { openText } from '../../src/bulk/textChunks.js';
import { parseHeaderCell, headerCell } from '../../src/bulk/index.js';
import { FileSyntaxError } from '../../src/bulk/jsonSplit.js';

async function read(text: string, chunkSize = 7): Promise<Entry[]> {
  // Small chunks: cells and lines split across chunk boundaries.
  const chunks = Array.from({ length: Math.ceil(text.length / chunkSize) }, (_, i) => Buffer.from(text.slice(i * chunkSize, (i + 1) * chunkSize)));
  const out: Entry[] = [];
  for await (const e of readEntries(await openText(Readable.from(chunks), 16), 'csv')) out.push(e);
  return out;
}

test('header cells: name:TYPE at the last colon, untyped is S, names with colons survive', () => {
  assert.deepEqual(parseHeaderCell('year:N'), { name: 'year', type: 'N' });
  assert.deepEqual(parseHeaderCell('title'), { name: 'title', type: 'S' });
  assert.deepEqual(parseHeaderCell('a:b'), { name: 'a:b', type: 'S' });
  assert.deepEqual(parseHeaderCell(':colon:S'), { name: ':colon', type: 'S' });
  assert.deepEqual(parseHeaderCell('x:N:S'), { name: 'x:N', type: 'S' });
  assert.deepEqual(parseHeaderCell('mixed:ddb'), { name: 'mixed', type: 'ddb' });
  assert.equal(headerCell({ name: 'x:N', type: 'S' }), 'x:N:S');
});

test('typed cells become exact values', async () => {
  const csv = [
    'id,year:N,ok:BOOL,none:NULL,bin:B,tags:SS,nums:NS,bins:BS,list:L,map:M,any:ddb',
    `a,12345678901234567890123456789012345678,true,null,AQI=,"[""x"",""y""]","[1,2.5]","[""AA==""]","[1,""s"",{""$SS"":[""q""]}]","{""k"":-0.5}","{""NS"":[""7""]}"`,
  ].join('\n');
  const [entry] = await read(csv);
  assert.deepEqual(entry, {
    line: 2,
    item: {
      id: { S: 'a' }, year: { N: '12345678901234567890123456789012345678' }, ok: { BOOL: true }, none: { NULL: true },
      bin: { B: Uint8Array.from([1, 2]) }, tags: { SS: ['x', 'y'] }, nums: { NS: ['1', '2.5'] }, bins: { BS: [Uint8Array.from([0])] },
      list: { L: [{ N: '1' }, { S: 's' }, { SS: ['q'] }] }, map: { M: { k: { N: '-0.5' } } }, any: { NS: ['7'] },
    },
  });
});

test('cannot carry: an empty string needs its quotes; unquoted empty means no attribute', async () => {
  const [quoted, bare] = await read('id,note\na,""\nb,\n');
  assert.deepEqual(quoted, { line: 2, item: { id: { S: 'a' }, note: { S: '' } } });
  assert.deepEqual(bare, { line: 3, item: { id: { S: 'b' } } }, 'the empty string is gone once the quotes are');
});

test('cannot carry: without a type in the header, numbers, booleans and sets are strings', async () => {
  const [entry] = await read('id,year,ok,tags\na,1999,true,"[""x""]"\n');
  assert.deepEqual(entry, { line: 2, item: { id: { S: 'a' }, year: { S: '1999' }, ok: { S: 'true' }, tags: { S: '["x"]' } } });
});

test('bad rows are reported with the line they start on; rows span lines inside quotes', async () => {
  const entries = await read([
    'id,n:N,note',
    'a,1,"two',
    'lines"',
    'b,not-a-number,x',
    'c,3',
    '',
    'd,4,"x"',
    'e,1e999,x',
    'f,,"tags"',
  ].join('\n'));
  assert.deepEqual(entries.map((e) => ('problem' in e ? [e.line, e.problem] : [e.line])), [
    [2],
    [4, 'n: "not-a-number" is not a number'],
    [5, '2 cells, the header has 3'],
    [7],
    [8, 'n: 1e999 is out of range: DynamoDB numbers are 0 or between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude'],
    [9],
  ]);
});

test('a broken header or an unclosed quote stops the file with its line', async () => {
  await assert.rejects(read('id,id\na,b\n'), (e: unknown) => e instanceof FileSyntaxError && /"id" appears twice/.test(e.message));
  await assert.rejects(read('id,\na,b\n'), (e: unknown) => e instanceof FileSyntaxError && /column 2 has no name/.test(e.message));
  await assert.rejects(read('id,x\na,b\nc,"open\nd,e\n'), (e: unknown) => e instanceof FileSyntaxError && /Quote Not Closed|quote/i.test(e.message));
});

test('a UTF-8 byte order mark (spreadsheet exports) is not part of the first name', async () => {
  const [entry] = await read('\uFEFFid,n:N\na,1\n');
  assert.deepEqual(entry, { line: 2, item: { id: { S: 'a' }, n: { N: '1' } } });
});
