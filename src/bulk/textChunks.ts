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

export async function openText(input: Readable, want = 64 * 1024): Promise<TextSource> {
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
  while (head.length < want) {
    const chunk = await next();
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
