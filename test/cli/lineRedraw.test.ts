// The line-by-line redraw: whatever frames Ink writes, a terminal fed the diffs shows the
// same cells as one fed every frame whole, and unchanged lines cost nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import xterm from '@xterm/headless';
import { CLEAR_TERMINAL, frameDiff, lineRedraw } from '../../src/cli/lineRedraw.js';

const BSU = '\x1b[?2026h';
const ESU = '\x1b[?2026l';

function fakeStdout(columns: number, rows: number) {
  const out = Object.assign(new EventEmitter(), { columns, rows, isTTY: true, written: [] as string[] });
  (out as unknown as { write: (s: string) => boolean }).write = (s: string) => { out.written.push(s); return true; };
  return out;
}

/** Every cell's character and attributes, row by row. */
async function screenOf(writes: string[], columns: number, rows: number): Promise<string> {
  const vt = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  for (const w of writes) await new Promise<void>((r) => vt.write(w, r));
  const b = vt.buffer.active;
  const cell = b.getNullCell();
  const out: string[] = [];
  for (let y = 0; y < rows; y++) {
    const line = b.getLine(y)!;
    let s = '';
    for (let x = 0; x < columns; x++) {
      const c = line.getCell(x, cell)!;
      s += `${c.getChars() || ' '}${c.isInverse() ? 'i' : ''}${c.getFgColor()}|`;
    }
    out.push(s);
  }
  vt.dispose();
  return out.join('\n');
}

const frame = (lines: string[]) => CLEAR_TERMINAL + lines.join('\n');

test('frameDiff: only changed lines are sent, each erased then written at its row', () => {
  const a = ['title', 'row 1', 'row 2', 'footer'];
  const b = ['title', '\x1b[7mrow 1\x1b[27m', 'row 2', 'footer'];
  const d = frameDiff(a, b);
  assert.ok(d.startsWith('\x1b[2H\x1b[K\x1b[7mrow 1\x1b[27m'), JSON.stringify(d));
  assert.ok(!d.includes('title') && !d.includes('footer') && !d.includes('row 2'));
  assert.ok(d.endsWith('\x1b[4;7H'), 'cursor left after the last line, as a whole frame leaves it');
  assert.equal(frameDiff(a, a), '');
});

test('the first frame and frames after a resize or invalidate() go whole; others as diffs', () => {
  const out = fakeStdout(20, 3);
  const r = lineRedraw(out as unknown as NodeJS.WriteStream);
  const f1 = frame(['a', 'b', 'c']);
  const f2 = frame(['a', 'B', 'c']);
  r.stream.write(f1);
  r.stream.write(f2);
  assert.deepEqual(out.written, [f1, '\x1b[2H\x1b[KB\x1b[3;2H']);
  r.stream.write(f2);
  assert.equal(out.written.length, 2, 'an unchanged frame writes nothing');
  out.emit('resize');
  r.stream.write(f1);
  assert.equal(out.written.at(-1), f1);
  r.invalidate();
  r.stream.write(f2);
  assert.equal(out.written.at(-1), f2);
  // Output that may have changed the screen (not a frame, not a mode switch) makes the next frame whole.
  r.stream.write('console output\n');
  r.stream.write(f1);
  assert.equal(out.written.at(-1), f1);
  // Mode switches, cursor moves and OSC 52 (plain or in tmux's wrapping) do not.
  r.stream.write(BSU);
  r.stream.write('\x1b]52;c;aGk=\x07');
  r.stream.write('\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\');
  r.stream.write(f2);
  assert.equal(out.written.at(-1), '\x1b[2H\x1b[KB\x1b[3;2H');
});

test('a frame with a different number of lines goes whole', () => {
  const out = fakeStdout(20, 3);
  const r = lineRedraw(out as unknown as NodeJS.WriteStream);
  r.stream.write(frame(['a', 'b', 'c']));
  r.stream.write(frame(['a', 'b']));
  assert.equal(out.written.at(-1), frame(['a', 'b']));
});

test('property: a terminal fed the diffs shows exactly what one fed every frame whole shows', async () => {
  const columns = 12;
  const rows = 5;
  const piece = fc.constantFrom('ab', 'xyz ', '\x1b[7msel\x1b[27m', '\x1b[36mc\x1b[39m', 'é', '界', '            ', ' ');
  const line = fc.array(piece, { maxLength: 4 }).map((ps) => {
    // Lines as Ink makes them: at most the terminal's width, trailing spaces trimmed.
    let s = '';
    let w = 0;
    for (const p of ps) {
      const pw = [...p.replace(/\x1b\[[0-9;]*m/g, '')].reduce((n, ch) => n + (ch === '界' ? 2 : 1), 0);
      if (w + pw > columns) break;
      s += p;
      w += pw;
    }
    return s.replace(/ +$/, '');
  });
  const frames = fc.array(fc.array(line, { minLength: rows, maxLength: rows }), { minLength: 1, maxLength: 6 });
  await fc.assert(
    fc.asyncProperty(frames, async (fs) => {
      const out = fakeStdout(columns, rows);
      const r = lineRedraw(out as unknown as NodeJS.WriteStream);
      for (const f of fs) {
        r.stream.write(BSU);
        r.stream.write(frame(f));
        r.stream.write(ESU);
      }
      const full = fs.flatMap((f) => [BSU, frame(f), ESU]);
      assert.equal(await screenOf(out.written, columns, rows), await screenOf(full, columns, rows));
    }),
    { numRuns: 60 },
  );
});

test('the stream is the real one in everything but write: size, isTTY, listeners', () => {
  const out = fakeStdout(20, 3);
  const r = lineRedraw(out as unknown as NodeJS.WriteStream);
  assert.equal(r.stream.columns, 20);
  assert.equal(r.stream.isTTY, true);
  let heard = 0;
  const onResize = () => heard++;
  r.stream.on('resize', onResize);
  out.columns = 30;
  out.emit('resize');
  assert.equal(r.stream.columns, 30);
  r.stream.off('resize', onResize);
  out.emit('resize');
  assert.equal(heard, 1);
});
