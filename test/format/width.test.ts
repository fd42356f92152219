import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, fitText, truncateToWidth } from '../../src/format/width.js';

const widths: [string, number][] = [
  ['', 0],
  ['abc', 3],
  ['日本', 4],
  ['한국어', 6],
  ['ｆｕｌｌ', 8],
  ['😀', 2],
  ['👩‍👩‍👧', 2],
  ['🇯🇵', 2],
  ['é', 1],
  ['e\u0301', 1],
  ['a…b', 3],
];

for (const [text, width] of widths) {
  test(`${JSON.stringify(text)} is ${width} columns`, () => assert.equal(displayWidth(text), width));
}

const cuts: [string, number, string][] = [
  ['hello', 5, 'hello'],
  ['hello', 4, 'hel…'],
  ['hello', 1, '…'],
  ['hello', 0, ''],
  ['日本語', 6, '日本語'],
  ['日本語', 5, '日本…'],
  ['日本語', 4, '日…'],
  ['日本語', 3, '日…'],
  ['a日本', 4, 'a日…'],
  ['😀😀😀', 5, '😀😀…'],
  ['👩‍👩‍👧x', 2, '…'],
  ['👩‍👩‍👧xy', 3, '👩‍👩‍👧…'],
  ['e\u0301e\u0301e\u0301', 2, 'e\u0301…'],
];

for (const [text, max, want] of cuts) {
  test(`${JSON.stringify(text)} cut to ${max} is ${JSON.stringify(want)}`, () => {
    const got = truncateToWidth(text, max);
    assert.equal(got, want);
    assert.ok(displayWidth(got) <= max);
  });
}

test('fitText pads to the exact width, either side', () => {
  assert.equal(fitText('ab', 4), 'ab  ');
  assert.equal(fitText('12', 4, true), '  12');
  assert.equal(fitText('日本語', 5), '日本…');
  assert.equal(fitText('日本語', 4), '日… ');
  assert.equal(displayWidth(fitText('日本語', 4)), 4);
});

test('fitText is exactly `width` columns by string-width (what Ink measures) for any text', async () => {
  const fc = (await import('fast-check')).default;
  const stringWidth = (await import('string-width')).default;
  fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('…', 'a…', '日本語テキスト', 'e\u0301', '👩‍💻 dev')), fc.integer({ min: 1, max: 30 }), fc.boolean(), (text, width, right) => {
    const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    const out = fitText(clean, width, right);
    // A wide character that does not fit leaves one column short of the room at most.
    return stringWidth(out) === width || (stringWidth(out) === width - 1 && /[^\x20-\x7e]/.test(clean));
  }), { numRuns: 2000 });
});
