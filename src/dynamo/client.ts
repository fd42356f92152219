// The only file that calls send(). Every request goes through `call`, so the read-only
// guard, the request log (for "show the request") and cancellation live in one place.
import {
  DynamoDBClient,
  ListTablesCommand, DescribeTableCommand, DescribeTimeToLiveCommand,
  ScanCommand, QueryCommand, GetItemCommand, PutItemCommand, UpdateItemCommand,
  DeleteItemCommand, BatchWriteItemCommand, BatchGetItemCommand, CreateTableCommand, DeleteTableCommand,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import type * as T from '@aws-sdk/client-dynamodb';
import { ReadOnlyError, WRITE_OPERATIONS } from './readOnly.js';

export const commands = {
  ListTables: ListTablesCommand,
  DescribeTable: DescribeTableCommand,
  DescribeTimeToLive: DescribeTimeToLiveCommand,
  Scan: ScanCommand,
  Query: QueryCommand,
  GetItem: GetItemCommand,
  PutItem: PutItemCommand,
  UpdateItem: UpdateItemCommand,
  DeleteItem: DeleteItemCommand,
  BatchWriteItem: BatchWriteItemCommand,
  BatchGetItem: BatchGetItemCommand,
  CreateTable: CreateTableCommand,
  DeleteTable: DeleteTableCommand,
} as const;

/** Operation name -> [input, output]. */
export interface Operations {
  ListTables: [T.ListTablesCommandInput, T.ListTablesCommandOutput];
  DescribeTable: [T.DescribeTableCommandInput, T.DescribeTableCommandOutput];
  DescribeTimeToLive: [T.DescribeTimeToLiveCommandInput, T.DescribeTimeToLiveCommandOutput];
  Scan: [T.ScanCommandInput, T.ScanCommandOutput];
  Query: [T.QueryCommandInput, T.QueryCommandOutput];
  GetItem: [T.GetItemCommandInput, T.GetItemCommandOutput];
  PutItem: [T.PutItemCommandInput, T.PutItemCommandOutput];
  UpdateItem: [T.UpdateItemCommandInput, T.UpdateItemCommandOutput];
  DeleteItem: [T.DeleteItemCommandInput, T.DeleteItemCommandOutput];
  BatchWriteItem: [T.BatchWriteItemCommandInput, T.BatchWriteItemCommandOutput];
  BatchGetItem: [T.BatchGetItemCommandInput, T.BatchGetItemCommandOutput];
  CreateTable: [T.CreateTableCommandInput, T.CreateTableCommandOutput];
  DeleteTable: [T.DeleteTableCommandInput, T.DeleteTableCommandOutput];
}
export type Operation = keyof Operations;
export type InputOf<K extends Operation> = Operations[K][0];
export type OutputOf<K extends Operation> = Operations[K][1];

export interface ConnectionOptions {
  profile?: string;
  region?: string;
  endpoint?: string;
  readOnly?: boolean;
  /** The embedded demo engine (its port changes every run): history and saved queries call
   * it "demo" rather than by its address. */
  demo?: boolean;
  /** Fixed credentials (the embedded engine accepts any); otherwise the default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /**
   * Attempts per request, retries included. Unset: the DynamoDB client's default, 4 (the
   * SDK resends 5xx answers, throttling, timeouts and reset connections by itself).
   * Calls made with `once` (bulk work, which retries by its own policy) always make one.
   */
  maxAttempts?: number;
  /**
   * Time limit per attempt in ms, from sending the request to its answer's headers, and for
   * the answer's body to go quiet; after it the attempt fails with a TimeoutError, retried
   * like a reset connection. 0: no limit. Default REQUEST_TIMEOUT_MS.
   */
  requestTimeoutMs?: number;
  /** Time limit in ms to open a connection (TCP and TLS). 0: no limit. Default CONNECT_TIMEOUT_MS. */
  connectTimeoutMs?: number;
}

/**
 * DynamoDB answers in milliseconds: a 1 MB Scan page in a few hundred. 10 s is twenty
 * times the slowest ordinary answer and still sends a 16 MB BatchWriteItem (the largest
 * request) over a link of about 15 Mbit/s; an answer later than that is not coming, and a
 * fresh attempt on a new connection is the quickest way on. (The SDK's own default is no
 * limit at all, and 5 minutes of silence on the socket.)
 */
export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * A TCP and TLS handshake with a regional endpoint takes well under 300 ms, even across
 * an ocean; 3 s means the route is dead (a dropped VPN, a black-holed address), and a
 * new attempt may pick another address.
 */
export const CONNECT_TIMEOUT_MS = 3_000;

// The HTTP handler's warnings (socket pool at capacity) would go to the console, that is
// the terminal behind Ink's back: dropped. Failures still arrive as errors.
const SILENT = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

export interface SentRequest { operation: Operation; input: unknown; at: number }

export class DynamoGateway {
  readonly sdk: DynamoDBClient;
  readonly options: ConnectionOptions;
  private readonly config: DynamoDBClientConfig;
  private single?: DynamoDBClient;
  private listeners = new Set<(r: SentRequest) => void>();

  constructor(options: ConnectionOptions) {
    this.options = options;
    const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    this.config = {
      maxAttempts: options.maxAttempts,
      ...(options.region ? { region: options.region } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      requestHandler: {
        connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
        requestTimeout,
        // A body that stops half-way (the headers came in time) is bounded the same way.
        socketTimeout: requestTimeout,
        // Without it the handler only logs a warning when the time is up and keeps waiting;
        // with it, it destroys the request's socket (never reused) and throws a TimeoutError
        // (code ETIMEDOUT), which the SDK and the bulk policy retry on a new connection.
        throwOnRequestTimeout: true,
        logger: SILENT,
      },
    };
    this.sdk = guarded(new DynamoDBClient(this.config), options);
  }

  /**
   * A second client that sends each request once, for callers that retry by their own
   * policy (bulk work): the SDK retrying underneath would multiply the attempts and hide
   * what was sent. It shares the first one's credentials, so a profile's credential process
   * or SSO token is resolved once.
   */
  private once(): DynamoDBClient {
    this.single ??= guarded(new DynamoDBClient({ ...this.config, maxAttempts: 1, credentials: this.sdk.config.credentials }), this.options);
    return this.single;
  }

  /** Watch every request as it is sent (request log, tests that count writes). */
  onRequest(listener: (r: SentRequest) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `once`: one attempt, whatever maxAttempts says; the caller retries (see `once()`). */
  async call<K extends Operation>(operation: K, input: InputOf<K>, opts: CallOptions = {}): Promise<OutputOf<K>> {
    const Command = commands[operation] as unknown as new (i: InputOf<K>) => Parameters<DynamoDBClient['send']>[0];
    for (const l of this.listeners) l({ operation, input, at: Date.now() });
    const client = opts.once ? this.once() : this.sdk;
    return (await client.send(new Command(input), { abortSignal: opts.signal })) as OutputOf<K>;
  }

  /** The region the SDK resolved (from flags, env or the AWS config); throws when none. */
  async region(): Promise<string> {
    return this.sdk.config.region();
  }

  destroy(): void {
    this.sdk.destroy();
    this.single?.destroy();
  }
}

export interface CallOptions { signal?: AbortSignal; once?: boolean }

/** With readOnly, writes are refused in the client itself, so one reached by any path never leaves. */
function guarded(client: DynamoDBClient, options: ConnectionOptions): DynamoDBClient {
  if (!options.readOnly) return client;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (WRITE_OPERATIONS.has(String(context.commandName).replace(/Command$/, ''))) {
        throw new ReadOnlyError(String(context.commandName));
      }
      return next(args);
    },
    { step: 'initialize', name: 'dynoscopeReadOnly', priority: 'high' },
  );
  return client;
}
