// A real pseudo-terminal for end-to-end tests: node-pty runs the program, every
// output chunk is fed into a headless xterm, and tests read the screen as a user
// would see it. Works for any terminal program, not only dynoscope.
import pty from 'node-pty';
import xterm from '@xterm/headless';
import type { IBuffer } from '@xterm/headless';
import { childEnv } from './env.js';
import { createFeed } from './feed.js';
import { keyBytes } from './keys.js';

export type Predicate = string | RegExp | ((screen: string) => boolean);

export interface LaunchOptions {
  cols?: number;
  rows?: number;
  /** Added to (and overriding) the interactive-terminal env from env.ts. */
  env?: Record<string, string>;
  cwd?: string;
  /** Longest pause between two keys of one press(); see pace() below. */
  keyGapMs?: number;
}

export interface Exit {
  exitCode: number;
  signal?: number;
}

export interface Term {
  readonly pid: number;
  /** performance.now() just before the spawn: the zero for startup timings. */
  readonly startedAt: number;
  readonly cols: number;
  readonly rows: number;
  /** The visible screen, one line per row, trailing spaces trimmed. */
  text(): string;
  /** Row n of the visible screen (negative counts from the bottom). */
  line(n: number): string;
  /** Resolves with the screen on the first render that matches. */
  waitFor(pred: Predicate, opts?: { timeout?: number }): Promise<string>;
  /** Key names (keys.ts) or literal text, delivered one key per read. */
  press(keys: string | string[]): Promise<void>;
  /** Literal text in one write, as a paste would arrive. */
  type(text: string): Promise<void>;
  resize(cols: number, rows: number): void;
  /** Settles once the process has exited and all its output is on the screen. */
  readonly exited: Promise<Exit>;
  kill(signal?: string): void;
  /** The active xterm buffer (normal or alternate), for the screenshot renderer. */
  buffer(): IBuffer;
  /** Which buffer is showing now. */
  screen(): 'normal' | 'alternate';
  /** Whether the program switched to the alternate screen at any point. */
  usedAlternateScreen(): boolean;
  /** Everything the program wrote, escape sequences included (for debugging). */
  raw(): string;
}

export const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS) || 20_000;
const SYNC_TIMEOUT_MS = 1000;

interface Waiter {
  matches: (screen: string) => boolean;
  resolve: (screen: string) => void;
  reject: (err: Error) => void;
}

function matcher(pred: Predicate): (screen: string) => boolean {
  if (typeof pred === 'string') return (s) => s.includes(pred);
  if (pred instanceof RegExp) return (s) => new RegExp(pred.source, pred.flags.replace('g', '')).test(s);
  return pred;
}

function describe(pred: Predicate): string {
  return typeof pred === 'function' ? pred.name || 'predicate' : String(pred);
}

export async function launch(cmd: string, args: string[], opts: LaunchOptions = {}): Promise<Term> {
  const cols = opts.cols ?? 100;
  const rows = opts.rows ?? 30;
  const keyGapMs = opts.keyGapMs ?? 60;
  const vt = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
  const startedAt = performance.now();
  const proc = pty.spawn(cmd, args, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: opts.cwd ?? process.cwd(),
    env: childEnv(opts.env),
  });

  let raw = '';
  let alive = true;
  let exitInfo: Exit | undefined;
  let usedAlt = false;
  const waiters = new Set<Waiter>();
  const outputSeen = new Set<() => void>();

  const text = () => {
    const b = vt.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < vt.rows; y++) out.push(b.getLine(b.viewportY + y)?.translateToString(true) ?? '');
    return out.join('\n');
  };
  // Inside a synchronized update (DEC mode 2026, which Ink wraps each frame in) the
  // screen is half drawn: a frame whose bottom is not painted yet would satisfy
  // "no spinner" or "no seeding message". Like a real terminal, show (here: match)
  // only whole frames, and give up on a program that never ends the update.
  let syncTimer: NodeJS.Timeout | undefined;
  const midFrame = () => alive && vt.modes.synchronizedOutputMode;
  const check = () => {
    clearTimeout(syncTimer);
    if (waiters.size === 0) return;
    if (midFrame()) {
      syncTimer = setTimeout(matchNow, SYNC_TIMEOUT_MS).unref();
      return;
    }
    matchNow();
  };
  const matchNow = () => {
    const screen = text();
    for (const w of waiters) if (w.matches(screen)) w.resolve(screen);
  };

  vt.buffer.onBufferChange((b) => {
    if (b.type === 'alternate') usedAlt = true;
  });
  // Answers to queries (cursor position, device attributes) go back to the program,
  // as a real terminal's would.
  vt.onData((d) => {
    if (alive) proc.write(d);
  });
  // Waits are re-checked once xterm has parsed a chunk, so a match is a real render.
  const feed = createFeed(vt, check);
  proc.onData((chunk) => {
    raw += chunk;
    for (const f of outputSeen) f();
    feed.push(chunk);
  });

  const exited = new Promise<Exit>((resolve) => {
    proc.onExit((e) => {
      void feed.drained().then(() => {
        alive = false;
        exitInfo = e.signal ? { exitCode: e.exitCode, signal: e.signal } : { exitCode: e.exitCode };
        check();
        for (const w of waiters) w.reject(exitedError(w));
        resolve(exitInfo);
      });
    });
  });
  const exitedError = (_w: Waiter) =>
    new Error(`process exited (${JSON.stringify(exitInfo)}) before the wait matched; screen:\n${text()}`);

  const waitFor = (pred: Predicate, o: { timeout?: number } = {}) =>
    new Promise<string>((resolve, reject) => {
      const matches = matcher(pred);
      const now = text();
      if (!midFrame() && matches(now)) return resolve(now);
      const timeout = o.timeout ?? DEFAULT_TIMEOUT;
      const w: Waiter = {
        matches,
        resolve: (s) => done(() => resolve(s)),
        reject: (e) => done(() => reject(e)),
      };
      const timer = setTimeout(
        () => w.reject(new Error(`waitFor(${describe(pred)}) timed out after ${timeout} ms; screen:\n${text()}`)),
        timeout,
      );
      const done = (f: () => void) => {
        clearTimeout(timer);
        waiters.delete(w);
        f();
      };
      if (!alive) return w.reject(exitedError(w));
      waiters.add(w);
      if (midFrame()) check(); // arms the give-up timer
    });

  // Ink hands a whole read to useInput as one event: "jj" or "\x1bq" (alt+q) in one
  // read would not be two keys. So keys go out one at a time, and the next one waits
  // until the program has answered (any output) or keyGapMs passed without output.
  // This paces input; it is not how tests wait for results (that is waitFor).
  let chain: Promise<void> = Promise.resolve();
  const pace = () =>
    new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(idle);
        outputSeen.delete(onOut);
        resolve();
      };
      const onOut = () => {
        outputSeen.delete(onOut);
        clearTimeout(idle);
        idle = setTimeout(finish, 5);
      };
      let idle = setTimeout(finish, keyGapMs);
      outputSeen.add(onOut);
    });
  const send = (bytes: () => string) => {
    chain = chain.then(async () => {
      if (!alive) return;
      proc.write(bytes());
      await pace();
    });
    return chain;
  };

  return {
    pid: proc.pid,
    startedAt,
    get cols() {
      return vt.cols;
    },
    get rows() {
      return vt.rows;
    },
    text,
    line: (n) => text().split('\n').at(n) ?? '',
    waitFor,
    press(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      for (const k of list) send(() => keyBytes(k, vt.modes.applicationCursorKeysMode));
      return chain;
    },
    type: (s) => send(() => s),
    resize(c, r) {
      // xterm first, so the redraw the program does on SIGWINCH lands on the new size.
      vt.resize(c, r);
      if (alive) proc.resize(c, r);
      check();
    },
    exited,
    kill(signal) {
      if (alive) proc.kill(signal);
    },
    buffer: () => vt.buffer.active,
    screen: () => vt.buffer.active.type,
    usedAlternateScreen: () => usedAlt,
    raw: () => raw,
  };
}

/** The screen row of the grid's cursor on the demo's Movies table: the row drawn in inverse
 * video from column 0 that starts with a year; -1 when there is none. */
export function gridCursorRow(t: Term): number {
  const b = t.buffer();
  const cell = b.getNullCell();
  for (let y = 0; y < t.rows; y++) {
    if (b.getLine(b.viewportY + y)?.getCell(0, cell)?.isInverse() && /^\d{4} /.test(t.line(y))) return y;
  }
  return -1;
}
