// Keystroke latency in the e2e harness's pseudo-terminal: the time from writing one key
// to the pty to the first whole frame (the harness matches only whole frames) on which
// that key's effect is visible.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Term } from '../test/e2e/terminal.js';

/**
 * The screen as the user sees a cursor move: the text plus which rows are in inverse
 * video. Moving the cursor inside the window changes only the inverse row, not the text.
 * Reads the xterm buffer directly: the harness's line() re-reads the whole screen per
 * call, which would add milliseconds to every check and so to every measurement.
 */
export function visibleState(t: Term): string {
  const buf = t.buffer();
  const cell = buf.getNullCell();
  const inverse: number[] = [];
  for (let y = 0; y < t.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    if (!line) continue;
    for (let x = 0; x < t.cols; x++) {
      const c = line.getCell(x, cell);
      if (!c || c.getChars() === '' || c.getChars() === ' ') continue;
      if (c.isInverse()) inverse.push(y);
      break; // only the row's first drawn cell decides
    }
  }
  return `${t.text()}\n${inverse.join(',')}`;
}

/**
 * Presses `key` and resolves with the ms until the first whole frame that differs from
 * the screen before it, as visibleState sees it (the clock stops inside the check, not
 * after the await). `gapMs` is waited before the press: Ink draws at most one frame per
 * 33 ms (maxFps 30) and defers a render that comes sooner to the end of that interval,
 * so presses closer together would measure the throttle, not the app.
 */
export async function timeKey(t: Term, key: string, gapMs: number, timeout = 5_000): Promise<number> {
  await sleep(gapMs);
  const before = visibleState(t);
  let seenAt = 0;
  const start = performance.now();
  const pressed = t.press(key);
  await t.waitFor(() => {
    if (visibleState(t) === before) return false;
    seenAt = performance.now();
    return true;
  }, { timeout });
  // The harness paces keys (it waits for the program's output to go quiet); let that
  // settle so the next press is not queued behind it.
  await pressed;
  return seenAt - start;
}

/**
 * CPU time (user + system) the process has used so far, in ms, from /proc/PID/stat (in
 * clock ticks of 10 ms). Unlike wall time it does not grow while other work on the
 * machine holds the core, so CPU per press says what a frame costs on an idle machine.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) in parentheses; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
// USER_HZ, 100 on Linux for every architecture node runs on.
const TICKS_PER_SECOND = 100;
