// Keystroke bench (bench/README.md): with 1,000 wide rows loaded in the items grid, the
// time from a key written to the pty to the first whole frame showing its effect, for `j`
// (cursor down) and `l`/`h` (column scroll), against `j`/`k` in the help overlay (the same
// app and data, no grid on screen) as the baseline measured in the same run. Usage:
//   node --import tsx bench/keys.ts [--presses 200] [--rounds 4] [--gap 50] [--cols 120] [--rows 40]
//     [--json] [--check] [--bundle dist/dynoscope.js] [--cpu-prof DIR]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localAwsEnv } from '../test/e2e/env.js';
import { launch, type Term } from '../test/e2e/terminal.js';
import { startDataEngine } from './dataEngine.js';
import { wideItem } from './dataItems.js';
import { cpuMs, timeKey } from './keysLatency.js';
import { printKeysReport, type KeyMeasure } from './keysReport.js';

const { values: opt } = parseArgs({
  options: {
    presses: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '4' },
    gap: { type: 'string', default: '50' },
    items: { type: 'string', default: '1000' },
    cols: { type: 'string', default: '120' },
    rows: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    bundle: { type: 'string', default: 'dist/dynoscope.js' },
    // Runs the grid's app with `node --cpu-prof --cpu-prof-dir DIR` (written when it quits).
    'cpu-prof': { type: 'string' },
  },
});
const presses = Number(opt.presses);
const rounds = Math.max(1, Number(opt.rounds));
const perRound = Math.max(1, Math.round(presses / rounds));
const gap = Number(opt.gap);
const items = Number(opt.items);
const size = { cols: Number(opt.cols), rows: Number(opt.rows) };
const TABLE = 'BenchKeys';
const log = (s: string) => process.stderr.write(`${s}\n`);

if (!existsSync(opt.bundle)) {
  console.error(`${opt.bundle} is missing: build it with \`node scripts/build.mjs\` (npm run bench:keys does).`);
  process.exit(1);
}

const busy = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
// The status line after `A` has read every page: "scan · all 11 pages · 1,000 items (...)".
const allLoaded = new RegExp(`· all \\d+ pages · ${items.toLocaleString('en-US')} items`);

const engine = await startDataEngine();
const terms: Term[] = [];
try {
  const seedMs = await engine.seed(TABLE, items, wideItem);
  log(`seeded ${items} wide items in ${(seedMs / 1000).toFixed(1)} s`);

  /** A fresh app on the table with every row loaded by `A`. */
  const open = async (profile: boolean): Promise<Term> => {
    const prof = profile && opt['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', opt['cpu-prof']] : [];
    const t = await launch(process.execPath, [...prof, opt.bundle, '--endpoint-url', engine.endpoint, TABLE], { ...size, env: localAwsEnv });
    terms.push(t);
    await t.waitFor((s) => /page 1 · Count/.test(s) && !busy.test(s), { timeout: 30_000 });
    await t.press('A');
    await t.waitFor((s) => allLoaded.test(s) && !busy.test(s), { timeout: 60_000 });
    return t;
  };
  // Two processes with the same rows loaded: one shows the grid, one the help overlay
  // (the help replaces the table screen, which would re-read a page on coming back).
  const grid = await open(true);
  const help = await open(false);
  await help.press('?');
  await help.waitFor(/^Keys /m);

  const samples: Record<string, number[]> = { j: [], l: [], h: [], help: [] };
  const cpu: Record<string, number> = { j: 0, lh: 0, help: 0 };
  /** Runs `presses` and adds the CPU time the app used meanwhile to cpu[name]. */
  const timed = async (name: string, t: Term, presses: () => Promise<void>) => {
    const before = cpuMs(t.pid);
    await presses();
    cpu[name] += cpuMs(t.pid) - before;
  };
  const phaseStart = performance.now() - grid.startedAt;
  // Rounds take turns, so a slow moment of the shared machine hits every measure.
  for (let round = 0; round < rounds; round++) {
    // j from the top: the first presses move the inverse row inside the window, the rest scroll it.
    await timed('j', grid, async () => { for (let i = 0; i < perRound; i++) samples.j.push(await timeKey(grid, 'j', gap)); });
    await grid.press('g');
    await timed('lh', grid, async () => {
      for (let i = 0; i < perRound; i++) {
        samples.l.push(await timeKey(grid, 'l', gap));
        samples.h.push(await timeKey(grid, 'h', gap));
      }
    });
    await timed('help', help, async () => { for (let i = 0; i < perRound; i++) samples.help.push(await timeKey(help, i % 2 ? 'k' : 'j', gap)); });
    log(`round ${round + 1}/${rounds} done`);
  }
  // Quit (not kill): a --cpu-prof profile is written only on a normal exit. The help
  // process needs no profile (and its `q` would only close the overlay).
  await grid.press('q');
  await grid.exited;
  if (opt['cpu-prof']) {
    // Milliseconds since the grid app's spawn, about those since its profile started.
    const end = performance.now() - grid.startedAt;
    log(`profile in ${opt['cpu-prof']}; the presses ran from ${phaseStart.toFixed(0)} to ${end.toFixed(0)} ms: ` +
      `node --import tsx bench/keysProfile.ts FILE --from ${phaseStart.toFixed(0)} --to ${end.toFixed(0)}`);
  }

  const measures: Record<string, KeyMeasure> = {
    j: { label: `j   grid, cursor down (${items.toLocaleString('en-US')} wide rows)`, goal: true, samples: samples.j, cpuMs: cpu.j / samples.j.length },
    // l and h alternate, so their CPU is only known together.
    l: { label: 'l   grid, scroll columns right', goal: true, samples: samples.l, cpuMs: cpu.lh / (samples.l.length + samples.h.length) },
    h: { label: 'h   grid, scroll columns left', goal: true, samples: samples.h, cpuMs: cpu.lh / (samples.l.length + samples.h.length) },
    help: { label: 'j/k help overlay (baseline, no grid)', goal: false, samples: samples.help, cpuMs: cpu.help / samples.help.length },
  };
  const met = printKeysReport({ rows: items, cols: size.cols, termRows: size.rows, gapMs: gap, measures, baseline: 'help' }, opt.json);
  process.exitCode = opt.check && !met ? 1 : 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  for (const t of terms) t.kill();
  await engine.close();
}
