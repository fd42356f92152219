import { isReservedWord } from './reservedWords.js';

// Words with a meaning in our input syntax. One set for every expression kind, so the
// rule a user learns ("a keyword as an attribute name goes in backticks") never varies.
const KEYWORDS = new Set([
  'AND', 'OR', 'NOT', 'BETWEEN', 'IN', 'SET', 'REMOVE', 'ADD', 'DELETE', 'TRUE', 'FALSE', 'NULL',
]);

export function isKeyword(word: string): boolean {
  return KEYWORDS.has(word.toUpperCase());
}

// What the user may type without backticks: unicode letters are accepted for comfort;
// such names are still escaped in the request (see isPlainName).
const BARE_START = /[\p{L}_]/u;
const BARE_PART = /[\p{L}\p{M}\p{N}_]/u;
const BARE_WORD = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

export function isBareStart(ch: string): boolean {
  return BARE_START.test(ch);
}

export function isBarePart(ch: string): boolean {
  return BARE_PART.test(ch);
}

// What DynamoDB accepts bare in an expression: an ASCII letter, then ASCII letters,
// digits and underscores, and not a reserved word. Anything else needs a #placeholder.
const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;

export function isPlainName(name: string): boolean {
  return PLAIN.test(name) && !isReservedWord(name);
}

// Placeholder bodies DynamoDB allows after "#" or ":".
export const PLACEHOLDER_BODY = /^[A-Za-z0-9_]+$/;

// How a name is written back in our input syntax (used by the source printer).
export function sourceName(name: string): string {
  if (BARE_WORD.test(name) && !isKeyword(name)) return name;
  return '`' + name.replace(/`/g, '``') + '`';
}
