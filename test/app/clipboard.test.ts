// y copies with a clipboard program when one takes the text, else sends OSC 52 to the
// terminal (wrapped for tmux too when tmux would not pass it on), and says which.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyToClipboard } from '../../src/app/clipboard.js';
import { copyMessage } from '../../src/state/copy.js';

function fakeStdout() {
  const written: string[] = [];
  return { stream: { write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream, written };
}

/** A folder for PATH with shell scripts standing in for clipboard programs. */
function bin(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dynoscope-clip-'));
  for (const [name, body] of Object.entries(scripts)) {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

const TEXT = '{"year": 1999, "title": "Zoë\'s film"}';

test('a clipboard program on PATH takes the text: "copied with wl-copy", nothing sent to the terminal', () => {
  const dir = bin({ 'wl-copy': `/bin/cat > "${'$'}{0%/*}/got"` });
  try {
    const out = fakeStdout();
    const o = copyToClipboard(out.stream, TEXT, { PATH: dir });
    assert.deepEqual(o, { copied: true, how: 'with wl-copy' });
    assert.equal(readFileSync(join(dir, 'got'), 'utf8'), TEXT);
    assert.deepEqual(out.written, []);
    assert.equal(copyMessage('the item', o), 'copied the item with wl-copy');
  } finally { rmSync(dir, { recursive: true }); }
});

test('a program that fails (no display) is passed over for the next: xclip -selection clipboard', () => {
  const dir = bin({
    'wl-copy': 'exit 1',
    xclip: `echo "$@" > "${'$'}{0%/*}/args"; /bin/cat > "${'$'}{0%/*}/got"`,
  });
  try {
    const out = fakeStdout();
    const o = copyToClipboard(out.stream, TEXT, { PATH: dir });
    assert.deepEqual(o, { copied: true, how: 'with xclip' });
    assert.equal(readFileSync(join(dir, 'args'), 'utf8').trim(), '-selection clipboard');
    assert.equal(readFileSync(join(dir, 'got'), 'utf8'), TEXT);
  } finally { rmSync(dir, { recursive: true }); }
});

test('no program: OSC 52 to the terminal, and the message says "sent", not "copied"', () => {
  const dir = bin({});
  try {
    const out = fakeStdout();
    const o = copyToClipboard(out.stream, TEXT, { PATH: dir });
    assert.equal(o.copied, false);
    assert.equal(copyMessage('the item', o), 'sent the item to the terminal (OSC 52)');
    assert.deepEqual(out.written, [`\x1b]52;c;${Buffer.from(TEXT).toString('base64')}\x07`]);
  } finally { rmSync(dir, { recursive: true }); }
});

test('in tmux without set-clipboard on: plain and passthrough-wrapped OSC 52, and a warning that tmux needs set-clipboard on', () => {
  const dir = bin({ tmux: 'echo external' });
  try {
    const out = fakeStdout();
    const o = copyToClipboard(out.stream, TEXT, { PATH: dir, TMUX: '/tmp/tmux-0/default,1,0' });
    assert.equal(o.warn, true);
    assert.equal(copyMessage('the item', o), 'sent the item to the terminal (OSC 52): tmux needs set-clipboard on');
    const osc = `\x1b]52;c;${Buffer.from(TEXT).toString('base64')}\x07`;
    assert.deepEqual(out.written, [osc + `\x1bPtmux;\x1b${osc}\x1b\\`]);
  } finally { rmSync(dir, { recursive: true }); }
});

test('in tmux with set-clipboard on: plain OSC 52 only, which tmux passes on', () => {
  const dir = bin({ tmux: 'echo on' });
  try {
    const out = fakeStdout();
    const o = copyToClipboard(out.stream, TEXT, { PATH: dir, TMUX: '/tmp/tmux-0/default,1,0' });
    assert.equal(copyMessage('the item', o), 'sent the item through tmux to the terminal (OSC 52)');
    assert.equal(o.warn, undefined);
    assert.deepEqual(out.written, [`\x1b]52;c;${Buffer.from(TEXT).toString('base64')}\x07`]);
    assert.ok(!existsSync(join(dir, 'got')));
  } finally { rmSync(dir, { recursive: true }); }
});
