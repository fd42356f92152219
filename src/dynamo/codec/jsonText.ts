import { parse } from 'lossless-json';
import { CodecError } from './errors.js';

/** 1-based line and column of a 0-based character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses JSON keeping every number as its text (LosslessNumber). lossless-json
 * reports a character offset; editors count lines and columns, so say that instead.
 */
export function parseJsonText(text: string): unknown {
  try {
    return parse(text);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const m = /\s*(?:at|encountered at) position (\d+)\s*$/.exec(err.message);
    if (!m) throw new CodecError(`invalid JSON: ${err.message}`);
    const { line, column } = lineColumn(text, Number(m[1]));
    const what = err.message.slice(0, m.index);
    throw new CodecError(`invalid JSON at line ${line}, column ${column}: ${what}`, { line, column });
  }
}

export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

export function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (isJsonObject(v)) return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  return 'a number';
}
