// bench/bulk: export and count of 100,000 items (~560 bytes each) on a dynalite server,
// against the AWS CLI's scan and `--select COUNT` and a plain SDK page loop (the limit),
// locally and through a loopback proxy that holds each request 20 ms (a stand-in for a
// region's round trip). Also the peak memory of an export of 10,000 vs 100,000 items.
//   node scripts/build.mjs && node --import tsx bench/bulk.ts [--runs 3] [--segments 4] [--items 100000] [--json] [--no-aws]
import '../test/helpers/env.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DynamoGateway } from '../src/dynamo/client.js';
import { startFaultProxy } from '../test/bulk/faultProxy.js';
import { loadTable } from './bulkData.js';
import { measure, stats, type Spec, type Stats } from './bulkRun.js';
import { printBulkReport } from './bulkReport.js';

const { values: flags } = parseArgs({ options: {
  runs: { type: 'string', default: '3' }, segments: { type: 'string', default: '4' }, items: { type: 'string', default: '100000' },
  json: { type: 'boolean', default: false }, 'no-aws': { type: 'boolean', default: false },
  // e.g. --only count,sdkCount,awsCount: time just these rows (and skip the memory runs).
  only: { type: 'string' },
} });
const ONLY = flags.only ? new Set(flags.only.split(',')) : undefined;
const RUNS = Number(flags.runs);
const SEGMENTS = String(Number(flags.segments));
const ITEMS = Number(flags.items);
const SMALL = Math.round(ITEMS / 10);
const AWS = '/usr/bin/aws';
const withAws = existsSync(AWS) && !flags['no-aws'];
const BIG_TABLE = 'BenchBulk';
const SMALL_TABLE = 'BenchBulkSmall';

if (!existsSync('dist/dynoscope.js')) throw new Error('build first: node scripts/build.mjs');
const log = (s: string) => process.stderr.write(`${s}\n`);

const server = spawn(process.execPath, ['bench/bulkServer.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<string>((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
const local = `http://127.0.0.1:${port}`;
const proxy = await startFaultProxy(local, () => 'pass', { delayMs: 20 });
try {
  const loader = new DynamoGateway({ endpoint: local, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const loadStart = performance.now();
  await loadTable(loader, BIG_TABLE, ITEMS, (n) => log(`loading ${BIG_TABLE}: ${n}`));
  await loadTable(loader, SMALL_TABLE, SMALL, () => {});
  loader.destroy();
  log(`loaded ${ITEMS} + ${SMALL} items in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_DEFAULT_REGION: 'us-east-1', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
  const node = (args: string[], keepStdout = false): Spec => ({ cmd: process.execPath, args, env, keepStdout });
  const dyno = (endpoint: string, ...args: string[]) => node(['dist/dynoscope.js', ...args, '--endpoint-url', endpoint, '--segments', SEGMENTS], args[0] === 'count');
  const aws = (endpoint: string, ...args: string[]): Spec => ({ cmd: AWS, args: ['dynamodb', 'scan', '--table-name', BIG_TABLE, '--endpoint-url', endpoint, '--output', 'json', ...args], env, keepStdout: args.includes('COUNT') });
  const commands = (endpoint: string): Record<string, Spec> => Object.fromEntries(Object.entries({
    export: dyno(endpoint, 'export', BIG_TABLE, '-o', '/dev/null'),
    exportDdbJson: dyno(endpoint, 'export', BIG_TABLE, '--format', 'ddb-json', '-o', '/dev/null'),
    sdkScan: node(['bench/bulkSdkLoop.mjs', 'scan', endpoint, BIG_TABLE, SEGMENTS], true),
    count: dyno(endpoint, 'count', BIG_TABLE),
    sdkCount: node(['bench/bulkSdkLoop.mjs', 'count', endpoint, BIG_TABLE, SEGMENTS], true),
    ...(withAws ? { awsScan: aws(endpoint), awsCount: aws(endpoint, '--select', 'COUNT') } : {}),
  }).filter(([name]) => !ONLY || ONLY.has(name)));
  const targets = { local: commands(local), proxy: commands(proxy.endpoint) };
  const memory = { small: dyno(local, 'export', SMALL_TABLE, '-o', '/dev/null'), big: dyno(local, 'export', BIG_TABLE, '-o', '/dev/null') };

  const ms: Record<string, number[]> = {};
  const rss: Record<string, number[]> = { small: [], big: [] };
  // Rounds run every command once in turn, so a slow moment of the machine hits all of them.
  for (let round = 1; round <= RUNS; round++) {
    for (const [target, cmds] of Object.entries(targets)) {
      for (const [name, spec] of Object.entries(cmds)) {
        const r = await measure(spec);
        checkCount(name, r.stdout);
        (ms[`${target}.${name}`] ??= []).push(r.ms);
        log(`round ${round} ${target} ${name}: ${(r.ms / 1000).toFixed(2)} s`);
      }
    }
    if (!ONLY) for (const [size, spec] of Object.entries(memory)) rss[size]!.push((await measure(spec)).rssKiB ?? NaN);
  }
  const results: Record<string, Stats> = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, stats(v)]));
  const ok = printBulkReport({ runs: RUNS, items: ITEMS, small: SMALL, segments: Number(SEGMENTS), withAws, results, rssKiB: { small: stats(rss.small!), big: stats(rss.big!) } }, flags.json);
  log(ok ? 'every goal met' : 'some goals missed (see above)');
} finally {
  await proxy.close();
  server.kill();
}

/** Every command must have seen every item: a fast wrong answer is no result. */
function checkCount(name: string, stdout: string): void {
  if (!stdout) return;
  const n = name.startsWith('aws') ? (JSON.parse(stdout) as { Count: number }).Count : Number.parseInt(stdout, 10);
  if (n !== ITEMS) throw new Error(`${name} saw ${n} items, expected ${ITEMS}`);
}
