import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError } from '../../src/dynamo/errors.js';

const err = (name: string, message: string, extra: object = {}) => Object.assign(new Error(message), { name, ...extra });

test('AWS and network errors become actionable messages', () => {
  const cases: [unknown, object, RegExp, RegExp?][] = [
    [err('Error', 'Region is missing'), {}, /No AWS region/, /--region/],
    [err('CredentialsProviderError', 'Could not load credentials from any providers'), { profile: 'dev' }, /No AWS credentials/, /aws sso login/],
    [err('Error', 'connect ECONNREFUSED 127.0.0.1:9', { code: 'ECONNREFUSED' }), { endpoint: 'http://127.0.0.1:9' }, /Cannot reach DynamoDB/, /endpoint/],
    [err('AccessDeniedException', 'User is not authorized to perform: dynamodb:ListTables'), {}, /Access denied/, /IAM/],
    [err('UnrecognizedClientException', 'The security token included in the request is invalid.'), {}, /Credentials not accepted/],
    [err('ResourceNotFoundException', 'Requested resource not found'), { table: 'Nope', region: 'eu-west-1' }, /Table Nope not found/, /:tables/],
    [err('ExpiredTokenException', 'The security token included in the request is expired'), {}, /expired/],
    [err('ReadOnlyError', 'Refused PutItem: dynoscope was started with --read-only.'), {}, /Read-only/],
  ];
  for (const [e, ctx, title, hint] of cases) {
    const p = describeError(e, ctx);
    assert.match(p.title, title, String(e));
    if (hint) assert.match(p.hint ?? '', hint, String(e));
  }
});

test('an unknown table names the table and where it was looked for', () => {
  const p = describeError(err('ResourceNotFoundException', 'Requested resource not found'), { table: 'Nope', region: 'eu-west-1' });
  assert.match(p.detail, /"Nope" in region eu-west-1/);
});
