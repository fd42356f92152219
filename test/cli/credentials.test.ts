// SSO profiles whose login is missing or expired, from a config-file fixture
// (test/fixtures/aws) and an SSO token cache in a temporary HOME. Nothing reaches AWS: the
// SSO endpoints point at a closed local port. The message must name the profile and the
// exact `aws sso login --profile X`, carry no stack trace and quote no cached token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { describeError, problemLine } from '../../src/dynamo/errors.js';
import { listTablesInput } from '../../src/dynamo/requests.js';
import { BUNDLE, launchApp } from '../e2e/app.js';

const BIN = BUNDLE;
const FIXTURES = new URL('../fixtures/aws/', import.meta.url).pathname;
const CACHED = { accessToken: 'aoaCachedAccessTokenValue0123456789', clientSecret: 'cachedClientSecretValue0123456789', refreshToken: 'cachedRefreshTokenValue0123456789' };
const CLOSED = 'http://127.0.0.1:9';

let home: string;
before(async () => {
  home = await mkdtemp(join(tmpdir(), 'dynoscope-sso-'));
  const cache = join(home, '.aws', 'sso', 'cache');
  await mkdir(cache, { recursive: true });
  // The SDK names a cache file by the SHA-1 of the sso-session name (or, for the older
  // style, of the start URL). sso-never has none.
  const write = (key: string, token: object) => writeFile(join(cache, `${createHash('sha1').update(key).digest('hex')}.json`), JSON.stringify(token));
  const expiresAt = '2020-01-01T00:00:00Z';
  await write('corp-expired', {
    startUrl: 'https://expired.example.awsapps.com/start', region: 'eu-west-1', accessToken: CACHED.accessToken, expiresAt,
    clientId: 'cachedClientId', clientSecret: CACHED.clientSecret, refreshToken: CACHED.refreshToken, registrationExpiresAt: '2099-01-01T00:00:00Z',
  });
  await write('https://legacy.example.awsapps.com/start', { startUrl: 'https://legacy.example.awsapps.com/start', region: 'eu-west-1', accessToken: CACHED.accessToken, expiresAt });
});
after(() => rm(home, { recursive: true, force: true }));

function awsEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    AWS_CONFIG_FILE: join(FIXTURES, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(FIXTURES, 'credentials'),
    AWS_ENDPOINT_URL_SSO: CLOSED,
    AWS_ENDPOINT_URL_SSO_OIDC: CLOSED,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'NODE_TEST_CONTEXT') e[k] = v;
  return { ...e, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...awsEnv(extra) };
}

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: childEnv(extra), timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

function assertNamesLogin(text: string, profile: string): void {
  assert.ok(text.includes(`aws sso login --profile ${profile}`), text);
  assert.ok(text.includes(`"${profile}"`), text);
  assert.doesNotMatch(text, /^\s+at /m, 'no stack trace');
  for (const value of Object.values(CACHED)) assert.ok(!text.includes(value), `a cached token value in: ${text}`);
}

const PROFILES: [string, RegExp][] = [['sso-never', /SSO login needed/], ['sso-expired', /SSO session expired/], ['sso-legacy', /SSO session expired/]];

const skipBin = existsSync(BIN) ? false : `${BIN} is not built (npm test builds it)`;

for (const [profile, title] of PROFILES) {
  test(`count --profile ${profile}: one line naming the profile and aws sso login`, { skip: skipBin }, async () => {
    const r = await run(['count', 'Movies', '--profile', profile]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, title);
    assertNamesLogin(r.stderr, profile);
  });
}

test('AWS_PROFILE instead of --profile: the same command, with the profile the SDK used', { skip: skipBin }, async () => {
  const r = await run(['export', 'Movies'], { AWS_PROFILE: 'sso-expired' });
  assert.equal(r.code, 1);
  assertNamesLogin(r.stderr, 'sso-expired');
});

test('in the app: the problem names the profile and the command (what describeError makes of the SDK error)', async () => {
  const saved = { ...process.env };
  Object.assign(process.env, awsEnv());
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete process.env[k];
  try {
    for (const [profile, title] of PROFILES) {
      const gateway = new DynamoGateway({ profile });
      const err = await gateway.call('ListTables', listTablesInput()).then(() => undefined, (e: unknown) => e);
      gateway.destroy();
      assert.ok(err, `${profile}: the call should fail`);
      const p = describeError(err, { profile, region: 'eu-west-1' });
      assert.match(p.title, title);
      assertNamesLogin(`${problemLine(p)}\n${p.hint}`, profile);
      assert.match(p.hint ?? '', /press R/);
    }
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});

test('in a terminal: the tables screen says which profile needs aws sso login, no stack trace', { skip: skipBin }, async () => {
  // Wide enough that the command is not wrapped inside the problem box.
  const t = await launchApp(['--profile', 'sso-expired'], { cols: 140, env: awsEnv({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }) });
  try {
    const screen = await t.waitFor('aws sso login --profile sso-expired', { timeout: 30_000 });
    assert.match(screen, /SSO session expired/);
    assert.doesNotMatch(screen, /at .*\.js:\d+/, 'no stack trace');
    for (const value of Object.values(CACHED)) assert.ok(!t.raw().includes(value));
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
