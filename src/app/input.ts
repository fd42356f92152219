// Keys in order, each on the state the ones before it left. A key is handled at once,
// unless the screen on top is waiting for a request whose answer decides what the next key
// means (a page being read, a table described, a form's first page, a write being sent):
// then it waits for that answer, as a person typing ahead expects ("enter j j" opens the
// table, then moves down its rows; "] j" moves on the new page). Nothing waits on a render
// or a timer, and a burst of keys ends where the same keys typed one by one would.
// Two keys do not wait: ctrl+c quits, and esc pressed once a wait has lasted STALL_MS (a
// person who watched the spinner, not a key typed ahead) goes to the screen at once, which
// cancels the read or says why a write cannot be called back.
import type { KeyPress } from '../keys/keyName.js';
import { top, type AppState } from '../state/app.js';
import { say, type Ctx } from '../state/controllers/context.js';
import { isWrite } from '../state/screens.js';
import { SAVED_QUERY_BUSY } from '../state/controllers/savedQueries.js';
import { handleKey } from './keys.js';

/** How long a wait lasts before esc is taken as "stop waiting" rather than typed ahead. */
export const STALL_MS = 750;

/** Whether the screen on top is waiting on an answer that the next key depends on. */
export function awaitingAnswer(s: AppState): boolean {
  // ctrl+r reads the history and saved queries, :query NAME the saved queries: the keys
  // typed after it act on what those files hold.
  if ((s.modal?.kind === 'recall' && s.modal.loading) || s.busy[SAVED_QUERY_BUSY] !== undefined) return true;
  const e = top(s);
  if (isWrite(e) && e.flow.step === 'sending') return true;
  switch (e.kind) {
    // The list can be long (thousands of tables): keys wait for its first page only.
    case 'tables': return s.tables.listing === 'loading' && !!s.tables.replacing;
    case 'table': return e.described.loading || !!e.browse.reading;
    case 'deleteTable': return e.described.loading;
    case 'readForm': return e.running;
    case 'import': case 'export': return e.job.step === 'checking';
    default: return false;
  }
}

export class KeyInput {
  private queue: KeyPress[] = [];
  private draining = false;
  /** When the current wait began (undefined: not waiting). */
  private since: number | undefined;
  /** Every key handled, in order, with what took it (for tests and the request log). */
  onHandled?: (k: KeyPress, took: string | undefined) => void;

  constructor(private readonly ctx: Ctx, private readonly now: () => number = () => performance.now()) {
    // An answer that lands lets the keys behind it go on once the controller that took it
    // has done all it does with it (its awaits included), never in the middle: a key may
    // start other work, and what the answer started must come first, as it would for keys
    // typed one by one.
    let scheduled = false;
    ctx.store.subscribe(() => {
      if (this.draining) return;
      this.waiting();
      if (scheduled || !this.queue.length) return;
      scheduled = true;
      setImmediate(() => { scheduled = false; this.drain(); });
    });
  }

  push(keys: readonly KeyPress[]): void {
    for (const k of keys) {
      if (k.name === 'ctrl+c' || (k.name === 'esc' && this.stalled)) this.handle(k);
      else this.queue.push(k);
    }
    this.drain();
  }

  /** The screen has waited STALL_MS or more for an answer: esc now stops waiting. */
  get stalled(): boolean {
    return this.since !== undefined && this.now() - this.since >= STALL_MS;
  }

  /** Keys not handled yet (waiting for an answer). */
  get pending(): number {
    return this.queue.length;
  }

  private handle(k: KeyPress): void {
    let took: string | undefined;
    try {
      took = handleKey(this.ctx, k);
    } catch (err) {
      // A key that fails says so; the keys after it go on (none is lost behind it).
      say(this.ctx, 'error', `${k.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.onHandled?.(k, took);
  }

  private drain(): void {
    // A key's handler dispatches, which schedules a drain: the loop below goes on in order.
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.waiting()) this.handle(this.queue.shift()!);
      this.waiting();
      this.showWaiting();
    } finally {
      this.draining = false;
    }
  }

  private waiting(): boolean {
    const waiting = awaitingAnswer(this.ctx.store.getState());
    if (!waiting) this.since = undefined;
    else this.since ??= this.now();
    return waiting;
  }

  /** Keys typed ahead say so beside the spinner, so nobody wonders where they went. */
  private showWaiting(): void {
    const n = this.queue.length;
    const label = n ? `${n} ${n === 1 ? 'key waits' : 'keys wait'} for the answer` : undefined;
    if (this.ctx.store.getState().busy.keys !== label) this.ctx.store.dispatch({ type: 'busy', id: 'keys', label });
  }
}
