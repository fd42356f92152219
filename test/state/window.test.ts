import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyWindow, visibleRange, windowReducer, type ListWindow, type WindowAction } from '../../src/state/window.js';

const run = (w: ListWindow, ...actions: WindowAction[]) => actions.reduce(windowReducer, w);
const base = run(emptyWindow, { type: 'resize', height: 5 }, { type: 'count', count: 20 });

test('cursor moves and the window follows it', () => {
  const cases: [WindowAction[], number, number][] = [
    [[{ type: 'move', delta: 1 }], 1, 0],
    [[{ type: 'move', delta: -1 }], 0, 0],
    [[{ type: 'move', delta: 5 }], 5, 1],
    [[{ type: 'bottom' }], 19, 15],
    [[{ type: 'bottom' }, { type: 'top' }], 0, 0],
    [[{ type: 'page', direction: 1 }], 4, 4],
    [[{ type: 'page', direction: 1 }, { type: 'page', direction: -1 }], 0, 0],
    [[{ type: 'move', delta: 100 }], 19, 15],
  ];
  for (const [actions, cursor, offset] of cases) {
    const w = run(base, ...actions);
    assert.deepEqual([w.cursor, w.offset], [cursor, offset], JSON.stringify(actions));
  }
});

test('shrinking the list or the window keeps the cursor visible', () => {
  let w = run(base, { type: 'bottom' }, { type: 'count', count: 3 });
  assert.deepEqual([w.cursor, w.offset], [2, 0]);
  w = run(base, { type: 'move', delta: 4 }, { type: 'resize', height: 2 });
  assert.deepEqual([w.cursor, w.offset], [4, 3]);
  assert.deepEqual(visibleRange(w), [3, 5]);
  w = run(emptyWindow, { type: 'move', delta: 3 });
  assert.equal(w.cursor, 0);
});
