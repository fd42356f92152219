// The only file that calls send(). Every request goes through `call`, so the read-only
// guard, the request log (for "show the request") and cancellation live in one place.
import {
  DynamoDBClient,
  ListTablesCommand, DescribeTableCommand, DescribeTimeToLiveCommand,
  ScanCommand, QueryCommand, GetItemCommand, PutItemCommand, UpdateItemCommand,
  DeleteItemCommand, BatchWriteItemCommand, CreateTableCommand, DeleteTableCommand,
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
  /** Fixed credentials (the embedded engine accepts any); otherwise the default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /**
   * Attempts per request, retries included. Unset: the DynamoDB client's default, 4 (the
   * SDK resends 5xx answers, throttling, timeouts and reset connections by itself).
   */
  maxAttempts?: number;
  /**
   * Time limit per attempt in ms, after which it fails with a TimeoutError (retried like a
   * reset). Unset: none, so an attempt whose answer never comes waits until aborted.
   */
  requestTimeoutMs?: number;
}

export interface SentRequest { operation: Operation; input: unknown; at: number }

export class DynamoGateway {
  readonly sdk: DynamoDBClient;
  readonly options: ConnectionOptions;
  private listeners = new Set<(r: SentRequest) => void>();

  constructor(options: ConnectionOptions) {
    this.options = options;
    const config: DynamoDBClientConfig = {
      maxAttempts: options.maxAttempts,
      ...(options.region ? { region: options.region } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // throwOnRequestTimeout: without it the handler only logs a warning (to the console,
      // behind Ink's back) and keeps waiting.
      ...(options.requestTimeoutMs ? { requestHandler: { requestTimeout: options.requestTimeoutMs, throwOnRequestTimeout: true } } : {}),
    };
    this.sdk = new DynamoDBClient(config);
    if (options.readOnly) {
      // Refuse writes in the client itself, so a write reached by any path never leaves.
      this.sdk.middlewareStack.add(
        (next, context) => async (args) => {
          if (WRITE_OPERATIONS.has(String(context.commandName).replace(/Command$/, ''))) {
            throw new ReadOnlyError(String(context.commandName));
          }
          return next(args);
        },
        { step: 'initialize', name: 'dynoscopeReadOnly', priority: 'high' },
      );
    }
  }

  /** Watch every request as it is sent (request log, tests that count writes). */
  onRequest(listener: (r: SentRequest) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async call<K extends Operation>(operation: K, input: InputOf<K>, opts: { signal?: AbortSignal } = {}): Promise<OutputOf<K>> {
    const Command = commands[operation] as unknown as new (i: InputOf<K>) => Parameters<DynamoDBClient['send']>[0];
    for (const l of this.listeners) l({ operation, input, at: Date.now() });
    return (await this.sdk.send(new Command(input), { abortSignal: opts.signal })) as OutputOf<K>;
  }

  /** The region the SDK resolved (from flags, env or the AWS config); throws when none. */
  async region(): Promise<string> {
    return this.sdk.config.region();
  }

  destroy(): void {
    this.sdk.destroy();
  }
}
