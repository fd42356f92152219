// Tests of the e2e harness itself, against a tiny fixture program (fixtures/tty-app.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchOptions, type Term } from './terminal.js';
import { renderPng } from '../../scripts/screenshot-render.js';
import { isHighlighted, selectRow } from './select.js';

const fixture = new URL('./fixtures/tty-app.mjs', import.meta.url).pathname;

async function withApp(exitCode: number, opts: LaunchOptions, body: (t: Term) => Promise<void>) {
  const t = await launch(process.execPath, [fixture, String(exitCode)], { cols: 60, rows: 12, ...opts });
  try {
    await t.waitFor('truecolor');
    await body(t);
  } finally {
    t.kill();
    await t.exited;
  }
}

test('waitFor resolves with the screen on the first matching render', async () => {
  await withApp(0, {}, async (t) => {
    const screen = await t.waitFor(/size \d+x\d+/);
    assert.match(screen, /^ready size 60x12$/m);
    assert.equal(t.line(0), 'ready size 60x12');
    assert.equal(t.line(-1), '');
    assert.equal(t.text().split('\n').length, 12);
    assert.equal(await t.waitFor((s) => s.includes('pal256')), t.text());
  });
});

test('waitFor rejects on timeout with the screen in the message', async () => {
  await withApp(0, {}, async (t) => {
    await assert.rejects(t.waitFor('never shown', { timeout: 200 }), (err: Error) => {
      assert.match(err.message, /timed out after 200 ms/);
      assert.match(err.message, /ready size 60x12/);
      return true;
    });
  });
});

test('press sends named keys, one read per key', async () => {
  await withApp(0, {}, async (t) => {
    await t.press(['j', 'j', 'up', 'esc', 'ctrl+c', 'enter', 'tab', 'pgdn', 'backspace']);
    const screen = await t.waitFor('read 9');
    const reads = screen.split('\n').filter((l) => l.startsWith('read '));
    assert.deepEqual(reads, [
      'read 1: 6a',
      'read 2: 6a',
      'read 3: 1b 5b 41',
      'read 4: 1b',
      'read 5: 03',
      'read 6: 0d',
      'read 7: 09',
      'read 8: 1b 5b 36 7e',
      'read 9: 7f',
    ]);
    await t.type('hi');
    await t.waitFor('read 10: 68 69');
  });
});

test('arrows follow the application cursor keys mode', async () => {
  await withApp(0, {}, async (t) => {
    await t.press('c');
    await t.waitFor('application cursor keys');
    await t.press('down');
    await t.waitFor('read 2: 1b 4f 42');
  });
});

test('waits match whole frames only, not the middle of a synchronized update', async () => {
  await withApp(0, {}, async (t) => {
    await t.press('s');
    const screen = await t.waitFor('SYNC-START');
    assert.match(screen, /SYNC-START\nSYNC-END/);
  });
});

test('resize reaches the program as SIGWINCH with the new size', async () => {
  await withApp(0, {}, async (t) => {
    t.resize(70, 15);
    await t.waitFor('size 70x15');
    assert.equal(t.cols, 70);
    assert.equal(t.rows, 15);
    assert.equal(t.text().split('\n').length, 15);
  });
});

test('exit code, alternate screen use and restore are observable', async () => {
  const t = await launch(process.execPath, [fixture, '3'], { cols: 60, rows: 12 });
  await t.waitFor('truecolor');
  assert.equal(t.screen(), 'normal');
  await t.press('a');
  await t.waitFor('ALT SCREEN');
  assert.equal(t.screen(), 'alternate');
  assert.doesNotMatch(t.text(), /truecolor/);
  await t.press('q');
  assert.deepEqual(await t.exited, { exitCode: 3 });
  assert.equal(t.screen(), 'normal');
  assert.equal(t.usedAlternateScreen(), true);
  // The normal screen comes back as it was, with the output after leaving.
  assert.match(t.text(), /truecolor\nbye/);
  assert.match(t.raw(), /\x1b\[\?1049l/);
});

test('a wait fails fast when the program exits without matching', async () => {
  const t = await launch(process.execPath, ['-e', 'process.stdout.write("short-lived"); process.exit(7)']);
  await assert.rejects(t.waitFor('never shown'), /exited \(\{"exitCode":7\}\).*\n.*short-lived/s);
  assert.deepEqual(await t.exited, { exitCode: 7 });
});

test('the child sees an interactive terminal, not the CI runner', async () => {
  const probe = 'process.stdout.write(JSON.stringify([process.env.CI ?? "unset", process.env.TERM, process.stdout.isTTY, process.env.EXTRA]))';
  const prev = process.env.CI;
  process.env.CI = 'true';
  try {
    const t = await launch(process.execPath, ['-e', probe], { env: { EXTRA: 'x' } });
    await t.exited;
    assert.equal(t.line(0), JSON.stringify(['unset', 'xterm-256color', true, 'x']));
  } finally {
    if (prev === undefined) delete process.env.CI;
    else process.env.CI = prev;
  }
});

test('renderPng writes a PNG of the screen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dynoscope-e2e-'));
  try {
    await withApp(0, {}, async (t) => {
      const file = join(dir, 'sub', 'shot.png');
      renderPng(t, file);
      const png = readFileSync(file);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.equal(png.toString('latin1', 12, 16), 'IHDR');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      // 60 cells of DejaVu Sans Mono at 15 px (0.602 em) plus padding; 12 rows.
      assert.ok(w > 60 * 9 && w < 60 * 9 + 40, `width ${w}`);
      assert.ok(h > 12 * 17 && h < 12 * 18 + 40, `height ${h}`);
      assert.ok(png.length > 2000, `only ${png.length} bytes`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('selectRow moves an inverse-video cursor down and up to a row', async () => {
  const list = new URL('./fixtures/list-app.mjs', import.meta.url).pathname;
  const t = await launch(process.execPath, [list, '2'], { cols: 40, rows: 10 });
  try {
    await t.waitFor('Foxtrot');
    await selectRow(t, 'Echo');
    assert.ok(isHighlighted(t, 5, 'Echo'));
    assert.ok(!isHighlighted(t, 3, 'Charlie'));
    await selectRow(t, 'Alpha');
    await t.press('enter');
    await t.waitFor('opened Alpha');
  } finally {
    t.kill();
    await t.exited;
  }
});
