import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError, problemLine } from '../../src/dynamo/errors.js';

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

test('an error that quotes credentials: no credential value reaches the problem text', () => {
  const keyId = 'ASIAQWERTYUIOPASDFGH';
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const token = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'k9Zq+Xw/'.repeat(40)}==`;
  const signature = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
  const message = [
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    "The Canonical String for this request should have been\n'POST\n/\n\ncontent-type:application/x-amz-json-1.0\nhost:dynamodb.eu-west-1.amazonaws.com",
    `x-amz-date:20240101T000000Z\nx-amz-security-token:${token}\nx-amz-target:DynamoDB_20120810.Scan'`,
    `Authorization: AWS4-HMAC-SHA256 Credential=${keyId}/20240101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=${signature}`,
    `(from aws_secret_access_key=${secret}; aws_session_token=${token})`,
  ].join('\n');
  const names = ['InvalidSignatureException', 'UnrecognizedClientException', 'ExpiredTokenException', 'CredentialsProviderError', 'SomethingNew'];
  for (const name of names) {
    const p = describeError(err(name, message), { profile: 'dev', region: 'eu-west-1', table: 'Movies' });
    const shown = `${problemLine(p)}\n${p.hint ?? ''}`;
    for (const value of [keyId, secret, token, token.slice(0, 24), signature]) assert.ok(!shown.includes(value), `${name}: ${value.slice(0, 12)}… in ${shown}`);
    assert.match(shown, /does not match the signature you provided/, 'the explanation stays');
  }
});

test('expired or missing SSO logins name the profile and the exact aws sso login command', () => {
  const refresh = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";
  const cases: [Error, object, RegExp][] = [
    [err('CredentialsProviderError', `Token is expired. ${refresh}`), { profile: 'dev' }, /SSO session expired/],
    [err('CredentialsProviderError', `The SSO session associated with this profile has expired. ${refresh}`), { profile: 'dev' }, /SSO session expired/],
    [err('CredentialsProviderError', `Value not present for 'clientId' in SSO Token. Cannot refresh. ${refresh}`), { profile: 'dev' }, /SSO session expired/],
    [err('TokenProviderError', `The SSO session token associated with profile=dev was not found or is invalid. ${refresh}`), {}, /SSO login needed/],
    [err('UnauthorizedException', 'Session token not found or invalid'), { profile: 'dev' }, /SSO login needed/],
  ];
  for (const [e, ctx, title] of cases) {
    const p = describeError(e, ctx);
    assert.match(p.title, title, e.message);
    assert.match(p.detail, /Profile "dev" needs a new SSO login: `aws sso login --profile dev`/, e.message);
    assert.doesNotMatch(p.detail, /corresponding profile/, 'the vague advice is replaced by the command');
    assert.match(p.hint ?? '', /press R/);
  }
});

test('without --profile, the profile is the one the SDK used (AWS_PROFILE), else the default', () => {
  const saved = process.env.AWS_PROFILE;
  try {
    process.env.AWS_PROFILE = 'from-env';
    assert.match(describeError(err('CredentialsProviderError', 'Token is expired.')).detail, /aws sso login --profile from-env/);
    delete process.env.AWS_PROFILE;
    const p = describeError(err('CredentialsProviderError', 'Token is expired.'));
    assert.match(p.detail, /The default profile needs a new SSO login: `aws sso login`\./);
  } finally {
    if (saved === undefined) delete process.env.AWS_PROFILE; else process.env.AWS_PROFILE = saved;
  }
});

test('expired temporary credentials (not SSO) say so and name the renewal', () => {
  for (const e of [err('ExpiredTokenException', 'The security token included in the request is expired'), err('ExpiredToken', 'The provided token has expired.')]) {
    const p = describeError(e, { profile: 'ops' });
    assert.equal(p.title, 'Credentials expired');
    assert.match(p.detail, /profile "ops"/);
    assert.match(p.hint ?? '', /aws sso login --profile ops/);
  }
});

test('a broken SSO config is not mistaken for an expired login', () => {
  const p = describeError(err('CredentialsProviderError', "Sso session 'corp' could not be found in shared credentials file."), { profile: 'dev' });
  assert.equal(p.title, 'No AWS credentials');
});
