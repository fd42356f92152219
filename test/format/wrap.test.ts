import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapLine } from '../../src/format/wrap.js';

test('long lines wrap at the display width, wide characters counted as two', () => {
  assert.deepEqual(wrapLine('short', 20), ['short']);
  assert.deepEqual(wrapLine('abcdefghijkl', 10), ['abcdefghij', 'kl']);
  assert.deepEqual(wrapLine('日本語のテキスト', 10), ['日本語のテ', 'キスト']);
  assert.equal(wrapLine('x'.repeat(95), 30).join(''), 'x'.repeat(95));
});
