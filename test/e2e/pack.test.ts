// The package as a user gets it: a copy of the project without dist/ (a clean checkout)
// is packed with `npm pack` (its prepack builds the bundle), the tarball is installed in
// an empty folder from the npm registry, and the installed `dynoscope` bin answers
// --help and draws the demo in a real terminal. The copy keeps the packing from
// rebuilding the dist/ that the other e2e tests run meanwhile.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launch } from './terminal.js';
import { DEMO_TABLES, listed } from './demo.js';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Installing reaches the npm registry for dynalite and its dependencies: be patient. */
const INSTALL_TIMEOUT_MS = 240_000;
const NOT_COPIED = new Set(['node_modules', 'dist', '.tmp', '.git']);

interface Run { stdout: string; stderr: string }

/** Runs a command; a failure says what ran, where, and the end of its output. */
function run(cmd: string, args: string[], cwd: string, timeout: number): Promise<Run> {
  // npm passes its config to the test run as npm_* variables (npm test); a nested npm
  // must read its own, not the project's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // The npm cache in the project's .tmp, never the user's home.
  env.npm_config_cache = join(ROOT, '.tmp', 'npm-cache');
  env.npm_config_update_notifier = 'false';
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, env, timeout, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve({ stdout, stderr });
      const why = err.killed ? `timed out after ${timeout / 1000} s` : `failed (${err.code ?? err.signal})`;
      const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
      reject(new Error(`\`${cmd} ${args.join(' ')}\` in ${cwd} ${why}:\n${tail}`));
    });
  });
}

let work: string;
let tarballFiles: string[];
let bin: string;
let appDir: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'dynoscope-pack-'));
  // The checkout as git would give it: the sources, no bundle. Packing needs the dev
  // dependencies (esbuild) for prepack, so node_modules is linked, not installed.
  const project = join(work, 'project');
  cpSync(ROOT, project, { recursive: true, filter: (src) => !NOT_COPIED.has(relative(ROOT, src).split('/')[0]!) });
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(project, 'node_modules'));
  const packed = join(work, 'packed');
  mkdirSync(packed);
  await run('npm', ['pack', '--pack-destination', packed], project, 120_000);
  const [tarball] = readdirSync(packed).filter((f) => f.endsWith('.tgz'));
  assert.ok(tarball, `npm pack wrote no .tgz into ${packed}`);
  tarballFiles = (await run('tar', ['-tzf', join(packed, tarball)], work, 30_000)).stdout.split('\n').filter(Boolean);

  appDir = join(work, 'app');
  mkdirSync(appDir);
  writeFileSync(join(appDir, 'package.json'), '{ "name": "empty-folder", "private": true }\n');
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', join(packed, tarball)], appDir, INSTALL_TIMEOUT_MS);
  } catch (err) {
    throw new Error(`installing the packed tarball failed (this test needs the npm registry): ${(err as Error).message}`);
  }
  bin = join(appDir, 'node_modules', '.bin', 'dynoscope');
  assert.ok(existsSync(bin), `the install made no ${relative(work, bin)}: check "bin" in package.json`);
});

after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

test('the tarball holds the built bundle and the README, not the tests, benches or screenshots', () => {
  assert.ok(tarballFiles.includes('package/dist/dynoscope.js'), 'dist/dynoscope.js is packed (prepack built it)');
  assert.ok(tarballFiles.includes('package/dist/app.js'), 'the app bundle the executable runs is packed');
  assert.ok(tarballFiles.includes('package/dist/package.json'), 'dist/package.json (CommonJS) is packed');
  assert.ok(tarballFiles.includes('package/README.md'));
  assert.ok(tarballFiles.includes('package/package.json'));
  const extra = tarballFiles.filter((f) => !/^package\/(dist\/|README\.md$|package\.json$|LICENSE)/.test(f));
  assert.deepEqual(extra, [], 'nothing but dist/, README, LICENSE and package.json is packed');
});

test('the installed bin prints its help', async () => {
  const { stdout } = await run(bin, ['--help'], appDir, 30_000);
  assert.match(stdout, /^Usage: dynoscope /m);
  assert.match(stdout, /--demo/);
});

test('the installed bin runs the demo to its first frame and quits', async () => {
  const cache = join(work, 'cache');
  const t = await launch(bin, ['--demo'], { cwd: appDir, cols: 100, rows: 30, env: { XDG_CACHE_HOME: cache } });
  try {
    const screen = await t.waitFor((s) => DEMO_TABLES.some((n) => listed(n).test(s)), { timeout: 60_000 });
    assert.match(screen, /dynoscope/);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
  assert.equal(readdirSync(join(cache, 'dynoscope')).filter((f) => f.endsWith('.v8cache')).length, 1, 'the installed binary saved its code cache');
});

test('the installed bin keeps the demo on disk with --demo-dir (dynalite\'s leveldb installed with it)', async () => {
  const dir = join(work, 'demo-data');
  const t = await launch(bin, ['--demo', '--demo-dir', dir], { cwd: appDir, cols: 100, rows: 30, env: { XDG_CACHE_HOME: join(work, 'cache') } });
  try {
    await t.waitFor((s) => DEMO_TABLES.some((n) => listed(n).test(s)), { timeout: 60_000 });
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
  assert.ok(readdirSync(dir).length > 0, 'the engine wrote its store into --demo-dir');
});
