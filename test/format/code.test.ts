// The code generators' exact text, table-driven: literals per language (strings with
// quotes and unicode, exact number strings, bytes, booleans, null), the client settings,
// the method and command names, and which forms tab offers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boto3AllPages, boto3Code, pyBytes, snakeCase } from '../../src/format/code/boto3.js';
import { jsSdkAllPages, jsSdkCode } from '../../src/format/code/jsSdk.js';
import { codeFormAt, codeForms, codeText } from '../../src/format/code/index.js';

const put = {
  operation: 'PutItem',
  input: {
    TableName: 'T',
    Item: { pk: { S: 'a "q" \\ é 李' }, n: { N: '12345678901234567890.123' }, b: { B: new Uint8Array([0, 65, 34, 92, 255]) }, t: { BOOL: false }, z: { NULL: true } },
    ConditionExpression: 'attribute_not_exists(pk)',
    ReturnValues: undefined,
  },
};

test('boto3: client settings, snake_case method, DynamoDB JSON literals with exact numbers and bytes', () => {
  assert.equal(boto3Code([put], { region: 'eu-west-1' }), [
    'import boto3',
    '',
    'client = boto3.client("dynamodb", region_name="eu-west-1")',
    '',
    'response = client.put_item(',
    '    TableName="T",',
    '    Item={',
    '        "pk": {"S": "a \\"q\\" \\\\ é 李"},',
    '        "n": {"N": "12345678901234567890.123"},',
    '        "b": {"B": b"\\x00A\\x22\\x5c\\xff"},',
    '        "t": {"BOOL": False},',
    '        "z": {"NULL": True},',
    '    },',
    '    ConditionExpression="attribute_not_exists(pk)",',
    ')',
    'print(response)',
    '',
  ].join('\n'));
});

test('boto3: a profile makes a session; an endpoint is endpoint_url', () => {
  const code = boto3Code([{ operation: 'GetItem', input: { TableName: 'T', Key: { pk: { S: 'a' } } } }], { region: 'us-east-1', endpoint: 'http://localhost:8000', profile: 'dev' });
  assert.match(code, /^session = boto3\.Session\(profile_name="dev"\)\nclient = session\.client\("dynamodb", region_name="us-east-1", endpoint_url="http:\/\/localhost:8000"\)$/m);
  assert.match(code, /response = client\.get_item\(\n {4}TableName="T",\n {4}Key=\{"pk": \{"S": "a"\}\},\n\)/);
});

test('snake_case and bytes literals', () => {
  assert.equal(snakeCase('BatchWriteItem'), 'batch_write_item');
  assert.equal(snakeCase('Scan'), 'scan');
  assert.equal(pyBytes(new Uint8Array([])), 'b""');
  assert.equal(pyBytes(new TextEncoder().encode('ok\n')), 'b"ok\\x0a"');
});

test('JavaScript: the Command class, base64 Buffers, quoted keys only where needed, client config', () => {
  const code = jsSdkCode([put], { region: 'eu-west-1', profile: 'dev' });
  assert.equal(code.split('\n')[0], 'import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";');
  assert.match(code, /^const client = new DynamoDBClient\(\{ region: "eu-west-1", profile: "dev" \}\);$/m);
  assert.match(code, /^let response = await client\.send\(new PutItemCommand\(\{$/m);
  assert.match(code, /^ {4}b: \{ B: Buffer\.from\("AEEiXP8=", "base64"\) \},$/m);
  assert.match(code, /^ {4}n: \{ N: "12345678901234567890\.123" \},$/m);
  assert.match(code, /^ {4}t: \{ BOOL: false \},$/m);
  assert.ok(!code.includes('ReturnValues'), 'undefined members are left out');
  const names = jsSdkCode([{ operation: 'Scan', input: { TableName: 'T', ExpressionAttributeNames: { '#n': 'name' } } }], {});
  assert.match(names, /ExpressionAttributeNames: \{ "#n": "name" \},/);
  assert.match(names, /^const client = new DynamoDBClient\(\{\}\);$/m);
  // An attribute named __proto__ stays an attribute, not the literal's prototype.
  const proto = jsSdkCode([{ operation: 'PutItem', input: { TableName: 'T', Item: { ['__proto__']: { S: 'x' } } } }], {});
  assert.match(proto, /\["__proto__"\]: \{ S: "x" \}/);
});

test('several calls (a key change: PutItem then DeleteItem) make one program with one client', () => {
  const calls = [put, { operation: 'DeleteItem', input: { TableName: 'T', Key: { pk: { S: 'old' } } } }];
  const py = boto3Code(calls, {});
  assert.equal(py.match(/client = /g)?.length, 1);
  assert.match(py, /client\.put_item\([\s\S]*client\.delete_item\(/);
  const js = jsSdkCode(calls, {});
  assert.match(js, /import \{ DynamoDBClient, PutItemCommand, DeleteItemCommand \}/);
  assert.match(js, /let response = [\s\S]*\nresponse = await client\.send\(new DeleteItemCommand/);
});

test('all pages: paginators start from the first page (ExclusiveStartKey dropped)', () => {
  const scan = { operation: 'Scan', input: { TableName: 'T', Limit: 10, ExclusiveStartKey: { pk: { S: 'x' } } } };
  const py = boto3AllPages(scan, {});
  assert.match(py, /paginator = client\.get_paginator\("scan"\)\n/);
  assert.match(py, /for page in paginator\.paginate\(\n {4}TableName="T",\n {4}Limit=10,\n\):\n {4}items\.extend\(page\["Items"\]\)/);
  assert.ok(!py.includes('ExclusiveStartKey='));
  const js = jsSdkAllPages({ ...scan, operation: 'Query' }, {});
  assert.match(js, /import \{ DynamoDBClient, paginateQuery \}/);
  assert.match(js, /for await \(const page of paginateQuery\(\{ client \}, \{\n {2}TableName: "T",\n {2}Limit: 10,\n\}\)\) \{/);
  assert.ok(!js.includes('ExclusiveStartKey:'));
});

test('tab order: scan and query have the all-pages forms, other calls three; positions wrap both ways', () => {
  const scan = [{ operation: 'Scan', input: {} }];
  assert.deepEqual(codeForms(scan), ['cli', 'boto3', 'boto3Pages', 'js', 'jsPages']);
  assert.deepEqual(codeForms([put]), ['cli', 'boto3', 'js']);
  assert.equal(codeFormAt([put], 3), 'cli');
  assert.equal(codeFormAt([put], -1), 'js');
  // The aws CLI needs a region even with --endpoint-url, so the command names both.
  assert.match(codeText('cli', [put], { region: 'r', endpoint: 'http://e' }), /--region r --endpoint-url http:\/\/e/);
  assert.match(codeText('cli', [put], { region: 'r' }), /--region r$/);
});
