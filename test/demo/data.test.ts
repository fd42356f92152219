// The generators alone: deterministic, well-formed, and covering every attribute type.
import '../helpers/env.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateMovies, FIRST_YEAR, LAST_YEAR } from '../../src/demo/movies.js';
import { generateAppData } from '../../src/demo/singleTable.js';
import { createRng } from '../../src/demo/prng.js';
import { decimal } from '../../src/demo/values.js';
import { typesIn, digest } from './compare.js';

test('the PRNG repeats its sequence for a seed and differs across seeds', () => {
  const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
  const rng = createRng(1);
  for (let i = 0; i < 1000; i++) {
    const v = rng.int(-3, 3);
    assert.ok(Number.isInteger(v) && v >= -3 && v <= 3);
  }
  assert.deepEqual([...createRng(2).shuffle([1, 2, 3, 4, 5])].sort(), [1, 2, 3, 4, 5]);
});

test('decimal prints integer units the way DynamoDB returns them', () => {
  assert.equal(decimal(1250), '12.5');
  assert.equal(decimal(1200), '12');
  assert.equal(decimal(-5), '-0.05');
  assert.equal(decimal(0), '0');
  assert.equal(decimal(-45123456, 6), '-45.123456');
});

test('generating twice gives identical items, pinned across runs and machines', () => {
  assert.deepEqual(generateMovies(), generateMovies());
  assert.deepEqual(generateAppData(), generateAppData());
  // Changing the sample data on purpose means updating these digests.
  assert.equal(digest(generateMovies()), '9c03d2cef46ef75e1c360638cee48a6f2aca203d219a45825e4620055626bd32');
  assert.equal(digest(generateAppData()), '269bde448b571038dd8ab8318e0a5c2472ff5b1fab401e5fc05b9738ed536a97');
});

test('Movies: a few thousand items, keys unique, GSI and LSI keys on every item', () => {
  const movies = generateMovies();
  assert.ok(movies.length >= 3000 && movies.length <= 5000, `${movies.length} movies`);
  const keys = new Set(movies.map((m) => `${m.year.N}|${m.title.S}`));
  assert.equal(keys.size, movies.length);
  const years = new Set(movies.map((m) => Number(m.year.N)));
  assert.equal(Math.min(...years), FIRST_YEAR);
  assert.equal(Math.max(...years), LAST_YEAR);
  for (const m of movies) {
    const info = m.info.M!;
    assert.equal(m.rating.N, info.rating.N);
    assert.match(m.rating.N!, /^[1-9](\.[1-9])?$/);
    assert.ok(info.genres.SS!.includes(m.genre.S!));
    assert.match(info.release_date.S!, new RegExp(`^${m.year.N}-\\d\\d-\\d\\d$`));
  }
});

test('AppData: a few hundred items with unique keys and every attribute type', () => {
  const items = generateAppData();
  assert.ok(items.length >= 200 && items.length <= 900, `${items.length} items`);
  assert.equal(new Set(items.map((i) => `${i.pk.S}|${i.sk.S}`)).size, items.length);
  const types = new Set<string>();
  for (const item of items) typesIn({ M: item }, types);
  assert.deepEqual([...types].sort(), ['B', 'BOOL', 'BS', 'L', 'M', 'N', 'NS', 'NULL', 'S', 'SS']);
  for (const item of items) {
    assert.equal(typeof item.GSI1PK?.S, 'string', `${item.pk.S} ${item.sk.S} lacks GSI1PK`);
    // 400 KB is DynamoDB's item limit; JSON length is a generous upper bound.
    assert.ok(JSON.stringify(item).length < 400_000);
  }
});
