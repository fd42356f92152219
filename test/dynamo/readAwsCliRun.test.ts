// The produced `aws dynamodb ...` command, run by bash with the real AWS CLI v2 against the
// embedded engine, returns what the gateway returns for the same input: same items (binary,
// unicode and all), counts and LastEvaluatedKey, so exactly one request was made.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { DEMO_REGION } from '../../src/demo/engine.js';
import { demoItems } from '../../src/demo/seed.js';
import { toBase64 } from '../../src/dynamo/codec/index.js';
import { awsCliCommand, cliJson } from '../../src/dynamo/read/awsCli.js';
import { buildReadInput, emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { pageInput, readPage } from '../../src/dynamo/read/pages.js';
import { toTableInfo } from '../../src/dynamo/tableInfo.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

const AWS = '/usr/bin/aws';
const run = promisify(execFile);

function skipReason(): string | false {
  if (!existsSync(AWS)) return `${AWS} is not installed (apt-get install awscli gives v2 on Debian 12)`;
  const version = execFileSync(AWS, ['--version'], { encoding: 'utf8' });
  return version.startsWith('aws-cli/2.') ? false : `${AWS} is not AWS CLI v2: ${version.trim()}`;
}
const skip = skipReason();

let engine: TestEngine;
before(async () => { if (!skip) engine = await seededEngine(); });
after(() => engine?.close());

// The engine takes any credentials; no user config may leak in. `aws` in the pasted command
// is made to mean /usr/bin/aws by a shell function: bash may read rc files that put another
// `aws` (a v1 in a Python env) first on PATH.
const cliEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH, HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  AWS_PAGER: '', AWS_EC2_METADATA_DISABLED: 'true', LC_ALL: 'C.UTF-8',
});

const avatar = toBase64(demoItems('AppData').find((i) => i.avatar?.B)!.avatar.B!);
const forms: [string, string, Partial<ReadForm> & Pick<ReadForm, 'mode'>, number][] = [
  ['scan: filter with a quote, projection with nested paths and a reserved word, a page of 97', 'Movies',
    { mode: 'scan', filter: `contains(title, "'s") OR info.rating >= 8.5`, projection: 'year, title, info.actors[0], info.rating', pageSize: '97' }, 0],
  ['the same, second page (ExclusiveStartKey)', 'Movies',
    { mode: 'scan', filter: `contains(title, "'s") OR info.rating >= 8.5`, projection: 'year, title, info.actors[0], info.rating', pageSize: '97' }, 1],
  ['query on the GSI, between, descending', 'Movies',
    { mode: 'query', index: 'GenreRatingIndex', partitionValue: 'Horror', sortOp: 'between', sortValue: '6', sortValue2: '8', descending: true, pageSize: '' }, 0],
  ['scan of unicode and every type, no page size', 'AppData',
    { mode: 'scan', filter: 'name IN ("Zoë Martin", "李小龍", "محمد العلي") OR attribute_type(tags, "SS")', pageSize: '' }, 0],
  ['binary in the request', 'AppData', { mode: 'scan', filter: 'avatar = :b', values: `{":b": {"B": "${avatar}"}}`, pageSize: '' }, 0],
];

for (const [name, table, form, page] of forms) {
  test(`aws CLI: ${name}`, { skip }, async () => {
    const info = toTableInfo((await engine.gateway.call('DescribeTable', { TableName: table })).Table!);
    const built = buildReadInput(info, { ...emptyReadForm(form.mode), ...form });
    assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
    let startKey;
    for (let i = 0; i < page; i++) startKey = (await readPage(engine.gateway, built.operation, built.input, startKey)).lastKey;
    const want = await engine.gateway.call(built.operation, pageInput(built.input, startKey) as never) as {
      Items?: unknown[]; Count?: number; ScannedCount?: number; LastEvaluatedKey?: unknown;
    };
    assert.ok((want.Items ?? []).length > 0, 'the case returns items');
    const command = awsCliCommand(built.operation, pageInput(built.input, startKey), { region: DEMO_REGION, endpoint: engine.endpoint });
    // Asynchronously: the engine answers from this very process.
    const { stdout } = await run('bash', ['-c', `aws() { ${AWS} "$@"; }\n${command} --output json`], { encoding: 'utf8', env: cliEnv() });
    const out = JSON.parse(stdout);
    assert.deepEqual(out.Items, JSON.parse(cliJson(want.Items)));
    assert.equal(out.Count, want.Count);
    assert.equal(out.ScannedCount, want.ScannedCount);
    assert.deepEqual(out.LastEvaluatedKey, want.LastEvaluatedKey && JSON.parse(cliJson(want.LastEvaluatedKey)));
  });
}
