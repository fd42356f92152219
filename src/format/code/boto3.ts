// A request as Python with boto3's low-level client: `client.scan(TableName=..., ...)`
// with the values in DynamoDB JSON, so a number stays the exact string the app sends and
// binary is a bytes literal. Pure: the same input always gives the same text.
import { argumentLines, type Syntax } from './layout.js';
import { fromFirstPage, type Call, type CodeContext } from './context.js';

const syntax: Syntax = { scalar, key: pyString, indent: '    ', width: 88 };

/** A Python string literal. JSON's escapes (\" \\ \n \t \uXXXX ...) all mean the same in Python. */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** A bytes literal: printable ASCII as is, every other byte as \xNN. */
export function pyBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    out += b >= 0x20 && b < 0x7f && ch !== '"' && ch !== '\\' ? ch : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b"${out}"`;
}

function scalar(value: unknown): string {
  if (value instanceof Uint8Array) return pyBytes(value);
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new Error(`no Python literal for ${typeof value}`);
}

/** botocore's method name for an operation: PutItem -> put_item, BatchWriteItem -> batch_write_item. */
export function snakeCase(operation: string): string {
  return operation.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function clientLines(ctx: CodeContext): string[] {
  const opts = [
    ...(ctx.region ? [`region_name=${pyString(ctx.region)}`] : []),
    ...(ctx.endpoint ? [`endpoint_url=${pyString(ctx.endpoint)}`] : []),
  ];
  if (!ctx.profile) return [`client = boto3.client(${[pyString('dynamodb'), ...opts].join(', ')})`];
  return [
    `session = boto3.Session(profile_name=${pyString(ctx.profile)})`,
    `client = session.client(${[pyString('dynamodb'), ...opts].join(', ')})`,
  ];
}

/** The calls as one Python program; each response is printed. */
export function boto3Code(calls: Call[], ctx: CodeContext): string {
  const body = calls.map((c) => `response = client.${snakeCase(c.operation)}(\n${argumentLines(c.input, '=', syntax, 1)})\nprint(response)\n`);
  return ['import boto3', '', ...clientLines(ctx), '', body.join('\n')].join('\n');
}

/** A Scan or Query over every page, with boto3's paginator; prints how many items came back. */
export function boto3AllPages(call: Call, ctx: CodeContext): string {
  return [
    'import boto3',
    '',
    ...clientLines(ctx),
    '',
    `paginator = client.get_paginator(${pyString(snakeCase(call.operation))})`,
    'items = []',
    '# the paginator sends ExclusiveStartKey = LastEvaluatedKey until there is none',
    `for page in paginator.paginate(\n${argumentLines(fromFirstPage(call.input), '=', syntax, 1)}):`,
    '    items.extend(page["Items"])',
    'print(len(items), "items")',
    '',
  ].join('\n');
}
