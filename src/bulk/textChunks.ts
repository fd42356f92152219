// A byte stream as text chunks (UTF-8, split characters joined), counting bytes for
// progress, with a look at the beginning before the reader is chosen.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export interface TextSource {
  /** The first characters (at least `want`, or the whole file if shorter). */
  head: string;
  /** Every chunk, the head included. */
  chunks: AsyncIterable<string>;
  bytesRead(): number;
}

export interface OpenOptions {
  /** Whether the head read so far is enough to choose the reader (stops waiting for `want`). */
  decided?: (head: string) => boolean;
  /** Stops waiting for input that may never come (stdin): the head is what arrived. */
  signal?: AbortSignal;
}

export async function openText(input: Readable, want = 64 * 1024, opts: OpenOptions = {}): Promise<TextSource> {
  const decoder = new StringDecoder('utf8');
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let bytes = 0;
  const next = async (): Promise<string | undefined> => {
    const r = await iterator.next();
    if (r.done) return decoder.end() || undefined;
    const buf = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    bytes += buf.length;
    return decoder.write(buf);
  };
  const early: string[] = [];
  let head = '';
  let ended = false;
  // A pipe that is slow to fill (`tail -f | dynoscope import`) starts once the head decides.
  while (head.length < want && !opts.decided?.(head)) {
    const chunk = await orAborted(next(), opts.signal);
    if (chunk === ABORTED) return { head, chunks: (async function* () { yield* early; })(), bytesRead: () => bytes };
    if (chunk === undefined) { ended = true; break; }
    early.push(chunk);
    head += chunk;
  }
  async function* chunks(): AsyncGenerator<string> {
    yield* early;
    if (ended) return;
    for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
  }
  return { head, chunks: chunks(), bytesRead: () => bytes };
}

const ABORTED = Symbol('aborted');

function orAborted<T>(p: Promise<T>, signal?: AbortSignal): Promise<T | typeof ABORTED> {
  if (!signal) return p;
  if (signal.aborted) return Promise.resolve(ABORTED);
  let onAbort = () => {};
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([p, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

export interface Line { text: string; line: number }

/** Lines without their `\n` / `\r\n`, numbered from 1. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  let rest = '';
  let line = 1;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; from = at + 1, at = text.indexOf('\n', from)) {
      yield { text: text.slice(from, at).replace(/\r$/, ''), line: line++ };
    }
    rest = text.slice(from);
  }
  if (rest) yield { text: rest.replace(/\r$/, ''), line };
}
