/**
 * Calls `fn` with the latest value at most every `ms`: a job reports after every batch,
 * the screen needs a few frames a second. `flush` delivers the last value at once.
 */
export function throttled<V>(fn: (v: V) => void, ms = 100): { push(v: V): void; flush(): void } {
  let last = 0;
  let pending: { v: V } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    if (pending) {
      const { v } = pending;
      pending = undefined;
      fn(v);
    }
  };
  return {
    push(v) {
      pending = { v };
      const wait = ms - (Date.now() - last);
      if (wait <= 0) deliver();
      else timer ??= setTimeout(deliver, wait);
    },
    flush: deliver,
  };
}
