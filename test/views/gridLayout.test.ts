// Where the grid's columns go across the terminal, and what its status line says about the
// row position and a sort. Pure functions: no rendering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutGrid } from '../../src/views/table/gridColumns.js';
import { statusLine } from '../../src/views/table/statusLine.js';
import { browseReducer, initialBrowse, type BrowseState, type Item } from '../../src/state/browse.js';
import { afterPage, firstPage } from '../../src/state/paging.js';

const names = Array.from({ length: 60 }, (_, i) => `col${i}`);
const widths = names.map(() => 8);

test('the keys come first at any scroll; the gutter and the end say how many columns are hidden each side', () => {
  for (const offset of [0, 1, 12, 59]) {
    const g = layoutGrid(['pk', 'sk'], [6, 4], names.slice(offset), widths.slice(offset), offset, names.length, 80);
    assert.deepEqual(g.pinned.map((c) => c.name), ['pk', 'sk'], `offset ${offset}`);
    assert.equal(g.scroll[0]!.name, `col${offset}`);
    assert.equal(g.left, offset);
    assert.equal(g.right, names.length - offset - g.scroll.length);
    assert.equal(g.gutter, offset ? `│◀ ${offset} more ` : '│ ');
    assert.equal(g.rowGutter.length, g.gutter.length, 'rows line up under the header');
    const used = g.pinned.reduce((n, c) => n + c.width + 1, 0) + g.gutter.length + g.scroll.reduce((n, c) => n + c.width + 1, 0)
      + (g.right ? ` ${g.right} more ▶`.length : 0);
    assert.ok(used <= 81, `fits 80 columns (used ${used}) at offset ${offset}`);
  }
});

test('wide keys take at most half the width; a lone wide column is cut, not dropped', () => {
  const g = layoutGrid(['pk', 'sk'], [40, 40], ['a'], [40], 0, 1, 60);
  assert.ok(g.pinned.reduce((n, c) => n + c.width + 1, 0) <= 30);
  assert.ok(g.pinned.every((c) => c.width >= 4));
  assert.equal(g.scroll.length, 1);
  assert.equal(g.right, 0);
  const none = layoutGrid([], [], ['a', 'b'], [5, 5], 1, 2, 60);
  assert.equal(none.gutter, '◀ 1 more ');
});

const item = (i: number): Item => ({ id: { S: `r${i}` } });
function grid(count: number, more: boolean, patch: Partial<BrowseState> = {}): BrowseState {
  const rows = Array.from({ length: count }, (_, i) => item(i));
  const s = browseReducer(initialBrowse(), {
    type: 'browse/request', request: { operation: 'Scan', input: { TableName: 'T' }, label: 'scan' },
    page: { rows, meta: { count, scanned: count, capacity: 1 }, paging: afterPage(firstPage(), more ? { id: { S: 'x' } } : undefined), columns: ['id'], keys: ['id'] },
  });
  return { ...s, ...patch };
}

test('status: the row position, of the loaded rows, and whether more pages can be read', () => {
  assert.match(statusLine(grid(1000, true), 1000, 233), /^row 234 of 1,000 loaded · scan · page 1 · Count 1,000 \/ ScannedCount 1,000 · more pages: \]/);
  assert.match(statusLine(grid(1000, true, { quickFilter: 'x' }), 7, 2), /^row 3 of 7 shown · quick filter "x" on loaded rows: 7 of 1,000/);
  assert.match(statusLine(grid(20, false), 20, 0), /^row 1 of 20 · scan · page 1 · Count 20 \/ ScannedCount 20 · last page/);
  assert.match(statusLine(grid(0, true), 0, 0), /^scan · page 1 · Count 0 \/ ScannedCount 0 · more pages: \]/, 'no rows: no position, the paging said after');
  const all = grid(20000, false, { all: { running: false, pages: 200, scanned: 20000, capacity: 9, truncated: false, cancelled: false } });
  assert.match(statusLine(all, 20000, 1233), /^row 1,234 of 20,000 · scan · all 200 pages/);
  const cut = grid(50, false, { all: { running: false, pages: 2, scanned: 50, capacity: 1, truncated: false, cancelled: true } });
  assert.match(statusLine(cut, 50, 0), /^row 1 of 50 loaded · /);
});

test('status: a sort says which rows it covers', () => {
  const sort = { column: 'year', descending: true };
  assert.match(statusLine(grid(100, true, { sort }), 100, 0), /sorted by year ↓ \(this page only\)/);
  assert.match(statusLine(grid(100, false, { sort }), 100, 0), /sorted by year ↓ \(every row read\)/);
  const paged = grid(10, false, { sort: { column: 'year', descending: false } });
  assert.match(statusLine({ ...paged, paging: { ...paged.paging, page: 1 } }, 10, 0), /sorted by year ↑ \(this page only\)/);
  const partial = grid(10, false, { sort, all: { running: true, pages: 1, scanned: 10, capacity: 1, truncated: false, cancelled: false } });
  assert.match(statusLine(partial, 10, 0), /sorting by year ↓ once every page is in \(shown as read until then\)/);
  const stopped = grid(10, false, { sort, all: { running: false, pages: 1, scanned: 10, capacity: 1, truncated: false, cancelled: true } });
  assert.match(statusLine(stopped, 10, 0), /sorted by year ↓ \(loaded rows only\)/);
});
