import { failAt } from './errors.js';
import type { Token } from './tokenizer.js';

// Deep enough for any real expression, shallow enough that recursion cannot blow the stack.
const MAX_DEPTH = 64;

/** A position in the token list, with the helpers every parser uses to read and complain. */
export class Cursor {
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly source: string) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const tok = this.peek();
    if (tok.kind !== 'eof') this.i++;
    return tok;
  }

  atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  isPunct(text: string, ahead = 0): boolean {
    const tok = this.peek(ahead);
    return tok.kind === 'punct' && tok.text === text;
  }

  isWord(word: string, ahead = 0): boolean {
    const tok = this.peek(ahead);
    return tok.kind === 'word' && tok.text.toUpperCase() === word;
  }

  eatPunct(text: string): Token | undefined {
    return this.isPunct(text) ? this.next() : undefined;
  }

  eatWord(word: string): Token | undefined {
    return this.isWord(word) ? this.next() : undefined;
  }

  expectPunct(text: string, what = `"${text}"`): Token {
    return this.eatPunct(text) ?? this.fail(`expected ${what}`);
  }

  /** Fails at the next token, naming what came before it and what was found. */
  fail(expected: string, found = this.atEnd() ? '' : `, found ${this.quote(this.peek())}`): never {
    const tok = this.peek();
    const prev = this.i > 0 ? this.tokens[this.i - 1] : undefined;
    const after = prev ? ` after ${this.quote(prev)}` : '';
    return failAt(`${expected}${after}${found}`, tok.pos);
  }

  /** The source text of a token, shortened for messages. */
  quote(tok: Token): string {
    if (tok.kind === 'eof') return 'the end';
    const raw = this.source.slice(tok.pos, tok.end);
    return `"${raw.length > 24 ? raw.slice(0, 21) + '...' : raw}"`;
  }

  /** Wraps each nesting construct so pathological input fails cleanly instead of overflowing. */
  nested<T>(pos: number, parse: () => T): T {
    if (++this.depth > MAX_DEPTH) failAt(`nested more than ${MAX_DEPTH} levels deep`, pos);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
}
