// The terminal going away under the app (an ssh link dropped, tmux killed, the window
// closed), idle and mid-load: the built binary ends by the hangup, quietly: nothing on
// stderr (no EIO stack trace, no native assertion), no crash signal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from 'node-pty';
import { BUNDLE } from './app.js';
import { childEnv, localAwsEnv } from './env.js';

interface Run { exit: { exitCode: number; signal?: number }; stderr: string }

/** Starts the demo in a pseudo-terminal (stderr to a file: the terminal will be gone), waits
 * until `ready` matches what it wrote, then takes the terminal away `how`. */
async function hangUp(ready: RegExp, how: 'hangup' | 'close'): Promise<Run> {
  const errFile = join(mkdtempSync(join(tmpdir(), 'dynoscope-hup-')), 'stderr.txt');
  const proc = pty.spawn('/bin/sh', ['-c', `exec "${process.execPath}" "${BUNDLE}" --demo 2>"${errFile}"`], {
    name: 'xterm-256color', cols: 100, rows: 30, env: childEnv(localAwsEnv),
  });
  const exited = new Promise<Run['exit']>((resolve) => proc.onExit(resolve));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`never saw ${ready}: ${out.slice(-500)}`)), 30_000);
    proc.onData((d) => {
      out += d;
      if (ready.test(out.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, ''))) { clearTimeout(timer); resolve(); }
    });
  });
  // A hangup signal, or the terminal's side closed (the kernel hangs the session up).
  if (how === 'hangup') proc.kill('SIGHUP');
  else (proc as unknown as { destroy(): void }).destroy();
  const exit = await exited;
  return { exit, stderr: readFileSync(errFile, 'utf8') };
}

for (const how of ['hangup', 'close'] as const) {
  test(`${how} while idle: ends by the hangup, nothing on stderr`, async () => {
    const r = await hangUp(/seeding demo data: done/, how);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.exit, { exitCode: 0, signal: 1 }, 'ended by SIGHUP (a shell says 129), not by a crash');
  });

  test(`${how} mid-load (seeding, tables listing): ends by the hangup, nothing on stderr`, async () => {
    const r = await hangUp(/tables/, how);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.exit, { exitCode: 0, signal: 1 });
  });
}
