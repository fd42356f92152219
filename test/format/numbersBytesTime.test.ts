import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes } from '../../src/format/bytes.js';
import { formatCount, formatPercent } from '../../src/format/numbers.js';
import { formatDuration, formatIsoDate, formatIsoDateTime, formatRelative } from '../../src/format/time.js';

const bytes: [number | bigint, string][] = [
  [0, '0 B'],
  [1, '1 B'],
  [999, '999 B'],
  [1000, '1 KB'],
  [1500, '1.5 KB'],
  [12_345, '12.3 KB'],
  [123_456, '123 KB'],
  [999_960, '1 MB'],
  [2_300_000, '2.3 MB'],
  [5_000_000_000, '5 GB'],
  [1_234_567_890_123n, '1.2 TB'],
  [-1, '—'],
];
for (const [n, want] of bytes) test(`bytes ${n} -> ${want}`, () => assert.equal(formatBytes(n), want));

const counts: [number | bigint | string, string][] = [
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [1234567, '1,234,567'],
  [-1234, '-1,234'],
  [12345678901234567890n, '12,345,678,901,234,567,890'],
  ['98765432109876543210', '98,765,432,109,876,543,210'],
  [1e21, '1,000,000,000,000,000,000,000'],
  [1234.5, '1,234.5'],
];
for (const [n, want] of counts) test(`count ${n} -> ${want}`, () => assert.equal(formatCount(n), want));

test('percent', () => {
  assert.equal(formatPercent(1, 8), '12.5%');
  assert.equal(formatPercent(0, 8), '0%');
  assert.equal(formatPercent(8, 8), '100%');
  assert.equal(formatPercent(1, 0), '—');
});

const now = new Date('2024-05-10T12:00:00Z');
const ago: [string, string][] = [
  ['2024-05-10T11:59:55Z', 'just now'],
  ['2024-05-10T11:59:30Z', '30 seconds ago'],
  ['2024-05-10T11:59:00Z', '1 minute ago'],
  ['2024-05-10T09:00:00Z', '3 hours ago'],
  ['2024-05-07T11:00:00Z', '3 days ago'],
  ['2024-03-01T00:00:00Z', '2 months ago'],
  ['2021-05-10T12:00:00Z', '3 years ago'],
  ['2024-05-12T12:00:00Z', 'in 2 days'],
];
for (const [when, want] of ago) test(`relative ${when} -> ${want}`, () => assert.equal(formatRelative(new Date(when), now), want));

test('ISO dates are UTC to the second', () => {
  const d = new Date('2024-05-10T12:34:56.789Z');
  assert.equal(formatIsoDateTime(d), '2024-05-10T12:34:56Z');
  assert.equal(formatIsoDate(d), '2024-05-10');
  assert.equal(formatIsoDate(new Date('nope')), '—');
});

const durations: [number, string][] = [
  [0, '0 ms'],
  [850, '850 ms'],
  [12_345, '12.3 s'],
  [59_999, '59.9 s'],
  [245_000, '4m 05s'],
  [7_380_000, '2h 03m'],
  [273_600_000, '3d 4h'],
];
for (const [ms, want] of durations) test(`duration ${ms} -> ${want}`, () => assert.equal(formatDuration(ms), want));
