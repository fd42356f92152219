// The embedded DynamoDB for --demo and the tests: dynalite in this process, on a random
// loopback port, spoken to over real HTTP so every request takes the production path.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { ConnectionOptions } from '../dynamo/client.js';

export interface Engine {
  endpoint: string;
  close(): Promise<void>;
}

export const DEMO_REGION = 'us-east-1';
const DEMO_CREDENTIALS = { accessKeyId: 'demo', secretAccessKey: 'demo' };

/** In memory by default; with `path` (--demo-dir) the tables persist in that folder. */
export async function startEngine(opts: { path?: string } = {}): Promise<Engine> {
  if (opts.path) await mkdir(opts.path, { recursive: true });
  // Loaded here, not at the top: dynalite and its leveldb bindings stay out of the
  // bundle and are never loaded unless the demo is asked for.
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ path: opts.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The SDK keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Gateway options for the embedded engine: any credentials work, so fixed ones are used. */
export function demoConnection(endpoint: string): ConnectionOptions {
  return { endpoint, region: DEMO_REGION, credentials: { ...DEMO_CREDENTIALS } };
}
