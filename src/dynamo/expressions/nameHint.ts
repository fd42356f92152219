// A syntax error next to a name with odd characters (`my-attr`, `price$`, `2fa`, `first
// name`) is almost always that name: DynamoDB attribute names may hold any character, but
// in an expression such a name must be quoted. The hint says how to write it.
import { isBarePart, isBareStart, isKeyword, sourceName } from './names.js';

// Characters that end a run of glued text: they are the expression's own syntax.
const DELIMITER = /[\s()[\],=<>'"`]/u;

const ch = (text: string, i: number) => text.charAt(i);

/** The run of non-delimiter text around `position`: [start, end). */
function runAround(text: string, position: number): [number, number] {
  let start = Math.min(position, text.length);
  while (start > 0 && !DELIMITER.test(ch(text, start - 1))) start--;
  let end = start;
  while (end < text.length && !DELIMITER.test(ch(text, end))) end++;
  return [start, end];
}

const isBareWord = (w: string) => w !== '' && isBareStart(w.charAt(0)) && [...w].every(isBarePart) && !isKeyword(w);


/** A path written in our syntax: each dot-separated part bare or in backticks. */
function quoted(run: string): string {
  return run.split('.').map((part) => (isBareWord(part) ? part : sourceName(part))).join('.');
}

/** The hint for a syntax error at `position`, or undefined when no name looks at fault. */
export function oddNameHint(text: string, position: number): string | undefined {
  const [start, end] = runAround(text, position);
  const run = text.slice(start, end);
  if (run === '' || run.startsWith('#') || run.startsWith(':') || !/\p{L}/u.test(run)) return undefined;
  // Odd: a part holds a character a bare name cannot (a keyword alone is not odd: the
  // parser's own message already says how to write it).
  const odd = run.split('.').some((part) => part !== '' && !(isBareStart(part.charAt(0)) && [...part].every(isBarePart)));
  if (odd && /^[\p{L}\p{N}_]/u.test(run)) return say(run, quoted(run));
  // Two bare words with only spaces between: a name with a space in it ("first name").
  const before = text.slice(0, start);
  const m = /([\p{L}_][\p{L}\p{M}\p{N}_]*)( +)$/u.exec(before);
  if (!odd && m && isBareWord(m[1]!) && isBareWord(run)) {
    const name = `${m[1]}${m[2]}${run}`;
    return say(name, sourceName(name));
  }
  return undefined;
}

const say = (name: string, written: string) =>
  `; if ${JSON.stringify(name)} is an attribute name, write it in backticks: ${written}`;
