import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { REDACTED, redactSecrets } from '../../src/format/redact.js';
import { flashText } from '../../src/state/flash.js';
import { item } from '../helpers/arbitraries.js';
import { itemToDdbJson } from '../../src/dynamo/codec/ddbJson.js';
import { itemToPlainJson } from '../../src/dynamo/codec/plainJson.js';

// Secrets are random: no bias towards the small and repetitive values fast-check prefers
// (a key of 40 "A"s is not a key AWS hands out).
const bytes = (min: number, max: number) => fc.noBias(fc.uint8Array({ minLength: min, maxLength: max }));
const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const base32 = fc.noBias(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 16, maxLength: 16 }));

const accessKeyId = fc.tuple(fc.constantFrom('AKIA', 'ASIA'), base32).map(([p, s]) => p + s);
const secretAccessKey = bytes(30, 30).map(base64);
const sessionToken = fc.tuple(fc.constantFrom('IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE', ''), bytes(200, 700))
  .map(([prefix, b]) => prefix + base64(b));
const signature = bytes(32, 32).map((b) => Buffer.from(b).toString('hex'));

/** [what the text carries, the secret values that must not be in the redacted text] */
type Case = [string, string[]];

const secretCases: fc.Arbitrary<Case> = fc.oneof(
  accessKeyId.map((k): Case => [k, [k]]),
  secretAccessKey.map((k): Case => [k, [k]]),
  sessionToken.map((t): Case => [t, [t]]),
  sessionToken.map((t): Case => [encodeURIComponent(t), [t, encodeURIComponent(t)]]),
  fc.tuple(fc.constantFrom('aws_secret_access_key = ', 'SecretAccessKey=', '"SecretAccessKey": "', 'secretAccessKey: '), secretAccessKey)
    .map(([k, v]): Case => [k + v, [v]]),
  fc.tuple(fc.constantFrom('aws_session_token=', 'X-Amz-Security-Token=', 'x-amz-security-token:', '"SessionToken":"', '<SessionToken>'), sessionToken)
    .map(([k, v]): Case => [k + v, [v]]),
  fc.tuple(fc.constantFrom('Signature=', 'X-Amz-Signature=', 'signature: '), signature).map(([k, v]): Case => [k + v, [v]]),
  fc.tuple(accessKeyId, fc.constantFrom('/20240101/us-east-1/dynamodb/aws4_request', '%2F20240101%2Fus-east-1%2Fdynamodb%2Faws4_request'))
    .map(([k, scope]): Case => [`Credential=${k}${scope}`, [k]]),
  fc.tuple(accessKeyId, signature).map(([k, s]): Case => [
    `Authorization: AWS4-HMAC-SHA256 Credential=${k}/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=${s}`,
    [k, s],
  ]),
);

const text = fc.oneof(fc.string(), fc.lorem(), fc.string({ unit: 'grapheme' }));
// Secrets in messages are set off from their neighbours (spaces, quotes, line breaks).
const gap = fc.constantFrom(' ', '\n', '\t', ' "', '" ', "'", ', ', ': ', ' (', ') ');

test('a secret of each kind embedded in random text never survives redaction', () => {
  fc.assert(
    fc.property(text, gap, secretCases, gap, text, (before, g1, [secretText, secrets], g2, after) => {
      const out = redactSecrets(`${before}${g1}${secretText}${g2}${after}`);
      assert.ok(out.includes(REDACTED), out);
      for (const secret of secrets) {
        assert.ok(!out.includes(secret), `${secret} survived in ${out}`);
        // Nor does a piece of it long enough to matter.
        for (let i = 0; i + 16 <= secret.length; i += 8) assert.ok(!out.includes(secret.slice(i, i + 16)), `a piece of ${secret} survived in ${out}`);
      }
    }),
    { numRuns: 300 },
  );
});

const word = fc.constantFrom('Movies', 'orders', 'AppData', 'customer', 'Prod', 'eu', 'archive', 'Index', 'by', 'Date', 'v2', 'events');
const tableName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{2,38}$/),
  fc.array(word, { minLength: 1, maxLength: 12 }).chain((ws) => fc.constantFrom('-', '_', '.').map((sep) => ws.join(sep))),
);
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2');
const account = fc.stringMatching(/^\d{12}$/);
const arn = fc.oneof(
  fc.tuple(region, account, tableName, fc.option(tableName)).map(([r, a, t, i]) => `arn:aws:dynamodb:${r}:${a}:table/${t}${i ? `/index/${i}` : ''}`),
  // Resource paths of any length: long CamelCase names are ARN parts, not keys.
  fc.tuple(account, fc.array(word, { minLength: 6, maxLength: 14 })).map(([a, ws]) => `arn:aws:sts::${a}:assumed-role/${ws.join('')}/${ws.reverse().join('')}`),
);
const path = fc.array(word, { minLength: 3, maxLength: 10 }).map((ws) => `/Users/${ws.join('/')}.jsonl`);
const number = fc.oneof(fc.bigInt({ min: -(10n ** 38n), max: 10n ** 38n }).map(String), fc.double({ noNaN: true }).map(String), fc.nat().map((n) => n.toLocaleString('en-US')));
const requestId = fc.stringMatching(/^[A-Z0-9]{52}$/);
const digest = fc.stringMatching(/^[0-9a-f]{64}$/);
const phrase = fc.constantFrom(
  'Requested resource not found', 'The conditional request failed', 'One or more parameter values were invalid:',
  'The request signature we calculated does not match the signature you provided.', 'Check your AWS Secret Access Key and signing method.',
  'The security token included in the request is expired', 'Could not load credentials from any providers', 'not authorized to perform: dynamodb:Scan on resource:',
  'The SSO session associated with this profile has expired.', 'Signature expired: 20240101T000000Z is now earlier than 20240101T000500Z',
);
const jsonItem = fc.tuple(item, fc.boolean()).map(([i, ddb]) => (ddb ? itemToDdbJson(i) : itemToPlainJson(i)));
const ordinary = fc.oneof(tableName, arn, path, number, requestId, digest, phrase, jsonItem);

test('ordinary text (table names, numbers, JSON items, ARNs, paths, request ids) is left exactly as is', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(ordinary, fc.constantFrom(' ', '\n', ': ', ', ', ' in ')), { minLength: 1, maxLength: 8 }), (parts) => {
      const message = parts.map(([p, sep]) => p + sep).join('');
      assert.equal(redactSecrets(message), message);
    }),
    { numRuns: 300 },
  );
});

test('a signature mismatch that quotes the canonical request keeps its explanation, loses the token', () => {
  const token = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'x7Y/'.repeat(40)}==`;
  const message = [
    'The request signature we calculated does not match the signature you provided.',
    "The Canonical String for this request should have been\n'POST\n/\n\ncontent-type:application/x-amz-json-1.0",
    'host:dynamodb.us-east-1.amazonaws.com\nx-amz-date:20240101T000000Z',
    `x-amz-security-token:${token}`,
    'x-amz-target:DynamoDB_20120810.ListTables\n\ncontent-type;host;x-amz-date;x-amz-security-token;x-amz-target',
  ].join('\n');
  const out = redactSecrets(message);
  assert.ok(!out.includes(token.slice(0, 30)));
  assert.match(out, /x-amz-security-token:\[redacted\]\n/);
  assert.match(out, /x-amz-target:DynamoDB_20120810\.ListTables/);
  assert.match(out, /does not match the signature you provided/);
});

test('a flash is one line with credentials redacted: a header to its line end, the rest kept', () => {
  const text = 'import into Movies failed: Credentials not accepted:\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/dynamodb/aws4_request\n  try   again';
  assert.equal(flashText(text), 'import into Movies failed: Credentials not accepted: Authorization: [redacted] try again');
});
