// Bytes per key (bench/README.md): what one cursor move costs on the wire, which over ssh
// is what a key feels like. Runs the built binary on the demo in a real pseudo-terminal
// (160x45 unless told), opens Movies' grid (100 rows), and counts the bytes the app
// writes for each `j` (and `k`) until the frame showing the moved cursor is whole. The
// same run does it once per redraw mode: `full` (every frame whole, Ink's own way),
// `ink` (Ink's incrementalRendering option) and `lines` (the default: changed lines only).
//   node --import tsx bench/bytesPerKey.ts [--presses 20] [--cols 160] [--rows 45] [--json] [--check]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchApp, BUNDLE } from '../test/e2e/app.js';
import { demoSettled, SEED_TIMEOUT } from '../test/e2e/demo.js';
import { selectRow } from '../test/e2e/select.js';
import { gridCursorRow as cursorRow, type Term } from '../test/e2e/terminal.js';

const { values: opt } = parseArgs({
  options: {
    presses: { type: 'string', default: '20' },
    cols: { type: 'string', default: '160' },
    rows: { type: 'string', default: '45' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const GOAL = 1500;
const presses = Math.max(1, Number(opt.presses));
const size = { cols: Number(opt.cols), rows: Number(opt.rows) };
const log = (s: string) => process.stderr.write(`${s}\n`);

if (!existsSync(BUNDLE)) {
  log(`${BUNDLE} is missing: build it with \`node scripts/build.mjs\`.`);
  process.exit(1);
}


/** Bytes written from pressing `key` until the whole frame with the cursor on `row`. */
async function bytesFor(t: Term, key: string, row: number): Promise<number> {
  const before = Buffer.byteLength(t.raw());
  await t.press(key);
  await t.waitFor(() => cursorRow(t) === row);
  return Buffer.byteLength(t.raw()) - before;
}

interface Result { mode: string; j: number[]; k: number[] }

async function measure(mode: string): Promise<Result> {
  const t = await launchApp(['--demo'], { ...size, env: { DYNOSCOPE_REDRAW: mode } });
  try {
    await t.waitFor(demoSettled, { timeout: SEED_TIMEOUT });
    await selectRow(t, 'Movies');
    await t.press('enter');
    await t.waitFor(/page 1 · Count 100/);
    await t.waitFor(() => cursorRow(t) >= 0);
    const top = cursorRow(t);
    // Stay within the rows on screen, so every `j` moves the cursor (not the page).
    const room = t.rows - top - 5;
    const n = Math.min(presses, room);
    const j: number[] = [];
    const k: number[] = [];
    for (let i = 1; i <= n; i++) j.push(await bytesFor(t, 'j', top + i));
    for (let i = n - 1; i >= 0; i--) k.push(await bytesFor(t, 'k', top + i));
    return { mode, j, k };
  } finally {
    t.kill();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const results: Result[] = [];
for (const mode of ['full', 'ink', 'lines']) {
  log(`measuring ${mode}…`);
  results.push(await measure(mode));
}
const full = results.find((r) => r.mode === 'full')!;
const lines = results.find((r) => r.mode === 'lines')!;
const summary = results.map((r) => ({
  mode: r.mode,
  presses: r.j.length,
  jMedian: median(r.j),
  jMean: Math.round(mean(r.j)),
  jMax: Math.max(...r.j),
  kMedian: median(r.k),
  vsFull: +(mean(r.j) / mean(full.j)).toFixed(3),
}));
const met = Math.max(...lines.j) <= GOAL;

if (opt.json) {
  console.log(JSON.stringify({ size, goal: GOAL, met, summary }, null, 2));
} else {
  console.log(`bytes written per key, ${size.cols}x${size.rows}, demo Movies grid (100 rows), ${full.j.length} presses each`);
  console.log('mode    j median  j mean  j max  k median  j vs full');
  for (const s of summary) {
    console.log(`${s.mode.padEnd(6)}  ${String(s.jMedian).padStart(8)}  ${String(s.jMean).padStart(6)}  ${String(s.jMax).padStart(5)}  ${String(s.kMedian).padStart(8)}  ${s.vsFull.toFixed(3).padStart(9)}`);
  }
  console.log(`goal: every j <= ${GOAL} bytes with the default (lines): ${met ? 'met' : 'MISSED'}`);
}
if (opt.check && !met) process.exit(1);
