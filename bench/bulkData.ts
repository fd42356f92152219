// The bench table: items of about 560 bytes (DynamoDB's size rule: attribute names plus
// values), deterministic, with the usual mix of types.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../src/dynamo/client.js';
import { createTableAndWait, writeItems } from '../src/demo/seed.js';

type Item = Record<string, AttributeValue>;

const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen'];
const word = (i: number, k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;

export function benchItem(i: number): Item {
  const notes = Array.from({ length: 60 }, (_, k) => word(i, k)).join(' ').slice(0, 292);
  return {
    pk: { S: `item#${String(i).padStart(7, '0')}` },
    name: { S: `${word(i, 1)} ${word(i, 2)} ${word(i, 3)}`.padEnd(40, '.') },
    email: { S: `${word(i, 4)}.${i}@example.com` },
    createdAt: { S: new Date(Date.UTC(2024, 0, 1) + i * 61_000).toISOString() },
    score: { N: `${i % 100000}.${(i * 37) % 1000}` },
    visits: { N: String((i * 7919) % 1000003) },
    active: { BOOL: i % 3 !== 0 },
    tags: { SS: [word(i, 5), `${word(i, 6)}-x`, `${word(i, 7)}-y`] },
    address: { M: { street: { S: `${i % 999} ${word(i, 8)} street`.padEnd(30) }, city: { S: word(i, 9) }, zip: { S: String(10000 + (i % 89999)) }, country: { S: 'PT' } } },
    history: { L: [{ N: String(i % 97) }, { N: String(i % 89) }, { N: String(i % 83) }, { N: String(i % 79) }] },
    notes: { S: notes },
  };
}

/** DynamoDB's item size: UTF-8 lengths of names and strings, about half a byte per digit. */
export function itemBytes(item: Item): number {
  const size = (av: AttributeValue): number => {
    if (av.S !== undefined) return Buffer.byteLength(av.S);
    if (av.N !== undefined) return Math.ceil(av.N.replace(/[-.]/g, '').length / 2) + 1;
    if (av.BOOL !== undefined || av.NULL !== undefined) return 1;
    if (av.SS) return av.SS.reduce((n, s) => n + Buffer.byteLength(s), 0);
    if (av.L) return 3 + av.L.reduce((n, v) => n + 1 + size(v), 0);
    if (av.M) return 3 + Object.entries(av.M).reduce((n, [k, v]) => n + 1 + Buffer.byteLength(k) + size(v), 0);
    return 0;
  };
  return Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + size(v), 0);
}

export async function loadTable(gateway: DynamoGateway, table: string, count: number, onProgress: (n: number) => void): Promise<void> {
  await createTableAndWait(gateway, {
    TableName: table, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  const CHUNK = 5000;
  for (let from = 0; from < count; from += CHUNK) {
    const items = Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) => benchItem(from + k));
    await writeItems(gateway, table, items);
    onProgress(from + items.length);
  }
}
