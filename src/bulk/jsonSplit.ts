// Splits a JSON document that arrives in chunks into the texts of its elements, each
// with the line it starts on, without holding the whole document:
//   'array'   [ item, item, ... ]                      -> each item
//   'wrapper' { "Table": [ request, ... ], ... }       -> each request (batch-write-item file)
// Only the structure is followed here (brackets, strings, commas at the element level);
// each element is parsed on its own later, so one bad element is one bad line. A broken
// structure (a missing bracket) cannot be resynchronised and throws FileSyntaxError.

export interface Element { text: string; line: number }

export class FileSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'FileSyntaxError';
  }
}

const OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93;
const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, NEWLINE = 10;
const isSpace = (c: number) => c === 32 || c === NEWLINE || c === 13 || c === 9 || c === 0xfeff;

export class JsonSplitter {
  private buf = '';
  private pos = 0;
  private line = 1;
  private stack: number[] = [];
  private inString = false;
  private escaped = false;
  private start = -1;
  private startLine = 0;
  private afterComma = false;
  private closed = false;
  private broken: FileSyntaxError | undefined;
  private readonly depth: number;

  constructor(private readonly mode: 'array' | 'wrapper') {
    this.depth = mode === 'array' ? 1 : 2;
  }

  push(chunk: string): Element[] {
    if (this.broken) throw this.broken;
    const out: Element[] = [];
    this.buf += chunk;
    try {
      for (; this.pos < this.buf.length; this.pos++) this.step(this.buf.charCodeAt(this.pos), out);
    } catch (err) {
      // The elements before the damage are good: hand them out, fail on the next call.
      if (!(err instanceof FileSyntaxError)) throw err;
      this.broken = err;
      return out;
    }
    // Keep only the element being read.
    const keep = this.start >= 0 ? this.start : this.pos;
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    if (this.start >= 0) this.start = 0;
    return out;
  }

  end(): void {
    if (this.broken) throw this.broken;
    if (this.stack.length || this.inString) {
      throw new FileSyntaxError(this.line, 'the file ends inside the JSON (a closing bracket or quote is missing)');
    }
  }

  private fail(message: string): never {
    throw new FileSyntaxError(this.line, message);
  }

  private emit(out: Element[]): void {
    if (this.start >= 0) out.push({ text: this.buf.slice(this.start, this.pos).trimEnd(), line: this.startLine });
    else if (this.afterComma) out.push({ text: '', line: this.line });
    this.start = -1;
  }

  private step(c: number, out: Element[]): void {
    if (c === NEWLINE) this.line++;
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
      return;
    }
    if (isSpace(c)) return;
    const depth = this.stack.length;
    if (this.closed) this.fail('unexpected text after the end of the JSON');
    if (depth === this.depth && this.start < 0 && c !== COMMA && c !== CLOSE_ARRAY) {
      this.start = this.pos;
      this.startLine = this.line;
    }
    if (c === QUOTE) { this.inString = true; return; }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === 0 && c !== (this.mode === 'array' ? OPEN_ARRAY : OPEN_OBJECT)) {
        this.fail(this.mode === 'array' ? 'expected a JSON array: [ ... ]' : 'expected an object of tables: {"Table": [ ... ]}');
      }
      if (this.mode === 'wrapper' && depth === 1 && c !== OPEN_ARRAY) this.fail('each table needs a list of requests: "Table": [ ... ]');
      this.stack.push(c);
      if (depth + 1 === this.depth) this.afterComma = false;
      return;
    }
    if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      const open = this.stack.pop();
      if (open === undefined || (open === OPEN_OBJECT) !== (c === CLOSE_OBJECT)) this.fail(`unexpected "${String.fromCharCode(c)}"`);
      if (depth === this.depth) this.emit(out);
      if (depth === 1) this.closed = true;
      return;
    }
    if (c === COMMA && depth === this.depth) {
      this.emit(out);
      this.afterComma = true;
      return;
    }
    if (depth === 0 || (this.mode === 'wrapper' && depth === 1 && c !== COMMA && c !== COLON)) {
      this.fail(`unexpected "${String.fromCharCode(c)}"`);
    }
  }
}
