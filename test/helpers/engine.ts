// Every test that touches data gets a real engine over HTTP from here (DESIGN.md section 7).
import './env.js';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { DynamoGateway } from '../../src/dynamo/client.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { startEngine, demoConnection } from '../../src/demo/engine.js';
import { seedDemo, createTableAndWait } from '../../src/demo/seed.js';

export interface TestEngine {
  endpoint: string;
  gateway: DynamoGateway;
  /** CreateTable, resolved once the table is ACTIVE. */
  createTable(input: CreateTableCommandInput): Promise<void>;
  /** Closes the gateway, then the engine. Safe to call twice. */
  close(): Promise<void>;
}

/** An empty in-memory engine on a free loopback port, or on `path` to test persistence. */
export async function startTestEngine(opts: { path?: string } = {}): Promise<TestEngine> {
  const engine = await startEngine(opts);
  const gateway = new DynamoGateway(demoConnection(engine.endpoint));
  return {
    endpoint: engine.endpoint,
    gateway,
    createTable: (input) => createTableAndWait(gateway, input),
    close: async () => {
      gateway.destroy();
      await engine.close();
    },
  };
}

/** An engine holding the demo tables (Movies, AppData), fully seeded. */
export async function seededEngine(opts: { path?: string } = {}): Promise<TestEngine> {
  const engine = await startTestEngine(opts);
  try {
    await seedDemo(engine.gateway);
  } catch (err) {
    await engine.close();
    throw err;
  }
  return engine;
}

/** An empty engine with one on-demand table keyed by `pk` (S), and that table's
 * description as the write builders take it. */
export async function pkTableEngine(table: string): Promise<{ engine: TestEngine; info: TableInfo }> {
  const engine = await startTestEngine();
  await engine.createTable({
    TableName: table, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  const info: TableInfo = {
    name: table, status: 'ACTIVE', billing: 'PAY_PER_REQUEST', gsis: [], lsis: [],
    partitionKey: { name: 'pk', type: 'S' }, stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
  };
  return { engine, info };
}
