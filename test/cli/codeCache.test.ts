// The code cache's file: read back only when whole, written atomically, one per build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCacheDir, codeCacheName, readCodeCache, writeCodeCache } from '../../src/cli/codeCache.js';

const temp = () => mkdtempSync(join(tmpdir(), 'dynoscope-codecache-'));

test('the cache lives in $XDG_CACHE_HOME/dynoscope, else ~/.cache/dynoscope; a relative XDG path is ignored', () => {
  assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u'), '/x/cache/dynoscope');
  assert.equal(codeCacheDir({}, '/home/u'), '/home/u/.cache/dynoscope');
  assert.equal(codeCacheDir({ XDG_CACHE_HOME: 'rel' }, '/home/u'), '/home/u/.cache/dynoscope');
});

test('a written cache reads back byte for byte, owner-only, with no temporary file left', () => {
  const dir = join(temp(), 'dynoscope');
  const data = Buffer.from('compiled code, as V8 would give it');
  writeCodeCache(dir, codeCacheName('aaaa'), data);
  assert.deepEqual(readCodeCache(join(dir, codeCacheName('aaaa'))), data);
  assert.deepEqual(readdirSync(dir), [codeCacheName('aaaa')]);
  assert.equal(statSync(join(dir, codeCacheName('aaaa'))).mode & 0o777, 0o600);
});

test('a damaged, truncated, empty or missing cache is not used', () => {
  const dir = temp();
  const file = join(dir, codeCacheName('bbbb'));
  writeCodeCache(dir, codeCacheName('bbbb'), Buffer.from('0123456789abcdef'));
  const whole = readFileSync(file);
  const flipped = Buffer.from(whole);
  flipped[whole.length - 1] ^= 1;
  writeFileSync(file, flipped);
  assert.equal(readCodeCache(file), undefined, 'one changed byte');
  writeFileSync(file, whole.subarray(0, whole.length - 3));
  assert.equal(readCodeCache(file), undefined, 'truncated');
  writeFileSync(file, Buffer.alloc(0));
  assert.equal(readCodeCache(file), undefined, 'empty');
  assert.equal(readCodeCache(join(dir, 'none.v8cache')), undefined, 'missing');
});

test('a new build replaces its older caches for the same node, and leaves other nodes\' alone', () => {
  const dir = temp();
  writeCodeCache(dir, codeCacheName('old1'), Buffer.from('a'));
  writeCodeCache(dir, codeCacheName('old1', 'v20.0.0'), Buffer.from('b'));
  writeFileSync(join(dir, 'notes.txt'), 'not ours');
  writeCodeCache(dir, codeCacheName('new2'), Buffer.from('c'));
  assert.deepEqual(readdirSync(dir).sort(), [codeCacheName('new2'), codeCacheName('old1', 'v20.0.0'), 'notes.txt'].sort());
});

test('the name says build, node version and architecture', () => {
  assert.equal(codeCacheName('abc', 'v20.20.2', 'x64'), 'app-abc-v20.20.2-x64.v8cache');
});
