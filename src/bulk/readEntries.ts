// A file of items -> entries, each an item or the reason its line is bad, with the line
// number. Structural damage that hides where the next item starts (an unclosed bracket
// in a JSON array, an unclosed quote in CSV) throws FileSyntaxError instead.
import {
  CodecError, ddbJsonToItem, fromDdbJsonObject, plainJsonToItem, type Item,
} from '../dynamo/codec/index.js';
import { isJsonObject, parseJsonText } from '../dynamo/codec/jsonText.js';
import { readCsv } from './csvRead.js';
import type { BulkFormat } from './formats.js';
import { JsonSplitter } from './jsonSplit.js';
import { lines, type TextSource } from './textChunks.js';

export type Entry = { line: number; item: Item } | { line: number; problem: string };

// The AWS CLI's `batch-write-item --request-items file://...` shape.
const REQUEST_FILE = /^\uFEFF?\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\[/;
// Text that cannot start that shape: anything but `{`, or `{` then a name whose value is no list.
const NOT_REQUEST_FILE = /^\uFEFF?\s*(?:[^\s{]|\{\s*[^\s"]|\{\s*"(?:[^"\\]|\\.)*"\s*(?:[^\s:]|:\s*[^\s[]))/;

/** Whether the beginning of a file is enough to choose its reader (see readEntries). */
export function headDecides(head: string): boolean {
  return REQUEST_FILE.test(head) || NOT_REQUEST_FILE.test(head);
}

type Decode = (text: string) => Item;

export function readEntries(source: TextSource, format: BulkFormat): AsyncGenerator<Entry> {
  if (format === 'csv') return readCsv(source.chunks);
  const first = source.head.replace(/^[\s\uFEFF]+/, '')[0];
  const decode: Decode = format === 'ddb-json' ? ddbJsonToItem : (text) => plainJsonToItem(text);
  if (first === '[') return split(source.chunks, new JsonSplitter('array'), decode);
  if (format === 'ddb-json' && REQUEST_FILE.test(source.head)) return split(source.chunks, new JsonSplitter('wrapper'), putRequestItem);
  return byLine(source.chunks, decode);
}

async function* byLine(chunks: AsyncIterable<string>, decode: Decode): AsyncGenerator<Entry> {
  for await (const { text, line } of lines(chunks)) {
    if (!text.trim()) continue;
    yield entryOf(text, line, decode);
  }
}

async function* split(chunks: AsyncIterable<string>, splitter: JsonSplitter, decode: Decode): AsyncGenerator<Entry> {
  for await (const chunk of chunks) {
    for (const el of splitter.push(chunk)) yield entryOf(el.text, el.line, decode);
  }
  splitter.end();
}

function entryOf(text: string, line: number, decode: Decode): Entry {
  if (!text) return { line, problem: 'an empty element (a comma with nothing before it)' };
  try {
    return { line, item: decode(text) };
  } catch (err) {
    if (!(err instanceof CodecError)) throw err;
    // A syntax error inside a multi-line element: its own line within the file.
    const at = err.line !== undefined ? line + err.line - 1 : line;
    const message = err.line !== undefined ? err.message.replace(/ at line \d+, column (\d+)/, ' at column $1') : err.message;
    return { line: at, problem: message };
  }
}

function putRequestItem(text: string): Item {
  const v = parseJsonText(text);
  const request = isJsonObject(v) ? v.PutRequest : undefined;
  if (isJsonObject(v) && v.DeleteRequest !== undefined) throw new CodecError('a DeleteRequest: only PutRequest entries are imported');
  if (!isJsonObject(request) || !isJsonObject(request.Item) || Object.keys(v as object).length !== 1) {
    throw new CodecError('expected {"PutRequest": {"Item": {...}}}');
  }
  return fromDdbJsonObject(request.Item);
}
