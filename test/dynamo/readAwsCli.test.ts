import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { awsCliCommand, cliContext, cliJson, kebab, shellQuote } from '../../src/dynamo/read/awsCli.js';
import { planDeleteTable } from '../../src/dynamo/tables/deleteTable.js';

const cases: [string, string, object, Parameters<typeof awsCliCommand>[2], string][] = [
  ['scan with names and values', 'Scan',
    { TableName: 'Movies', FilterExpression: '#y = :v1', ExpressionAttributeNames: { '#y': 'year' }, ExpressionAttributeValues: { ':v1': { N: '1999' } }, ReturnConsumedCapacity: 'TOTAL' },
    undefined,
    `aws dynamodb scan --table-name Movies --filter-expression '#y = :v1' --expression-attribute-names '{"#y":"year"}' --expression-attribute-values '{":v1":{"N":"1999"}}' --return-consumed-capacity TOTAL --no-paginate`],
  ['query: booleans, limit, start key, context', 'Query',
    { TableName: 'Movies', IndexName: 'YearRatingIndex', KeyConditionExpression: '#year = :v1', ExpressionAttributeNames: { '#year': 'year' },
      ExpressionAttributeValues: { ':v1': { N: '2020' } }, ScanIndexForward: false, ConsistentRead: true, Limit: 97,
      ExclusiveStartKey: { year: { N: '2020' }, title: { S: 'A' }, rating: { N: '7' } }, Select: undefined },
    { region: 'eu-west-1', endpoint: 'http://127.0.0.1:8000', profile: 'my profile' },
    `aws dynamodb query --table-name Movies --index-name YearRatingIndex` +
    ` --key-condition-expression '#year = :v1' --expression-attribute-names '{"#year":"year"}' --expression-attribute-values '{":v1":{"N":"2020"}}'` +
    ` --no-scan-index-forward --consistent-read --limit 97 --exclusive-start-key '{"year":{"N":"2020"},"title":{"S":"A"},"rating":{"N":"7"}}'` +
    ` --no-paginate --region eu-west-1 --endpoint-url http://127.0.0.1:8000 --profile 'my profile'`],
  ['quotes, unicode, newlines and $ stay literal', 'Scan',
    { TableName: 'Movies', FilterExpression: 'title = :v1\nOR title = :v2', ExpressionAttributeValues: { ':v1': { S: "It's $HOME `x` \"q\"" }, ':v2': { S: 'Zoë 李小龍 🎬' } } },
    undefined,
    `aws dynamodb scan --table-name Movies --filter-expression 'title = :v1\nOR title = :v2' --expression-attribute-values '{":v1":{"S":"It'\\''s $HOME \`x\` \\"q\\""},":v2":{"S":"Zoë 李小龍 🎬"}}' --no-paginate`],
  ['binary as base64, from a Buffer or a Uint8Array', 'GetItem',
    { TableName: 'Blobs', Key: { id: { B: new Uint8Array([1, 2, 255]) }, part: { B: Buffer.from([0]) } }, ConsistentRead: false },
    undefined,
    `aws dynamodb get-item --table-name Blobs --key '{"id":{"B":"AQL/"},"part":{"B":"AA=="}}' --no-consistent-read`],
  ['a write (not paginated), binary in a set', 'UpdateItem',
    { TableName: 'Movies', Key: { year: { N: '1999' }, title: { S: 'X' } }, UpdateExpression: 'SET info.rating = :r',
      ConditionExpression: 'attribute_exists(title)', ExpressionAttributeValues: { ':r': { N: '7.5' }, ':bs': { BS: [new Uint8Array([9])] } },
      ReturnValues: 'ALL_NEW' },
    undefined,
    `aws dynamodb update-item --table-name Movies --key '{"year":{"N":"1999"},"title":{"S":"X"}}' --update-expression 'SET info.rating = :r'` +
    ` --condition-expression 'attribute_exists(title)' --expression-attribute-values '{":r":{"N":"7.5"},":bs":{"BS":["CQ=="]}}' --return-values ALL_NEW`],
  ['a value starting with "-" uses --flag=value', 'DeleteTable', { TableName: '-odd.name' }, undefined,
    `aws dynamodb delete-table --table-name=-odd.name`],
  ['an empty string is still an argument', 'Scan', { TableName: 'T', FilterExpression: '' }, undefined,
    `aws dynamodb scan --table-name T --filter-expression '' --no-paginate`],
];
for (const [name, op, input, ctx, want] of cases) {
  test(`awsCliCommand: ${name}`, () => assert.equal(awsCliCommand(op, input, ctx), want));
}

test('kebab follows botocore (acronyms too)', () => {
  assert.deepEqual(
    ['ExpressionAttributeNames', 'SSESpecification', 'ReturnItemCollectionMetrics', 'BatchWriteItem', 'ListTagsOfResource', 'TotalSegments'].map(kebab),
    ['expression-attribute-names', 'sse-specification', 'return-item-collection-metrics', 'batch-write-item', 'list-tags-of-resource', 'total-segments'],
  );
});

test('cliJson keeps number text and writes binary as base64', () => {
  assert.equal(cliJson({ a: { N: '12345678901234567890123456789012345678' }, b: { B: Buffer.from('hi') } }),
    '{"a":{"N":"12345678901234567890123456789012345678"},"b":{"B":"aGk="}}');
});

test('shellQuote survives bash for any text', () => {
  const texts = ['', 'plain', "it's", "''", "'\\''", '#comment', '~home', '{a,b}', '!x', '$(date)', '`id`', 'a b\tc\nd', 'Zoë 🎬',
    '\\', '"', '*', '?', '[x]', ';', '&&', '|', '>', '<', '%', '-n', '--', '\x01\x7f'];
  const script = `printf '%s\\0' ${texts.map(shellQuote).join(' ')}`;
  const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.deepEqual(out.split('\0').slice(0, -1), texts);
  assert.equal(shellQuote('Movies'), 'Movies');
  assert.equal(shellQuote('#y'), "'#y'");
});

test('cliContext: with --endpoint-url the region is still named (the CLI needs one even then)', () => {
  const conn = { endpoint: 'http://localhost:8000', profile: 'dev' };
  assert.deepEqual(cliContext(conn, 'eu-west-1'), { endpoint: 'http://localhost:8000', profile: 'dev', region: 'eu-west-1' });
  // Before the SDK has resolved it, the region given on the command line.
  assert.equal(cliContext({ ...conn, region: 'ap-south-1' }).region, 'ap-south-1');
  assert.equal(cliContext({}, 'us-east-1').region, 'us-east-1');
  const scan = awsCliCommand('Scan', { TableName: 'Movies' }, cliContext(conn, 'eu-west-1'));
  assert.equal(scan, 'aws dynamodb scan --table-name Movies --no-paginate --region eu-west-1 --endpoint-url http://localhost:8000 --profile dev');
  // Every generated command goes through the same context: the delete-table plan's too.
  const plan = planDeleteTable({
    name: 'Ledger', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', partitionKey: { name: 'id', type: 'S' },
    gsis: [], lsis: [], stream: { enabled: false }, deletionProtection: true, tableClass: 'STANDARD',
  }, cliContext(conn, 'eu-west-1'));
  assert.ok(!plan.ok && plan.hint?.includes('--region eu-west-1 --endpoint-url http://localhost:8000'));
});
