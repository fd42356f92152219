import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  afterPage, firstPage, nextPage, pagingStatus, previousPage, startKeyOf, type Key,
} from '../../src/state/paging.js';

const k = (n: number): Key => ({ year: { N: String(n) } });

test('the first page starts without a key and has no next until it is read', () => {
  const p = firstPage();
  assert.deepEqual(p, { startKeys: [undefined], page: 0, done: false });
  assert.equal(startKeyOf(p), undefined);
  assert.equal(nextPage(p), undefined);
  assert.equal(previousPage(p), undefined);
  assert.equal(pagingStatus(p), 'reading');
});

test('forward pushes the LastEvaluatedKey, back pops it', () => {
  let p = afterPage(firstPage(), k(1));
  assert.equal(pagingStatus(p), 'more');
  p = nextPage(p)!;
  assert.deepEqual(p, { startKeys: [undefined, k(1)], page: 1, done: false });
  assert.deepEqual(startKeyOf(p), k(1));
  assert.equal(nextPage(p), undefined, 'page 1 is not read yet');
  p = nextPage(afterPage(p, k(2)))!;
  assert.deepEqual(p.startKeys, [undefined, k(1), k(2)]);
  p = afterPage(p, undefined);
  assert.equal(p.done, true);
  assert.equal(pagingStatus(p), 'last');
  assert.equal(nextPage(p), undefined);

  const back = previousPage(p)!;
  assert.deepEqual(back, { startKeys: [undefined, k(1)], page: 1, done: false });
  assert.deepEqual(startKeyOf(back), k(1));
  const first = previousPage(back)!;
  assert.deepEqual(first, { startKeys: [undefined], page: 0, done: false });
  assert.equal(previousPage(first), undefined);
});

test('an empty page with a LastEvaluatedKey still goes on', () => {
  // Count 0, ScannedCount > 0: only the key matters.
  const p = nextPage(afterPage(firstPage(), k(7)));
  assert.ok(p);
});

test('the functions never change their argument', () => {
  const p = afterPage(firstPage(), k(1));
  const frozen = structuredClone(p);
  nextPage(p);
  afterPage(p, k(3));
  previousPage(nextPage(p)!);
  assert.deepEqual(p, frozen);
});

test('re-reading a page after going back replaces the rest of the stack', () => {
  let p = nextPage(afterPage(nextPage(afterPage(firstPage(), k(1)))!, k(2)))!;
  p = previousPage(p)!;
  p = afterPage(p, k(20)); // the table changed: page 1 now ends elsewhere
  p = nextPage(p)!;
  assert.deepEqual(p.startKeys, [undefined, k(1), k(20)]);
  assert.equal(p.page, 2);
});
