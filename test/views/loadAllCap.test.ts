// `A` stops at a row cap to bound memory: the status line keeps saying so after the
// flash is gone (the flash itself is in src/state/controllers/browse.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOAD_ALL_MAX_ROWS } from '../../src/dynamo/read/pages.js';
import { initialBrowse, type BrowseState } from '../../src/state/browse.js';
import { statusLine } from '../../src/views/table/statusLine.js';

const loaded = (over: Partial<NonNullable<BrowseState['all']>>, rows: number): BrowseState => ({
  ...initialBrowse(),
  rows: new Array(rows).fill({}),
  all: { running: false, pages: 9, scanned: rows, capacity: 12.5, truncated: false, cancelled: false, ...over },
});

test('the cap is 20,000 rows, and a load stopped by it says so in the status line', () => {
  assert.equal(LOAD_ALL_MAX_ROWS, 20_000, 'the README states this number');
  const s = statusLine(loaded({ truncated: true }, LOAD_ALL_MAX_ROWS), LOAD_ALL_MAX_ROWS, 0);
  assert.match(s, /first 9 pages \(stopped at the 20,000-row cap\) · 20,000 items/);
});

test('a load that read everything says all, and a cancelled one says so', () => {
  assert.match(statusLine(loaded({}, 1500), 1500, 0), /all 9 pages · 1,500 items/);
  assert.match(statusLine(loaded({ cancelled: true }, 700), 700, 0), /cancelled after 9 pages · 700 items/);
});
