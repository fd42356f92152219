// The embedded engine (src/demo/engine.ts) with a few tables keyed by `pk`, so startup is
// measured against a real HTTP endpoint without any AWS account.
import { startEngine as startDemoEngine, demoConnection, type Engine } from '../src/demo/engine.js';
import { createTableAndWait } from '../src/demo/seed.js';
import { DynamoGateway } from '../src/dynamo/client.js';

export type { Engine };

export async function startEngine(tables: string[]): Promise<Engine> {
  // The SDK would print a Node version warning into the bench's own output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const engine = await startDemoEngine();
  const gateway = new DynamoGateway(demoConnection(engine.endpoint));
  try {
    for (const TableName of tables) {
      await createTableAndWait(gateway, {
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      });
    }
  } finally {
    gateway.destroy();
  }
  return engine;
}
