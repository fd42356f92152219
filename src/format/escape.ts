/**
 * Makes stored text safe and visible on one terminal line: control characters
 * (which could move the cursor or start an escape sequence), line separators and
 * bidirectional overrides (which could reorder what is shown) become `\n`, `\x1b`,
 * `\u202e`. Inside quotes, `"` and `\` are escaped too, as in JSON.
 */
const UNSAFE = /[\\"\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string, quoted: boolean): string {
  if (ch === '\\' || ch === '"') return quoted ? `\\${ch}` : ch;
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function escapeForDisplay(text: string): string {
  return text.replace(UNSAFE, (ch) => escapeChar(ch, false));
}

export function quoteForDisplay(text: string): string {
  return `"${text.replace(UNSAFE, (ch) => escapeChar(ch, true))}"`;
}

/**
 * The head of a very long value, enough to fill `columns` (a grapheme is at least
 * one UTF-16 unit per column, bar zero-width marks), so a 400 KB attribute is not
 * escaped and measured in full on every render. Never splits a surrogate pair.
 */
export function headFor(text: string, columns: number): { head: string; clipped: boolean } {
  const limit = columns * 4 + 64;
  if (text.length <= limit) return { head: text, clipped: false };
  const end = /[\ud800-\udbff]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return { head: text.slice(0, end), clipped: true };
}
