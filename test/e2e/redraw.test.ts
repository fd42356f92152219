// Line-by-line redraw, end to end: after each step (j, k, ], help, resizes, the too-small
// screen), the screen built from the changed lines is cell for cell what a whole redraw
// (ctrl+l, which clears the terminal and writes the frame whole) shows, and a cursor move
// writes a few hundred bytes, not the whole frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import { demoSettled, SEED_TIMEOUT } from './demo.js';
import { selectRow } from './select.js';
import { gridCursorRow as cursorRow, type Term } from './terminal.js';

const CLEAR_TERMINAL = '\x1b[2J\x1b[3J\x1b[H';

/** Every visible cell: its character, inverse, bold, colours. */
function cells(t: Term): string {
  const b = t.buffer();
  const cell = b.getNullCell();
  const rows: string[] = [];
  for (let y = 0; y < t.rows; y++) {
    const line = b.getLine(b.viewportY + y);
    let s = '';
    for (let x = 0; x < t.cols; x++) {
      const c = line?.getCell(x, cell);
      if (!c) continue;
      s += `${c.getChars() || ' '}${c.isInverse() ? '~i' : ''}${c.isBold() ? '~b' : ''}${c.getFgColor()}/${c.getBgColor()}|`;
    }
    rows.push(s);
  }
  return rows.join('\n');
}


/** The screen now equals the screen after a whole redraw. */
async function sameAsWholeRedraw(t: Term, step: string): Promise<void> {
  const incremental = cells(t);
  const text = t.text();
  const before = t.raw().length;
  await t.press('ctrl+l');
  // raw() runs ahead of the screen, and the screen is blank between the clear and the
  // frame (which comes inside one synchronized update): wait for the frame's `quit`.
  await t.waitFor((s) => t.raw().slice(before).includes(CLEAR_TERMINAL) && /quit/.test(s));
  const whole = cells(t);
  assert.equal(t.text(), text, `${step}: the text on screen`);
  const a = incremental.split('\n');
  const b = whole.split('\n');
  const row = a.findIndex((r, i) => r !== b[i]);
  assert.equal(row, -1, `${step}: row ${row} differs in its cells: ${a[row]?.slice(0, 400)} … whole: ${b[row]?.slice(0, 400)}`);
}

test('changed-lines redraw shows what a whole redraw shows: j k ] help resize too-small', async () => {
  const t = await launchApp(['--demo'], { cols: 160, rows: 45 });
  try {
    await t.waitFor(demoSettled, { timeout: SEED_TIMEOUT });
    await selectRow(t, 'Movies');
    await t.press('enter');
    await t.waitFor(/page 1 · Count 100/);
    await t.waitFor(() => cursorRow(t) >= 0);
    const top = cursorRow(t);
    await sameAsWholeRedraw(t, 'grid opened');

    for (const [i, key] of ['j', 'j', 'j', 'k'].entries()) {
      const before = Buffer.byteLength(t.raw());
      await t.press(key);
      const row = top + [1, 2, 3, 2][i]!;
      await t.waitFor(() => cursorRow(t) === row);
      const bytes = Buffer.byteLength(t.raw()) - before;
      assert.ok(bytes < 1500, `${key} wrote ${bytes} bytes: only the changed lines`);
      await sameAsWholeRedraw(t, `${key} #${i + 1}`);
    }

    await t.press(']');
    await t.waitFor(/page 2 · Count/);
    await sameAsWholeRedraw(t, 'next page');

    await t.press('?');
    await t.waitFor(/^Keys /m);
    await sameAsWholeRedraw(t, 'help open');
    await t.press('esc');
    await t.waitFor((s) => !/^Keys /m.test(s) && /page 2 · Count/.test(s));
    await sameAsWholeRedraw(t, 'help closed');

    t.resize(120, 40);
    // The first frame after a resize may still be laid out for the old size (it wraps and
    // scrolls); the one that counts has the title on top and the footer at the bottom.
    const whole = (rows: number) => (s: string) => {
      const lines = s.split('\n');
      return lines.length === rows && /^dynoscope/.test(lines[0]!) && /quit\s*$/.test(lines[rows - 1]!);
    };
    await t.waitFor((s) => whole(40)(s) && cursorRow(t) > 0);
    const at = cursorRow(t);
    await t.press('j');
    await t.waitFor(() => cursorRow(t) === at + 1);
    await sameAsWholeRedraw(t, 'smaller terminal');

    t.resize(40, 10);
    await t.waitFor(/Make the terminal larger/);
    await sameAsWholeRedraw(t, 'too small');

    t.resize(160, 45);
    await t.waitFor((s) => /page 2 · Count/.test(s) && whole(45)(s));
    const row = cursorRow(t);
    await t.press('j');
    await t.waitFor(() => cursorRow(t) === row + 1);
    await sameAsWholeRedraw(t, 'larger again');

    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally {
    t.kill();
  }
});
