// The window of a long value around its cursor (src/format/textWindow.ts) and the prefix
// measure under it (fitPrefix): rows are contiguous, never wider than the room, hold the
// cursor, stay put while the cursor moves inside them, and cost the same at any length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { fitPrefix, truncateToWidth } from '../../src/format/width.js';
import { layoutRows, textWindow, visibleControls } from '../../src/format/textWindow.js';
import { wrapLine } from '../../src/format/wrap.js';

const segmenter = new Intl.Segmenter();
/** The naive answer: whole graphemes from `from` while string-width says they fit. */
function naivePrefix(text: string, from: number, max: number): number {
  let end = from, used = 0;
  for (const { segment } of segmenter.segment(text.slice(from))) {
    const w = stringWidth(segment);
    if (used + w > max) break;
    used += w;
    end += segment.length;
  }
  return end;
}

const texts = fc.oneof(
  fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('e\u0301'.repeat(50), '日本語テキスト'.repeat(20), '👩‍👩‍👧 family '.repeat(20), 'x'.repeat(500), 'café 東京 🦖 '.repeat(30),
    // Graphemes that join: skin tones, flags, combining kana marks, Hangul jamo, ZWJ emoji, an accent on ASCII.
    '👍🏽 ok 🇯🇵🇫🇷 か\u3099 \u1100\u1161\u11a8 한국 👩‍💻x e\u0301 🦖\u200d🔥 '.repeat(8)),
);

test('fitPrefix measures what string-width and whole graphemes give, from any position', () => {
  fc.assert(fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 40 }), (raw, at, max) => {
    const text = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    const from = segmentStart(text, at);
    const got = fitPrefix(text, from, max);
    assert.equal(got.end, naivePrefix(text, from, max));
    assert.equal(got.width, stringWidth(text.slice(from, got.end)));
  }), { numRuns: 1500 });
});

/** A grapheme boundary near `at` (a window starts at one; mid-grapheme starts are cosmetic). */
function segmentStart(text: string, at: number): number {
  let best = 0;
  for (const { index } of segmenter.segment(text)) { if (index > at % (text.length + 1)) break; best = index; }
  return best;
}

test('the window: contiguous rows no wider than the room, holding the cursor', () => {
  fc.assert(fc.property(texts, fc.nat(), fc.integer({ min: 4, max: 30 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (text, at, width, lines, anchor) => {
    const cursor = at % (text.length + 1);
    const w = textWindow(text, cursor, width, lines, anchor % (text.length + 1));
    assert.ok(w.rows.length >= 1 && w.rows.length <= lines);
    for (let i = 1; i < w.rows.length; i++) assert.equal(w.rows[i]!.from, w.rows[i - 1]!.to, 'rows follow each other');
    for (const r of w.rows) assert.ok(stringWidth(r.shown) <= width, `${JSON.stringify(r.shown)} fits ${width}`);
    const row = w.rows[w.cursorRow]!;
    assert.ok(cursor >= row.from && cursor < row.to, 'the cursor is on its row');
  }), { numRuns: 1500 });
});

test('the window stays put while the cursor moves inside it, and scrolls by a row past its end', () => {
  const text = 'abcdefghij'.repeat(100);
  const first = textWindow(text, 0, 10, 4, 0);
  assert.deepEqual(first.rows.map((r) => r.shown), ['abcdefghij', 'abcdefghij', 'abcdefghij', 'abcdefghij']);
  for (const c of [5, 15, 39]) assert.equal(textWindow(text, c, 10, 4, first.start).start, 0);
  const next = textWindow(text, 40, 10, 4, 0);
  assert.equal(next.start, 10, 'one row down');
  assert.equal(next.cursorRow, 3);
  // Far jumps (end, home) re-centre around the cursor; the end has a cell for the cursor.
  const end = textWindow(text, text.length, 10, 4, 0);
  assert.equal(end.rows.at(-1)!.shown, ' ');
  assert.equal(end.rows.at(-1)!.from, text.length);
  assert.equal(textWindow(text, 0, 10, 4, end.start).start, 0);
});

test('control characters show as their pictures, one column each, code units kept', () => {
  assert.equal(visibleControls('a\nb\tc\x7f'), 'a␊b␉c␡');
  const rows = layoutRows('a\nb', 0, 10, 2);
  assert.deepEqual(rows.map((r) => r.shown), ['a␊b ']);
});

test('a window of a 390 KB value holds the cursor at its start, middle and end', () => {
  const big = 'café 東京 🦖 lorem ipsum '.repeat(18_000);
  for (const c of [0, 207_001, big.length]) {
    const w = textWindow(big, c, 100, 8, 0);
    const row = w.rows[w.cursorRow]!;
    assert.ok(c >= row.from && c < row.to);
    // The rows are the text as it is (the cell after the end is a space).
    assert.equal(w.rows.map((r) => r.shown).join(''), `${big} `.slice(w.rows[0]!.from, w.rows.at(-1)!.to));
  }
});

test('a 390 KB line wraps exactly; a cut of it reads only its head', () => {
  const big = 'café 東京 🦖 lorem ipsum '.repeat(18_000);
  const lines = wrapLine(big, 100);
  assert.equal(lines.join(''), big);
  assert.ok(lines.every((l) => stringWidth(l) <= 100));
  assert.equal(truncateToWidth(big, 13), 'café 東京 🦖…');
  assert.equal(truncateToWidth(big, 12), 'café 東京 …');
});
