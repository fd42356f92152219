// `c`: the parallel COUNT scan, with progress; `c` again (or esc) cancels it. The count
// lives in the app state and keeps running when the table screen is left.
import { useApp } from '../../app/context.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { liveCount } from '../../dynamo/liveCount.js';
import type { LiveCount } from '../../state/app.js';

export const LIVE_COUNT_SEGMENTS = 4;
export type LiveCountState = LiveCount;

// The cancel handles of counts in flight, by table (an AbortController is no state to render).
const inFlight = new Map<string, AbortController>();

export function useLiveCount(table: string): { state: LiveCountState; start: () => void; cancel: () => boolean } {
  const { gateway, state: app, dispatch } = useApp();
  const state = app.counts[table] ?? { running: false };
  const set = (count: LiveCount) => dispatch({ type: 'count', table, count });

  const start = () => {
    inFlight.get(table)?.abort();
    const controller = new AbortController();
    inFlight.set(table, controller);
    const began = Date.now();
    set({ running: true });
    liveCount(gateway, { table, segments: LIVE_COUNT_SEGMENTS }, (progress) => {
      if (!controller.signal.aborted) set({ running: true, progress });
    }, controller.signal).then(
      (r) => set({ running: false, progress: r, done: { cancelled: r.cancelled, seconds: (Date.now() - began) / 1000 } }),
      (err) => set({ running: false, error: problemLine(describeError(err, { table })) }),
    ).finally(() => { if (inFlight.get(table) === controller) inFlight.delete(table); });
  };
  const cancel = () => {
    const c = inFlight.get(table);
    if (!c || c.signal.aborted || !state.running) return false;
    c.abort();
    return true;
  };
  return { state, start, cancel };
}
