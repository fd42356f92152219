// `c`: the parallel COUNT scan, with progress; `c` again (or esc) cancels it. The count
// lives in the app state by table and keeps running when the table screen is left.
import { describeError, problemLine } from '../../dynamo/errors.js';
import { liveCount } from '../../dynamo/liveCount.js';
import type { LiveCount } from '../app.js';
import { whileBusy, type Ctx } from './context.js';

export const LIVE_COUNT_SEGMENTS = 4;

const job = (table: string) => `count/${table}`;

export function startCount(ctx: Ctx, table: string): void {
  const signal = ctx.jobs.start(job(table));
  const set = (count: LiveCount) => ctx.store.dispatch({ type: 'count', table, count });
  const began = Date.now();
  set({ running: true });
  void whileBusy(ctx, job(table), `counting ${table}`, () => liveCount(ctx.gateway(), { table, segments: LIVE_COUNT_SEGMENTS }, (progress) => {
    if (!signal.aborted) set({ running: true, progress });
  }, signal)).then(
    (r) => set({ running: false, progress: r, done: { cancelled: r.cancelled, seconds: (Date.now() - began) / 1000 } }),
    (err) => set({ running: false, error: problemLine(describeError(err, { table })) }),
  ).finally(() => ctx.jobs.end(job(table), signal));
}

/** Cancels a running count (it reports what it counted); false when none runs. */
export function cancelCount(ctx: Ctx, table: string): boolean {
  return ctx.jobs.cancel(job(table));
}

export function toggleCount(ctx: Ctx, table: string): void {
  if (!cancelCount(ctx, table)) startCount(ctx, table);
}
