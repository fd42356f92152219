// A request as the DynamoDB API receives it: JSON with binary as base64, pretty.
export function requestJson(operation: string, input: object): string {
  const body = JSON.stringify(input, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v), 2);
  return `${operation} ${body}`;
}
