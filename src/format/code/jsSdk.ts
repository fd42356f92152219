// A request as JavaScript with the AWS SDK v3 (`@aws-sdk/client-dynamodb`, an ES module
// with top-level await): `new ScanCommand({...})` with the values in DynamoDB JSON, numbers
// as the exact strings the app sends, binary as a Buffer from base64.
import { toBase64 } from '../../dynamo/codec/base64.js';
import { fromFirstPage, type Call, type CodeContext } from './context.js';
import { literal, memberLine, type Syntax } from './layout.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const syntax: Syntax = {
  scalar,
  // `__proto__: v`, bare or quoted, sets an object literal's prototype; computed, it is a key.
  key: (name) => (name === '__proto__' ? '["__proto__"]' : IDENTIFIER.test(name) ? name : JSON.stringify(name)),
  indent: '  ',
  width: 80,
  padBraces: true,
};

function scalar(value: unknown): string {
  if (value instanceof Uint8Array) return `Buffer.from(${JSON.stringify(toBase64(value))}, "base64")`;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new Error(`no JavaScript literal for ${typeof value}`);
}

function clientLine(ctx: CodeContext): string {
  const config = {
    ...(ctx.region ? { region: ctx.region } : {}),
    ...(ctx.endpoint ? { endpoint: ctx.endpoint } : {}),
    ...(ctx.profile ? { profile: ctx.profile } : {}),
  };
  return `const client = new DynamoDBClient(${literal(config, syntax, 0, 34)});`;
}

const imports = (names: string[]) =>
  `import { ${['DynamoDBClient', ...new Set(names)].join(', ')} } from "@aws-sdk/client-dynamodb";`;

/** The input object as an argument, opened on the caller's line. */
const argument = (input: object) =>
  `{\n${Object.entries(input).filter(([, v]) => v !== undefined).map(([k, v]) => memberLine(`${syntax.key(k)}: `, v, syntax, 1)).join('')}}`;

/** The calls as one ES module; each response is printed in full. */
export function jsSdkCode(calls: Call[], ctx: CodeContext): string {
  const body = calls.map((c, i) => [
    `${i === 0 ? 'let ' : ''}response = await client.send(new ${c.operation}Command(${argument(c.input)}));`,
    'console.dir(response, { depth: null });',
    '',
  ].join('\n'));
  return [imports(calls.map((c) => `${c.operation}Command`)), '', clientLine(ctx), '', body.join('\n')].join('\n');
}

/** A Scan or Query over every page with the SDK's paginator; prints how many items came back. */
export function jsSdkAllPages(call: Call, ctx: CodeContext): string {
  const paginate = `paginate${call.operation}`;
  return [
    imports([paginate]),
    '',
    clientLine(ctx),
    '',
    'const items = [];',
    '// the paginator sends ExclusiveStartKey = LastEvaluatedKey until there is none',
    `for await (const page of ${paginate}({ client }, ${argument(fromFirstPage(call.input))})) {`,
    '  items.push(...page.Items);',
    '}',
    'console.log(items.length, "items");',
    '',
  ].join('\n');
}
