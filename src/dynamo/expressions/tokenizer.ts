import { failAt } from './errors.js';
import { isBarePart, isBareStart } from './names.js';

export type TokenKind =
  | 'word' // bare identifier or keyword
  | 'quoted' // `backticked name`, text is the decoded name
  | 'nameRef' // #placeholder, text includes the "#"
  | 'valueRef' // :placeholder, text includes the ":"
  | 'number'
  | 'string' // text is the decoded string
  | 'punct'
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
  end: number;
}

const PUNCT2 = ['<>', '<=', '>='];
const PUNCT1 = '()[],.=<>+-';
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?/;
const PLACEHOLDER = /^[A-Za-z0-9_]+/;

/** Splits input into tokens; throws ParseFailure on a character it cannot start a token with. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (/\s/u.test(ch)) {
      i += ch.length;
      continue;
    }
    const tok = readToken(text, i, ch);
    tokens.push(tok);
    i = tok.end;
  }
  tokens.push({ kind: 'eof', text: '', pos: text.length, end: text.length });
  return tokens;
}

function readToken(text: string, i: number, ch: string): Token {
  const two = text.slice(i, i + 2);
  if (PUNCT2.includes(two)) return { kind: 'punct', text: two, pos: i, end: i + 2 };
  if (two === '!=' || two === '==') failAt(`unexpected "${two}": use = or <> to compare`, i);
  if (PUNCT1.includes(ch)) return { kind: 'punct', text: ch, pos: i, end: i + 1 };
  if (ch === '#' || ch === ':') {
    const body = PLACEHOLDER.exec(text.slice(i + 1));
    if (!body) failAt(`expected a placeholder name after "${ch}"`, i + 1);
    const kind = ch === '#' ? 'nameRef' : 'valueRef';
    return { kind, text: ch + body[0], pos: i, end: i + 1 + body[0].length };
  }
  if (/\d/.test(ch)) return readNumber(text, i);
  if (ch === '"') return readDoubleQuoted(text, i);
  if (ch === "'") return readDoubled(text, i, "'", 'string');
  if (ch === '`') return readDoubled(text, i, '`', 'quoted');
  if (isBareStart(ch)) return readWord(text, i);
  return failAt(`unexpected character "${ch}"`, i);
}

function readWord(text: string, start: number): Token {
  let i = start;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (!isBarePart(ch)) break;
    i += ch.length;
  }
  return { kind: 'word', text: text.slice(start, i), pos: start, end: i };
}

function readNumber(text: string, start: number): Token {
  const m = NUMBER.exec(text.slice(start))!;
  const end = start + m[0].length;
  const next = text.charAt(end);
  // "1e", "1.x" or "12abc" is a mistyped number, not a number followed by a name.
  if (next && (next === '.' || isBarePart(String.fromCodePoint(text.codePointAt(end)!)))) {
    failAt(`invalid number "${m[0]}${next}"`, start);
  }
  return { kind: 'number', text: m[0], pos: start, end };
}

// Single-quoted strings and backticked names: no backslash escapes (so Windows paths and
// regex-like text need none); the quote character is written twice to include it.
function readDoubled(text: string, start: number, q: string, kind: TokenKind): Token {
  let out = '';
  let i = start + 1;
  for (;;) {
    const j = text.indexOf(q, i);
    if (j === -1) failAt(`unterminated ${kind === 'quoted' ? 'name' : 'string'} starting`, start);
    out += text.slice(i, j);
    if (text[j + 1] === q) {
      out += q;
      i = j + 2;
      continue;
    }
    return { kind, text: out, pos: start, end: j + 1 };
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

// Double-quoted strings use JSON's escapes, so a value copied from JSON pastes as is.
function readDoubleQuoted(text: string, start: number): Token {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { kind: 'string', text: out, pos: start, end: i + 1 };
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) failAt('expected 4 hex digits after \\u', i);
      out += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else {
      failAt(`invalid escape "\\${e ?? ''}" (use \\" \\\\ \\n \\t \\uXXXX)`, i);
    }
  }
  return failAt('unterminated string starting', start);
}
