// The embedded DynamoDB for --demo and the tests: dynalite in this process, on a random
// loopback port, spoken to over real HTTP so every request takes the production path.
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { ConnectionOptions } from '../dynamo/client.js';
import { lockDir } from './dirLock.js';

export { DemoDirInUseError } from './dirLock.js';

export interface Engine {
  endpoint: string;
  close(): Promise<void>;
}

export const DEMO_REGION = 'us-east-1';
const DEMO_CREDENTIALS = { accessKeyId: 'demo', secretAccessKey: 'demo' };

/** In memory by default; with `path` (--demo-dir) the tables persist in that folder. */
export async function startEngine(opts: { path?: string } = {}): Promise<Engine> {
  let unlock = async (): Promise<void> => {};
  if (opts.path) {
    await mkdir(opts.path, { recursive: true });
    unlock = await lockDir(opts.path);
  }
  // Loaded here, not at the top: dynalite and its leveldb bindings stay out of the
  // bundle and are never loaded unless the demo is asked for.
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ path: opts.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const inFlight = trackRequests(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await unlock();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    // dynalite keeps working on a request whose client went away (an aborted seed) and
    // throws uncaught if its store closes under it; its close() closes the store as soon
    // as the last socket is gone, so wait for the handlers before closing anything.
    await Promise.race([inFlight.idle(), delay(CLOSE_GRACE_MS, undefined, { ref: false })]);
    const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    // The SDK keeps connections alive; without this, close waits for them to time out.
    server.closeAllConnections();
    try {
      await closed;
    } finally {
      await unlock();
    }
  };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => (closing ??= close()),
  };
}

const CLOSE_GRACE_MS = 2000;

/** Counts requests from arrival until dynalite sends the response (or the body never completes). */
function trackRequests(server: Server): { idle(): Promise<void> } {
  let pending = 0;
  const waiters: (() => void)[] = [];
  server.prependListener('request', (req, res) => {
    pending++;
    let done = false;
    const settle = (): void => {
      if (done) return;
      done = true;
      if (--pending === 0) waiters.splice(0).forEach((wake) => wake());
    };
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof end>) => {
      settle();
      return end(...args);
    }) as typeof res.end;
    req.once('close', () => { if (!req.complete) settle(); });
  });
  return {
    idle: () => (pending === 0 ? Promise.resolve() : new Promise<void>((wake) => waiters.push(wake))),
  };
}

/** Gateway options for the embedded engine: any credentials work, so fixed ones are used. */
export function demoConnection(endpoint: string): ConnectionOptions {
  return { endpoint, region: DEMO_REGION, credentials: { ...DEMO_CREDENTIALS }, demo: true };
}
