// Paging-memory bench (bench/README.md): the app's peak resident memory while it reads a
// table of 200,000 items and one of 20,000 (the same ~480-byte items), page by page with
// `]` and with `A`, each in a fresh process. Goal: peak at 200,000 <= 1.25x peak at 20,000.
//   node --import tsx bench/pagingMemory.ts [--items 200000] [--small 20000] [--page-size 1000]
//     [--runs 1] [--json] [--check] [--bundle dist/dynoscope.js]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDataEngine } from './dataEngine.js';
import { itemBytes, pagingItem } from './dataItems.js';
import { walkTable, type Mode, type Walk } from './pagingMemoryApp.js';
import { printPagingReport } from './pagingMemoryReport.js';

const { values: opt } = parseArgs({
  options: {
    items: { type: 'string', default: '200000' },
    small: { type: 'string', default: '20000' },
    'page-size': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    bundle: { type: 'string', default: 'dist/dynoscope.js' },
    timeout: { type: 'string', default: '30000' },
  },
});
const big = Number(opt.items);
const small = Number(opt.small);
const pageSize = Number(opt['page-size']);
const runs = Math.max(1, Number(opt.runs));
const log = (s: string) => process.stderr.write(`${s}\n`);

if (!existsSync(opt.bundle)) {
  console.error(`${opt.bundle} is missing: build it with \`node scripts/build.mjs\` (npm run bench:paging-memory does).`);
  process.exit(1);
}

const engine = await startDataEngine();
try {
  const tables = { small: 'BenchPagingSmall', big: 'BenchPagingBig' };
  const seedMs: Record<string, number> = {};
  for (const [k, count] of [['small', small], ['big', big]] as const) {
    let shown = 0;
    seedMs[k] = await engine.seed(tables[k], count, pagingItem, (n) => {
      if (n - shown >= 50_000 || n === count) log(`seeding ${tables[k]}: ${(shown = n).toLocaleString('en-US')}`);
    });
    log(`seeded ${count.toLocaleString('en-US')} items in ${(seedMs[k] / 1000).toFixed(1)} s`);
  }
  const walks: Record<string, Walk[]> = {};
  // Rounds take turns over every (mode, size), each in a fresh process, so neither size
  // always runs on a cooler machine.
  for (let run = 0; run < runs; run++) {
    for (const mode of ['pages', 'all'] as Mode[]) {
      for (const size of ['small', 'big'] as const) {
        const w = await walkTable(opt.bundle, engine.endpoint, tables[size], mode, pageSize, Number(opt.timeout));
        (walks[`${mode}.${size}`] ??= []).push(w);
        log(`run ${run + 1} ${mode} ${size}: ${w.pages} pages in ${(w.ms / 1000).toFixed(1)} s, VmHWM ${(w.peakKiB / 1024).toFixed(1)} MiB (${w.status})`);
      }
    }
  }
  let sizeSum = 0;
  for (let i = 0; i < 1000; i++) sizeSum += itemBytes(pagingItem(i));
  const met = printPagingReport({ big, small, pageSize, runs, itemBytes: Math.round(sizeSum / 1000), seedMs, walks }, opt.json);
  process.exitCode = opt.check && !met ? 1 : 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await engine.close();
}
