// Startup bench (bench/README.md): spawn -> first frame listing tables, against bare
// node and the AWS CLI, in the same pseudo-terminal. Usage:
//   node --import tsx bench/startup.ts [--runs 7] [--json] [--check] [--app "cmd args"] [--no-demo] [--aws PATH]
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, localAwsEnv } from '../test/e2e/env.js';
import { launch } from '../test/e2e/terminal.js';
import { DEMO_TABLES, listed } from '../test/e2e/demo.js';
import { startEngine } from './engine.js';
import { stats, timeToExit, timeToScreens, type Command, type Stats } from './measure.js';
import { printReport, type Report } from './report.js';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    app: { type: 'string' },
    table: { type: 'string', default: 'BenchStartup' },
    'no-demo': { type: 'boolean', default: false },
    // Matches while the demo is still seeding in the background (the app's progress
    // line is "seeding demo data: Movies 25/3476", then "seeding demo data: done").
    seeding: { type: 'string', default: 'seeding demo data(?!: done)' },
    timeout: { type: 'string', default: '20000' },
    aws: { type: 'string', default: '/usr/bin/aws' },
    // Also time the first run, before the app has saved its code cache.
    'no-cold': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(opt.runs));
const warmup = Math.max(0, Number(opt.warmup));
const timeout = Number(opt.timeout);
const AWS = opt.aws;
const BUNDLE = 'dist/dynoscope.js';

if (!opt.app && !existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: build it with \`node scripts/build.mjs\` (npm run bench:startup does).`);
  process.exit(1);
}
// --app replaces `node dist/dynoscope.js` (e.g. a stand-in while the app is being written).
const [appCmd, ...appArgs] = opt.app ? opt.app.split(' ') : [process.execPath, BUNDLE];
const appLabel = opt.app ?? `node ${BUNDLE}`;
const node = (p: string) => (p === 'node' ? process.execPath : p);

const engine = await startEngine(['BenchAlpha', 'BenchBeta', opt.table, 'BenchZeta']);
const env = childEnv(localAwsEnv);
// The app keeps a code cache (src/cli/codeCache.ts) in XDG_CACHE_HOME: the bench's own
// folder, filled once before the rounds (as any run after a user's first has it).
const temps: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'dynoscope-bench-')); temps.push(d); return d; };
const appEnv = { ...env, XDG_CACHE_HOME: tempDir() };
const commands: Record<string, Command> = {
  node: { cmd: process.execPath, args: ['-e', '0'], env, label: 'node -e 0' },
  app: {
    cmd: node(appCmd),
    args: [...appArgs, '--endpoint-url', engine.endpoint],
    env: appEnv,
    label: `${appLabel} --endpoint-url ${engine.endpoint}`,
  },
};
if (!opt['no-cold']) {
  // Each run with an empty cache folder: a user's first start.
  commands.appCold = { ...commands.app, env, label: `${commands.app.label} (first run: no code cache)` };
}
if (existsSync(AWS)) {
  commands.aws = {
    cmd: AWS,
    args: ['dynamodb', 'list-tables', '--endpoint-url', engine.endpoint, '--output', 'json', '--no-cli-pager'],
    // No pager: on a TTY the CLI would otherwise page the output through `less`.
    env: { ...env, AWS_PAGER: '' },
    label: `aws dynamodb list-tables --endpoint-url ${engine.endpoint}`,
  };
}
if (!opt['no-demo']) {
  commands.demo = { cmd: node(appCmd), args: [...appArgs, '--demo'], env: appEnv, label: `${appLabel} --demo` };
}

// A table counts as listed when a line starts with its name, not when the name is in
// a progress message ("seeding demo data: Movies 25/3476").
const allListed = (names: string[]) => (s: string) => names.every((n) => listed(n).test(s));
const anyListed = (names: string[]) => (s: string) => names.some((n) => listed(n).test(s));
const seeding = new RegExp(opt.seeding);
type Sample = { ms: number; firstMs?: number; allMs?: number; seededMs?: number; seedingShown?: boolean };
const once: Record<string, () => Promise<Sample>> = {
  node: () => timeToExit(commands.node, timeout),
  // Also the first frame with anything on it: the part of startup before any request.
  app: async () => {
    const r = await timeToScreens(commands.app, [(s) => s.trim() !== '', allListed([opt.table])], timeout);
    return { ms: r.ms[1], firstMs: r.ms[0] };
  },
  appCold: async () => {
    const r = await timeToScreens({ ...commands.appCold, env: { ...env, XDG_CACHE_HOME: tempDir() } }, [allListed([opt.table])], timeout);
    return { ms: r.ms[0] };
  },
  aws: () =>
    timeToExit(commands.aws, timeout).then((r) => {
      if (!r.screen.includes(opt.table)) throw new Error(`aws did not list ${opt.table}:\n${r.screen}`);
      return r;
    }),
  // Three stages: the first frame listing a demo table, the first listing all of them,
  // the first without seeding in progress. Whether the first of these still showed
  // seeding in progress says whether it waited for the data.
  demo: async () => {
    const all = allListed(DEMO_TABLES);
    const r = await timeToScreens(
      commands.demo,
      [anyListed(DEMO_TABLES), all, (s) => all(s) && !seeding.test(s)],
      Math.max(timeout, 120_000),
    );
    return { ms: r.ms[0], allMs: r.ms[1], seededMs: r.ms[2], seedingShown: seeding.test(r.screens[0]) };
  },
};

/** One run that stays open until the app has saved its code cache (or 10 s, for an app without one). */
async function saveCodeCache(): Promise<void> {
  const dir = join(appEnv.XDG_CACHE_HOME, 'dynoscope');
  const saved = () => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.v8cache'));
  const t = await launch(commands.app.cmd, commands.app.args, { cols: 120, rows: 32, env: commands.app.env });
  try {
    await t.waitFor(allListed([opt.table]), { timeout });
    for (const end = Date.now() + 10_000; !saved() && Date.now() < end;) await delay(50);
  } finally {
    t.kill();
    await t.exited;
  }
}

const samples: Record<string, number[]> = {};
const demoRuns: Sample[] = [];
try {
  await saveCodeCache();
  // Rounds interleave the commands so a slow moment of the machine hits all of them.
  for (let round = -warmup; round < runs; round++) {
    for (const name of Object.keys(commands)) {
      const r = await once[name]();
      if (round < 0) continue;
      (samples[name] ??= []).push(r.ms);
      if (r.firstMs !== undefined) (samples[`${name}First`] ??= []).push(r.firstMs);
      if (name === 'demo') demoRuns.push(r);
    }
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await engine.close();
  process.exit(1);
}
await engine.close();
for (const d of temps) rmSync(d, { recursive: true, force: true });

const results: Record<string, Stats> = {};
for (const [name, s] of Object.entries(samples)) results[name] = stats(s);
const report: Report = {
  runs,
  commands: {
    ...Object.fromEntries(Object.entries(commands).map(([k, c]) => [k, c.label])),
    appFirst: `${commands.app.label} (first frame, anything drawn)`,
  },
  results,
  awsAvailable: Boolean(commands.aws),
  demoAllListed: demoRuns.length ? stats(demoRuns.map((r) => r.allMs ?? NaN)) : undefined,
  demoSeeded: demoRuns.length ? stats(demoRuns.map((r) => r.seededMs ?? NaN)) : undefined,
  demoSeedingShownOnFirstFrame: demoRuns.length ? demoRuns.filter((r) => r.seedingShown).length : undefined,
};
const goalsMet = printReport(report, opt.json);
process.exit(opt.check && !goalsMet ? 1 : 0);
