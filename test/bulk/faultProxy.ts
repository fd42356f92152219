// A loopback HTTP proxy in front of the engine that misbehaves the way DynamoDB can, so
// retries are tested over real HTTP against real storage (dynalite never throttles):
//   throttle      400 ProvisionedThroughputExceededException, nothing written
//   error500      500 InternalServerError, nothing written
//   error500After the request IS forwarded and applied, then the client gets a 500
//                 (the answer was lost: a retry writes the same items again)
//   partial       BatchWriteItem: only the first half is forwarded; the rest comes back
//                 as UnprocessedItems, as DynamoDB does under load
//   resetAfter    the request IS forwarded and applied, then the client's socket is
//                 destroyed without an answer (a connection lost after the commit)
//   resetBefore   the client's socket is destroyed without forwarding: nothing written
//   stall         the request is read and never answered (nor forwarded); the socket stays
//                 open until the proxy closes
//   expired       400 ExpiredTokenException (credentials that ran out mid-session), not retried
//   denied        400 AccessDeniedException, nothing written: an error no retry fixes (the
//                 credentials lost a permission mid-way)
// `delayMs` holds every request that long first (the bench's stand-in for a region);
// `beforeEach` runs (and is awaited) before a request is handled, for a test to change the
// store at an exact point, e.g. between a lost answer and the client's re-read.
//
// What the SDK (v3, DynamoGateway's default config: maxAttempts unset = 3 attempts, a
// request timeout of 10 s) does by itself with each, as test/dynamo/writeTruth.test.ts checks:
//   error500, error500After   InternalServerError is retryable: sent again, up to 3 times
//   resetAfter, resetBefore   Node reports "socket hang up" (code ECONNRESET), which is
//                             retryable: sent again, up to 3 times, on a new connection
//   throttle                  retried with the throttling back-off, up to 3 times
//   stall                     the gateway's request timeout (REQUEST_TIMEOUT_MS, or
//                             `requestTimeoutMs`; tests set a short one) turns it into a
//                             TimeoutError, which is retried; until then the call waits,
//                             unless the caller aborts it
//   denied                    not retried
// Bulk work (gateway.call with `once`) makes one attempt per call and retries by its own
// policy (src/bulk/retry.ts), as test/bulk/faultMatrix.test.ts checks.
// After the last attempt the error carries $metadata.attempts, how many were sent. The
// retries draw on a budget per client: 500 tokens, 14 per retry of a 5xx, reset or timeout
// and 5 per throttling retry; a success returns its retry's cost (or 1). A client that has
// met a few dozen such faults lately sends a request only once, whatever maxAttempts says.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export type Fault = 'pass' | 'throttle' | 'error500' | 'error500After' | 'partial' | 'resetAfter' | 'resetBefore' | 'stall' | 'denied' | 'expired';

export interface FaultProxy {
  endpoint: string;
  /** How often each fault was applied, by operation: `BatchWriteItem:throttle`. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

type Choose = (n: number, operation: string) => Fault;

const JSON_TYPE = 'application/x-amz-json-1.0';

export interface ProxyOptions {
  delayMs?: number;
  beforeEach?: (n: number, operation: string) => Promise<void> | void;
}

export async function startFaultProxy(target: string, choose: Choose = () => 'pass', opts: ProxyOptions = {}): Promise<FaultProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const counts = new Map<string, number>();
  let n = 0;
  const server = http.createServer(async (req, res) => {
    try {
      const body = Buffer.concat(await req.toArray());
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const i = n++;
      await opts.beforeEach?.(i, operation);
      let fault = choose(i, operation);
      if (fault === 'partial' && operation !== 'BatchWriteItem') fault = 'pass';
      counts.set(`${operation}:${fault}`, (counts.get(`${operation}:${fault}`) ?? 0) + 1);
      if (opts.delayMs) await delay(opts.delayMs);
      if (fault === 'throttle') return send(res, 400, awsError('ProvisionedThroughputExceededException', 'Rate exceeded (fault proxy)'));
      if (fault === 'error500') return send(res, 500, awsError('InternalServerError', 'Internal server error (fault proxy)'));
      if (fault === 'denied') return send(res, 400, awsError('AccessDeniedException', 'Not authorized to perform this action (fault proxy)'));
      if (fault === 'expired') return send(res, 400, awsError('ExpiredTokenException', 'The security token included in the request is expired (fault proxy)'));
      if (fault === 'partial') return await partial(req, res, body);
      if (fault === 'resetBefore') return void req.socket.destroy();
      if (fault === 'stall') return; // never answered; close() ends the connection
      const answer = await forward(req, body);
      if (fault === 'error500After') return send(res, 500, awsError('InternalServerError', 'Lost answer (fault proxy)'));
      if (fault === 'resetAfter') return void req.socket.destroy();
      res.writeHead(answer.status, answer.headers).end(answer.body);
    } catch (err) {
      send(res, 502, awsError('ProxyError', String(err)));
    }
  });

  function forward(req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    const url = new URL(req.url ?? '/', target);
    return new Promise((resolve, reject) => {
      const out = http.request(url, {
        method: req.method, agent, headers: { ...req.headers, host: url.host, 'content-length': body.length },
      }, async (answer) => {
        try {
          const data = Buffer.concat(await answer.toArray());
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          resolve({ status: answer.statusCode ?? 500, headers, body: data });
        } catch (err) { reject(err); }
      });
      out.on('error', reject);
      out.end(body);
    });
  }

  async function partial(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const request = JSON.parse(body.toString()) as { RequestItems: Record<string, unknown[]> };
    const [table, writes] = Object.entries(request.RequestItems)[0]!;
    const keep = Math.ceil(writes.length / 2);
    const answer = await forward(req, Buffer.from(JSON.stringify({ ...request, RequestItems: { [table]: writes.slice(0, keep) } })));
    if (answer.status !== 200) return void res.writeHead(answer.status, answer.headers).end(answer.body);
    const out = JSON.parse(answer.body.toString()) as { UnprocessedItems?: Record<string, unknown[]> };
    const left = [...(out.UnprocessedItems?.[table] ?? []), ...writes.slice(keep)];
    if (left.length) out.UnprocessedItems = { ...out.UnprocessedItems, [table]: left };
    send(res, 200, out);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise<void>((resolve) => {
      agent.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function awsError(type: string, message: string): object {
  return { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message };
}

function send(res: http.ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text) }).end(text);
}
