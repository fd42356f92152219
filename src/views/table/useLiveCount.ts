// `c`: the parallel COUNT scan, with progress; `c` again (or esc) cancels it.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/context.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { liveCount, type CountProgress } from '../../dynamo/liveCount.js';

export const LIVE_COUNT_SEGMENTS = 4;

export interface LiveCountState {
  running: boolean;
  progress?: CountProgress;
  done?: { cancelled: boolean; seconds: number };
  error?: string;
}

export function useLiveCount(table: string): { state: LiveCountState; start: () => void; cancel: () => boolean } {
  const { gateway } = useApp();
  const [state, setState] = useState<LiveCountState>({ running: false });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const began = Date.now();
    setState({ running: true });
    liveCount(gateway, { table, segments: LIVE_COUNT_SEGMENTS }, (progress) => {
      if (!controller.signal.aborted) setState({ running: true, progress });
    }, controller.signal).then(
      (r) => setState({ running: false, progress: r, done: { cancelled: r.cancelled, seconds: (Date.now() - began) / 1000 } }),
      (err) => setState((old) => ({ ...old, running: false, error: problemLine(describeError(err, { table })) })),
    );
  };
  const cancel = () => {
    if (!abort.current || abort.current.signal.aborted || !state.running) return false;
    abort.current.abort();
    return true;
  };
  return { state, start, cancel };
}
