import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  barText, etaMs, formatEta, formatFraction, formatRate, fractionOf, indeterminateBar, perSecond, BAR_EMPTY, BAR_FULL,
} from '../../src/format/progress.js';

test('rate: items per second, whole above 10, one decimal below, a dash before any time has passed', () => {
  assert.equal(perSecond(500, 250), 2000);
  assert.equal(perSecond(5, 0), undefined);
  assert.equal(formatRate(12_345, 1000), '12,345 items/s');
  assert.equal(formatRate(7, 2000), '3.5 items/s');
  assert.equal(formatRate(0, 1000), '0 items/s');
  assert.equal(formatRate(10, 0), '— items/s');
  assert.equal(formatRate(3, 1000, 'pages'), '3 pages/s');
});

test('fraction: clamped to 0..1, unknown without a positive total', () => {
  assert.equal(fractionOf(50, 200), 0.25);
  assert.equal(fractionOf(300, 200), 1, 'a count past the total (rows added meanwhile) stops at full');
  assert.equal(fractionOf(-1, 200), 0);
  assert.equal(fractionOf(5, undefined), undefined);
  assert.equal(fractionOf(5, 0), undefined);
  assert.equal(fractionOf(5, Number.NaN), undefined);
});

test('ETA: what is left at the pace so far; unknown before there is a pace', () => {
  assert.equal(etaMs(25, 100, 1000), 3000);
  assert.equal(etaMs(100, 100, 1000), 0);
  assert.equal(etaMs(120, 100, 1000), 0, 'never negative');
  assert.equal(etaMs(0, 100, 1000), undefined);
  assert.equal(etaMs(10, undefined, 1000), undefined);
  assert.equal(etaMs(10, 100, 0), undefined);
});

const etas: [number | undefined, string][] = [
  [undefined, 'ETA —'],
  [0, 'ETA 0 s'],
  [1, 'ETA 1 s'],
  [7200.5, 'ETA 8 s'],
  [59_000, 'ETA 59 s'],
  [59_001, 'ETA 1m 00s'],
  [245_000, 'ETA 4m 05s'],
  [7_380_000, 'ETA 2h 03m'],
  [Number.POSITIVE_INFINITY, 'ETA —'],
];
for (const [ms, want] of etas) test(`formatEta(${ms}) -> ${want}`, () => assert.equal(formatEta(ms), want));

test('percent rounds down: 100% only when done', () => {
  assert.equal(formatFraction(0), '0%');
  assert.equal(formatFraction(0.4899), '48%');
  assert.equal(formatFraction(0.999), '99%');
  assert.equal(formatFraction(1), '100%');
  assert.equal(formatFraction(1.5), '100%');
  assert.equal(formatFraction(undefined), '—');
});

test('bar: exactly `width` cells, full only at 1, empty at 0', () => {
  assert.equal(barText(0, 10), BAR_EMPTY.repeat(10));
  assert.equal(barText(0.5, 10), BAR_FULL.repeat(5) + BAR_EMPTY.repeat(5));
  assert.equal(barText(0.999, 10), BAR_FULL.repeat(9) + BAR_EMPTY);
  assert.equal(barText(1, 10), BAR_FULL.repeat(10));
  assert.equal(barText(2, 4), BAR_FULL.repeat(4));
  assert.equal(barText(Number.NaN, 4), BAR_EMPTY.repeat(4));
  for (let w = 1; w <= 30; w++) for (const f of [0, 0.01, 0.33, 0.5, 0.99, 1]) assert.equal([...barText(f, w)].length, w);
});

test('indeterminate bar: the same width, a block that moves with the tick and bounces at the ends', () => {
  const frames = Array.from({ length: 40 }, (_, t) => indeterminateBar(t, 16));
  for (const f of frames) {
    assert.equal([...f].length, 16);
    assert.equal([...f].filter((c) => c === BAR_FULL).length, 2);
  }
  const at = frames.map((f) => f.indexOf(BAR_FULL));
  assert.deepEqual(at.slice(0, 16), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 13]);
  assert.equal(at[28], 0, 'back at the start after a full swing');
  assert.equal(indeterminateBar(5, 1), BAR_FULL);
});
