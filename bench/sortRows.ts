// How long `S` takes on the most rows the grid holds (LOAD_ALL_MAX_ROWS): sorting 20,000
// loaded rows by a number column (exact decimals, 38 digits), by a string column, and the
// cached result a later key press gets. Run: node --import tsx bench/sortRows.ts
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { LOAD_ALL_MAX_ROWS } from '../src/dynamo/read/pages.js';
import { browseReducer, initialBrowse, shownRows } from '../src/state/browse.js';
import { sortRows } from '../src/state/columns.js';

type Row = Record<string, AttributeValue>;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('').replace(/^0+/, '') || '0';
const rows: Row[] = Array.from({ length: LOAD_ALL_MAX_ROWS }, (_, i) => ({
  id: { S: `item-${i}` },
  ...(i % 10 === 0 ? {} : { big: { N: `${rand() < 0.3 ? '-' : ''}${digits(1 + Math.floor(rand() * 38))}${rand() < 0.5 ? `.${digits(3)}1` : ''}` } }),
  title: { S: Array.from({ length: 12 }, () => String.fromCharCode(0x61 + Math.floor(rand() * 26))).join('') },
}));

function time(label: string, run: () => unknown, times = 5): void {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) { const t0 = performance.now(); run(); ms.push(performance.now() - t0); }
  ms.sort((a, b) => a - b);
  process.stdout.write(`${label}: median ${ms[Math.floor(times / 2)]!.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms\n`);
}

time(`sort ${rows.length} rows by a number column (38 digits, 10% missing)`, () => sortRows(rows, { column: 'big', descending: false }));
time(`sort ${rows.length} rows by a string column`, () => sortRows(rows, { column: 'title', descending: true }));
const s = { ...browseReducer(initialBrowse(), { type: 'browse/window', action: { type: 'count', count: rows.length }, height: 20 }), rows, sort: { column: 'big', descending: false } };
shownRows(s);
time('shownRows afterwards (every key press asks for it: cached)', () => shownRows(s), 101);
