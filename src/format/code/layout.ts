// A request input as a literal in a programming language: inline when it fits the width,
// else one member per line. The languages differ only in their scalars and how a key is
// written, which each generator supplies.

export interface Syntax {
  /** A string, number, boolean, null or binary value as the language writes it. */
  scalar(value: unknown): string;
  /** A key of an object or dict. */
  key(name: string): string;
  indent: string;
  /** How wide a line may grow before a value is broken over lines. */
  width: number;
  /** `{ a: 1 }` (JavaScript's usual style) rather than `{"a": 1}` (Python's). */
  padBraces?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** `value` written at `depth` levels of indentation, `used` columns already taken on its first line. */
export function literal(value: unknown, syntax: Syntax, depth = 0, used = 0): string {
  if (Array.isArray(value)) return group('[', ']', value.map((v) => ['', v] as const), syntax, depth, used);
  if (isObject(value)) {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    const [open, close] = syntax.padBraces && members.length ? ['{ ', ' }'] : ['{', '}'];
    return group(open, close, members.map(([k, v]) => [`${syntax.key(k)}: `, v] as const), syntax, depth, used);
  }
  return syntax.scalar(value);
}

function group(open: string, close: string, members: (readonly [string, unknown])[], syntax: Syntax, depth: number, used: number): string {
  if (members.length === 0) return open + close;
  const inline = flat(open, close, members, syntax);
  if (used + inline.length <= syntax.width) return inline;
  return `${open.trim()}\n${members.map(([prefix, v]) => memberLine(prefix, v, syntax, depth + 1)).join('')}${syntax.indent.repeat(depth)}${close.trim()}`;
}

function flat(open: string, close: string, members: (readonly [string, unknown])[], syntax: Syntax): string {
  return `${open}${members.map(([prefix, v]) => prefix + oneLine(v, syntax)).join(', ')}${close}`;
}

function oneLine(value: unknown, syntax: Syntax): string {
  if (Array.isArray(value)) return flat('[', ']', value.map((v) => ['', v] as const), syntax);
  if (isObject(value)) {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    const [open, close] = syntax.padBraces && members.length ? ['{ ', ' }'] : ['{', '}'];
    return flat(open, close, members.map(([k, v]) => [`${syntax.key(k)}: `, v] as const), syntax);
  }
  return syntax.scalar(value);
}

/** One member on its own line, with a trailing comma (both languages allow it). */
export function memberLine(prefix: string, value: unknown, syntax: Syntax, depth: number): string {
  const pad = syntax.indent.repeat(depth);
  return `${pad}${prefix}${literal(value, syntax, depth, pad.length + prefix.length)},\n`;
}

/** The input's members, one per line, each `name<sep>value,`: keyword arguments in Python. */
export function argumentLines(input: object, sep: string, syntax: Syntax, depth: number, name = (k: string) => k): string {
  return Object.entries(input).filter(([, v]) => v !== undefined)
    .map(([k, v]) => memberLine(`${name(k)}${sep}`, v, syntax, depth)).join('');
}
