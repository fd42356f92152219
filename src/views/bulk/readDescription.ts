// What an export reads, in the user's terms: the index, key condition, filter and
// projection of the Scan/Query, with #name and :value placeholders put back.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export interface ReadLine { label: string; text: string }

export function describeRead(operation: 'Scan' | 'Query', input: Record<string, unknown>): ReadLine[] {
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, AttributeValue>;
  const text = (expr: unknown) => restore(String(expr), names, values);
  const lines: ReadLine[] = [{ label: 'reads', text: `${operation} of ${String(input.TableName)}${input.IndexName ? `, index ${String(input.IndexName)}` : ''}` }];
  if (input.KeyConditionExpression) lines.push({ label: 'key', text: text(input.KeyConditionExpression) });
  if (input.FilterExpression) lines.push({ label: 'filter', text: text(input.FilterExpression) });
  if (input.ProjectionExpression) lines.push({ label: 'projection', text: text(input.ProjectionExpression) });
  const extra = [
    input.ScanIndexForward === false ? 'descending' : '',
    input.ConsistentRead ? 'consistent read' : '',
  ].filter(Boolean);
  if (extra.length) lines.push({ label: 'options', text: extra.join(', ') });
  return lines;
}

/** `#n0 > :v0` with {#n0: year, :v0: {N: 1999}} -> `year > 1999`. Unknown refs stay as written. */
export function restore(expr: string, names: Record<string, string>, values: Record<string, AttributeValue>): string {
  return expr.replace(/[#:][A-Za-z0-9_]+/g, (ref) => {
    if (ref.startsWith('#')) return names[ref] ?? ref;
    const v = values[ref];
    return v ? valueText(v) : ref;
  });
}

function valueText(v: AttributeValue): string {
  if (v.N !== undefined) return v.N;
  if (v.S !== undefined) return JSON.stringify(v.S);
  if (v.BOOL !== undefined) return String(v.BOOL);
  if (v.NULL) return 'null';
  const json = JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Buffer.from(x).toString('base64') : x));
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
