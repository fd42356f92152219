// The limit: a plain SDK page loop over the same segments, no formatting, no output.
//   node bench/bulkSdkLoop.mjs scan|count ENDPOINT TABLE SEGMENTS
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

const [mode, endpoint, table, segmentsText] = process.argv.slice(2);
const segments = Number(segmentsText);
const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
let items = 0;
await Promise.all(Array.from({ length: segments }, async (_, segment) => {
  let start;
  do {
    const out = await client.send(new ScanCommand({
      TableName: table, ExclusiveStartKey: start, ...(mode === 'count' ? { Select: 'COUNT' } : {}),
      ...(segments > 1 ? { Segment: segment, TotalSegments: segments } : {}),
    }));
    items += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
}));
client.destroy();
process.stdout.write(`${items}\n`);
