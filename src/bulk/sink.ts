// Text into a Writable with backpressure: `write` resolves once the stream can take
// more, so a reader that awaits it never buffers more than the stream's highWaterMark.
// Writes are queued one after another: parallel segments share one output.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface TextSink {
  write(text: string): Promise<void>;
  /** Bytes handed to the stream so far. */
  readonly bytes: number;
}

export function textSink(out: Writable): TextSink {
  let queue: Promise<void> = Promise.resolve();
  let bytes = 0;
  let failure: Error | undefined;
  const onError = (err: Error) => { failure ??= err; };
  out.on('error', onError);
  const writeNow = async (text: string): Promise<void> => {
    if (failure) throw failure;
    bytes += Buffer.byteLength(text);
    if (out.write(text)) return;
    // 'drain', or an error / close that means it will never come.
    const ac = new AbortController();
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }).then(() => { failure ??= new Error('the output was closed'); }),
    ]).finally(() => ac.abort());
    if (failure) throw failure;
  };
  return {
    write(text) {
      const next = queue.then(() => writeNow(text));
      queue = next.catch(() => {});
      return next;
    },
    get bytes() { return bytes; },
  };
}
