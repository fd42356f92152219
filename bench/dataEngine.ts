// dynalite in a child process for the benches that need real data (keys, paging memory),
// with tables created and filled through the app's own seeding code (BatchWriteItem,
// 25 per request, several in flight, unprocessed items retried).
import { spawn, type ChildProcess } from 'node:child_process';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createTableAndWait, writeItems } from '../src/demo/seed.js';
import { DynamoGateway } from '../src/dynamo/client.js';
import { demoConnection } from '../src/demo/engine.js';

export type Item = Record<string, AttributeValue>;

export interface DataEngine {
  endpoint: string;
  /** The server's pid (its memory is not the app's). */
  pid: number;
  /** Creates a table keyed by `pk` (S) and writes makeItem(0..count-1); resolves with the ms it took. */
  seed(table: string, count: number, makeItem: (i: number) => Item, onProgress?: (written: number) => void): Promise<number>;
  close(): Promise<void>;
}

// Items are generated a slice at a time, so seeding 200,000 never holds them all.
const SLICE = 5_000;

export async function startDataEngine(): Promise<DataEngine> {
  // bench/bulk's server: dynalite in a process of its own, so its item store (hundreds of
  // MB at 200,000 items) is not in the measured app's RSS and its CPU not on the bench's thread.
  const child = spawn(process.execPath, [new URL('./bulkServer.mjs', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await firstLine(child);
  const endpoint = `http://127.0.0.1:${port}`;
  // The SDK would print a Node version warning into the bench's own output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const gateway = new DynamoGateway(demoConnection(endpoint));
  return {
    endpoint,
    pid: child.pid!,
    async seed(table, count, makeItem, onProgress) {
      const start = performance.now();
      await createTableAndWait(gateway, {
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      });
      let written = 0;
      for (let from = 0; from < count; from += SLICE) {
        const items = Array.from({ length: Math.min(SLICE, count - from) }, (_, k) => makeItem(from + k));
        await writeItems(gateway, table, items);
        onProgress?.((written += items.length));
      }
      return performance.now() - start;
    },
    async close() {
      gateway.destroy();
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await gone;
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`dynalite exited (${code}) before listening`)));
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.trim());
    });
  });
}
