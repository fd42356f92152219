// The built binary's code cache (src/cli/codeCache.ts) in a real terminal: the first
// interactive run saves it after its first frame, the next runs use it as it is (a cache
// V8 refused would be saved again), a damaged one is replaced, a subcommand saves none,
// and a cache folder that cannot be made changes nothing for the user.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from './app.js';
import { runCli } from '../bulk/cliRun.js';
import { readCodeCache } from '../../src/cli/codeCache.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

const T = { timeout: 30_000 };
let engine: TestEngine;
const homes: string[] = [];
before(async () => { engine = await seededEngine(); });
after(async () => {
  await engine.close();
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dynoscope-cache-'));
  homes.push(dir);
  return dir;
}

const cacheFiles = (home: string): string[] => {
  const dir = join(home, 'dynoscope');
  return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
};

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts the app on the engine with this cache home, waits for the table list; quits with q. */
async function session(cacheHome: string, whileOpen?: () => Promise<void>): Promise<void> {
  const t = await launchApp(['--endpoint-url', engine.endpoint], { env: { XDG_CACHE_HOME: cacheHome } });
  try {
    await t.waitFor(/Movies/, T);
    await whileOpen?.();
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
}

test('the first run saves the cache while it is open; the second runs from it and leaves it as it was', async () => {
  const home = temp();
  await session(home, () => until('the code cache is saved', () => cacheFiles(home).length === 1));
  const [file] = cacheFiles(home);
  assert.match(file!, /app-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/);
  assert.ok(readCodeCache(file!), 'the saved cache is whole');
  const before = readFileSync(file!);
  const mtime = statSync(file!).mtimeMs;
  await session(home);
  assert.deepEqual(cacheFiles(home), [file], 'one cache, no other');
  assert.equal(statSync(file!).mtimeMs, mtime, 'V8 took the cache, so it was not saved again');
  assert.deepEqual(readFileSync(file!), before);
});

test('a damaged cache is not used: the app starts as usual and saves a good one', async () => {
  const home = temp();
  await session(home, () => until('the code cache is saved', () => cacheFiles(home).length === 1));
  const [file] = cacheFiles(home);
  const bytes = readFileSync(file!);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(file!, bytes);
  assert.equal(readCodeCache(file!), undefined);
  await session(home, () => until('the cache is saved again', () => readCodeCache(file!) !== undefined));
});

test('a session quit right after its first frame still leaves a whole cache (saved then or on exit)', async () => {
  const home = temp();
  await session(home);
  assert.equal(cacheFiles(home).length, 1);
  assert.ok(readCodeCache(cacheFiles(home)[0]!));
});

test('a subcommand saves no cache (it would lack the interface\'s code)', async () => {
  const home = temp();
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = home;
  try {
    const r = await runCli(engine.endpoint, ['count', 'Movies']);
    assert.equal(r.code, 0, r.stderr);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME; else process.env.XDG_CACHE_HOME = saved;
  }
  assert.deepEqual(cacheFiles(home), []);
});

test('a cache folder that cannot be made (XDG_CACHE_HOME is a file) changes nothing for the user', async () => {
  const home = join(temp(), 'a-file');
  writeFileSync(home, '');
  await session(home);
  const off = temp();
  const t = await launchApp(['--endpoint-url', engine.endpoint], { env: { XDG_CACHE_HOME: off, DYNOSCOPE_CODE_CACHE: '0' } });
  try {
    await t.waitFor(/Movies/, T);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
  assert.deepEqual(cacheFiles(off), [], 'DYNOSCOPE_CODE_CACHE=0 neither reads nor saves');
});
