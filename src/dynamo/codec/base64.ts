/**
 * Base64 as the AWS CLI prints binary: the standard alphabet with padding. Decoding
 * is strict (Node's decoder skips bad characters silently): only the canonical
 * encoding of some bytes is accepted, so text and bytes map one to one.
 */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function fromBase64(text: string): Uint8Array | undefined {
  const buf = Buffer.from(text, 'base64');
  if (buf.toString('base64') !== text) return undefined;
  // A plain Uint8Array, like the SDK returns, not a Buffer view of a shared pool.
  return new Uint8Array(buf);
}

/** Why `text` is not accepted, for error messages. */
export function base64Problem(text: string): string {
  const bad = /[^A-Za-z0-9+/=]/.exec(text);
  if (bad) return `character ${JSON.stringify(bad[0])} at ${bad.index + 1} is not in the base64 alphabet`;
  if (text.length % 4 !== 0) return `length ${text.length} is not a multiple of 4 (missing "=" padding?)`;
  return 'it is not canonical base64 (misplaced "=" or nonzero trailing bits)';
}
