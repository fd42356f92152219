import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendBounded, readJsonLines } from '../../src/memory/jsonLines.js';
import { memoryPaths } from '../../src/memory/paths.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

test('appends keep the newest entries, concurrent appends all land, the file is owner-only', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dyno-mem-'));
  const path = join(dir, 'sub', 'h.jsonl');
  await Promise.all(Array.from({ length: 12 }, (_, i) => appendBounded(path, { i }, 10, isObject)));
  const read = await readJsonLines(path, isObject);
  assert.deepEqual(read.entries.map((e) => Number(e.i)), [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.equal((await stat(path)).mode & 0o777, 0o600);
});

test('a damaged line is counted and dropped at the next append; numbers keep every digit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dyno-mem-'));
  const path = join(dir, 'j.jsonl');
  await writeFile(path, '{"n": 12345678901234567890123456789012345678}\n{"torn": \n[1]\n');
  const read = await readJsonLines(path, isObject);
  assert.equal(read.entries.length, 1);
  assert.equal(read.damaged, 2);
  assert.equal(String(read.entries[0].n), '12345678901234567890123456789012345678');
  assert.equal(await appendBounded(path, { x: 1 }, 10, isObject), 2);
  assert.equal(await readFile(path, 'utf8'), '{"n":12345678901234567890123456789012345678}\n{"x":1}\n');
});

test('XDG directories: absolute values are used, empty or relative ones fall back', () => {
  assert.deepEqual(memoryPaths({ XDG_STATE_HOME: '/s', XDG_CONFIG_HOME: '/c' }, '/h'), { stateDir: '/s/dynoscope', configDir: '/c/dynoscope' });
  assert.deepEqual(memoryPaths({ XDG_STATE_HOME: '', XDG_CONFIG_HOME: 'rel' }, '/h'), { stateDir: '/h/.local/state/dynoscope', configDir: '/h/.config/dynoscope' });
});
