// An endpoint whose error quotes the request's credentials, as AWS's signature-mismatch
// answer quotes the canonical request (session token included). Neither the app's screen
// (every byte written) nor a subcommand's stderr may carry any of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { BUNDLE, launchApp } from './app.js';

const KEY_ID = 'ASIAZXCVBNMASDFGHJKL';
const SECRET = 'Zq8/Xw+3mNbVcXz1LkJhGfDsA0pOiUyTrEwQ9aSd';
const TOKEN = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'Lp3+Vq9/Ht2K'.repeat(30)}==`;
const CREDS = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN, AWS_REGION: 'us-east-1' };

let server: Server;
let endpoint: string;
const signatures: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    const auth = String(req.headers.authorization ?? '');
    signatures.push(/Signature=([0-9a-f]+)/.exec(auth)?.[1] ?? '');
    const message = [
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      `The Canonical String for this request should have been\n'POST\n/\n\nhost:${req.headers.host}\nx-amz-date:${req.headers['x-amz-date']}`,
      `x-amz-security-token:${req.headers['x-amz-security-token']}\nx-amz-target:${req.headers['x-amz-target']}'`,
      `Authorization: ${auth}`,
      `(and a key a server would never know: aws_secret_access_key=${SECRET})`,
    ].join('\n');
    res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify({ __type: 'com.amazon.coral.service#InvalidSignatureException', message }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise((r) => server.close(r)));

function assertNoCredential(text: string, where: string): void {
  const values = [KEY_ID, SECRET, TOKEN, ...signatures.filter(Boolean)];
  for (const v of values) {
    for (let i = 0; i + 16 <= v.length; i += 8) assert.ok(!text.includes(v.slice(i, i + 16)), `${where} shows part of ${v.slice(0, 8)}…`);
  }
}

test('the app: an error quoting the credentials is shown without them', async () => {
  const t = await launchApp(['--endpoint-url', endpoint], { env: CREDS });
  try {
    const screen = await t.waitFor(/InvalidSignatureException|signature/, { timeout: 30_000 });
    assert.match(screen, /does not match the signature you provided/);
    assert.ok(signatures.length > 0, 'the request reached the server, signed');
    await t.press('q');
    await t.exited;
    assertNoCredential(t.raw(), 'the terminal');
  } finally { t.kill(); }
});

test('a subcommand: the stderr line carries no credential', async () => {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'NODE_TEST_CONTEXT') env[k] = v;
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE, 'count', 'Movies', '--endpoint-url', endpoint], {
      env: { ...env, ...CREDS, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      timeout: 30_000,
    }, (err, _stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stderr }));
  });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not match the signature you provided/);
  assert.match(r.stderr, /\[redacted\]/);
  assertNoCredential(r.stderr, 'stderr');
});
