// Two builds of the app, keystroke for keystroke (bench/README.md): runs bench/keys.ts on
// bundle A and bundle B in turns (A B A B ...), so a slow moment of the machine hits both,
// and reports each measure's median over all runs and B over A. Usage:
//   node --import tsx bench/keysCompare.ts --a OLD_BUNDLE [--b dist/dynoscope.js] [--runs 2] [--presses 160]
// (build the other version in its own checkout: git worktree add /tmp/old REF, then
// node scripts/build.mjs there).
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: 'dist/dynoscope.js' },
    runs: { type: 'string', default: '2' },
    presses: { type: 'string', default: '160' },
  },
});
if (!opt.a) {
  console.error('--a BUNDLE is required (the build to compare against)');
  process.exit(1);
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const samples: Record<'a' | 'b', Record<string, number[]>> = { a: {}, b: {} };
// The app's own CPU time per press: what the machine's other load does not inflate.
const cpu: Record<'a' | 'b', Record<string, number[]>> = { a: {}, b: {} };
for (let run = 0; run < Number(opt.runs); run++) {
  for (const side of ['a', 'b'] as const) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/keys.ts', '--bundle', opt[side]!, '--presses', opt.presses!, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const report = JSON.parse(out) as { measures: Record<string, { samples: number[]; cpuMs: number }> };
    for (const [k, m] of Object.entries(report.measures)) {
      (samples[side][k] ??= []).push(...m.samples);
      (cpu[side][k] ??= []).push(m.cpuMs);
    }
    process.stderr.write(`run ${run + 1}, ${side}: done\n`);
  }
}
console.log(`keys: A = ${opt.a}, B = ${opt.b}; medians in ms over ${opt.runs} runs each, taken in turns`);
console.log(`${'measure'.padEnd(8)}  ${'A'.padStart(6)}  ${'B'.padStart(6)}  B / A   cpu/key A    B  B / A`);
const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
for (const k of Object.keys(samples.a)) {
  const a = median(samples.a[k]!);
  const b = median(samples.b[k] ?? []);
  const ca = mean(cpu.a[k]!);
  const cb = mean(cpu.b[k] ?? []);
  console.log(`${k.padEnd(8)}  ${a.toFixed(1).padStart(6)}  ${b.toFixed(1).padStart(6)}  ${(b / a).toFixed(2).padStart(5)}  ${ca.toFixed(1).padStart(10)}  ${cb.toFixed(1).padStart(4)}  ${(cb / ca).toFixed(2).padStart(5)}`);
}
