// bench/keys output: per measure the median, p95, min and max of the key-to-frame times,
// the goals (median <= 16 ms, p95 <= 33 ms) for the grid, and each grid measure
// over the baseline (the same key on a screen without the grid) from the same run.
import { stats, type Stats } from './measure.js';

export const KEY_GOALS = { median: 16, p95: 33 };

export interface KeyMeasure {
  label: string;
  /** Held to KEY_GOALS (grid measures); the baseline is not. */
  goal: boolean;
  samples: number[];
  /** The app's CPU time per press (user + system), whatever else the machine was doing. */
  cpuMs: number;
}

export interface KeysReport {
  rows: number;
  cols: number;
  termRows: number;
  gapMs: number;
  measures: Record<string, KeyMeasure>;
  baseline: string;
}

type Row = Stats & { p95: number };

/** Nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** Prints the report (text or JSON); returns whether every grid measure met both goals. */
export function printKeysReport(r: KeysReport, json: boolean): boolean {
  const rows: Record<string, Row> = {};
  for (const [k, m] of Object.entries(r.measures)) rows[k] = { ...stats(m.samples), p95: round(percentile(m.samples, 95)) };
  const base = rows[r.baseline];
  const verdicts = Object.entries(r.measures).filter(([, m]) => m.goal).map(([k, m]) => {
    const x = rows[k];
    return { key: k, label: m.label, median: x.median <= KEY_GOALS.median, p95: x.p95 <= KEY_GOALS.p95, overBaseline: base ? round(x.median / base.median, 2) : undefined };
  });
  const allMet = verdicts.every((v) => v.median && v.p95);
  if (json) {
    console.log(JSON.stringify({ ...r, results: rows, goals: KEY_GOALS, verdicts, allGoalsMet: allMet }, null, 2));
    return allMet;
  }
  const labels = Object.values(r.measures).map((m) => m.label);
  const w = Math.max(...labels.map((l) => l.length), 7);
  const counts = [...new Set(Object.values(r.measures).map((m) => m.samples.length))].join('/');
  console.log(`keys: keypress -> first whole frame showing it, ${counts} presses each, ${r.cols}x${r.termRows} terminal, ${r.rows.toLocaleString('en-US')} rows loaded, ${r.gapMs} ms between presses (ms)\n`);
  console.log(`${'measure'.padEnd(w)}  ${['median', 'p95', 'min', 'max', 'cpu/key'].map((h) => h.padStart(7)).join('  ')}`);
  for (const [k, m] of Object.entries(r.measures)) {
    const x = rows[k];
    console.log(`${m.label.padEnd(w)}  ${[x.median, x.p95, x.min, x.max, m.cpuMs].map((n) => n.toFixed(1).padStart(7)).join('  ')}`);
  }
  console.log('cpu/key: the app\'s CPU time per press (user + system, /proc/PID/stat); load on the machine does not inflate it\n');
  for (const v of verdicts) {
    const x = rows[v.key];
    console.log(
      `${v.key.padEnd(8)}  median ${x.median.toFixed(1)} (goal <= ${KEY_GOALS.median}) ${v.median ? 'met' : 'MISSED'}, ` +
      `p95 ${x.p95.toFixed(1)} (goal <= ${KEY_GOALS.p95}) ${v.p95 ? 'met' : 'MISSED'}` +
      (v.overBaseline !== undefined ? `, ${v.overBaseline.toFixed(2)}x the baseline's median` : ''),
    );
  }
  return allMet;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
