// bench/pagingMemory output: the app's peak RSS (VmHWM, median of the runs) per mode at
// both table sizes, the ratio big / small against the issue's goal (<= 1.25x), and the
// walk and seeding times.
import { stats } from './measure.js';
import type { Walk } from './pagingMemoryApp.js';

export const PAGING_GOAL = 1.25;

export interface PagingReport {
  big: number;
  small: number;
  pageSize: number;
  runs: number;
  itemBytes: number;
  seedMs: Record<string, number>;
  /** `${mode}.${size}` -> one walk per run. */
  walks: Record<string, Walk[]>;
}

const MODES = { pages: '] page by page', all: 'A load all' } as const;
const mib = (kib: number) => kib / 1024;

/** Prints the report (text or JSON); returns whether both modes met the goal. */
export function printPagingReport(r: PagingReport, json: boolean): boolean {
  const peak = (k: string) => stats(r.walks[k].map((w) => mib(w.peakKiB)));
  const rows = Object.entries(MODES).map(([mode, label]) => {
    const s = peak(`${mode}.small`), b = peak(`${mode}.big`);
    const ratio = Math.round((b.median / s.median) * 100) / 100;
    return { mode, label, smallMiB: s.median, bigMiB: b.median, ratio, met: ratio <= PAGING_GOAL,
      bigStatus: r.walks[`${mode}.big`].at(-1)?.status, smallStatus: r.walks[`${mode}.small`].at(-1)?.status };
  });
  const allMet = rows.every((x) => x.met);
  if (json) {
    console.log(JSON.stringify({ ...r, rows, goal: PAGING_GOAL, allGoalsMet: allMet }, null, 2));
    return allMet;
  }
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(`paging memory: the app's RSS (MiB, median of ${r.runs} run${r.runs > 1 ? 's' : ''}), page size ${n(r.pageSize)}, items ~${r.itemBytes} bytes\n`);
  const w = [16, 9, 12, 14, 7, 9];
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join(''));
  line(['mode', 'items', 'first page', 'peak (VmHWM)', 'pages', 'time']);
  for (const x of rows) {
    for (const size of ['small', 'big'] as const) {
      const ws = r.walks[`${x.mode}.${size}`];
      const med = (f: (w: Walk) => number) => stats(ws.map(f)).median;
      line([x.label, n(size === 'small' ? r.small : r.big), med((w) => mib(w.startKiB)).toFixed(1), med((w) => mib(w.peakKiB)).toFixed(1), String(med((w) => w.pages)), `${med((w) => w.ms / 1000).toFixed(1)} s`]);
    }
  }
  console.log('');
  for (const x of rows) console.log(`${x.label.padEnd(16)}  peak ${n(r.big)} / ${n(r.small)}  ${x.ratio.toFixed(2)}x  (goal <= ${PAGING_GOAL}x)  ${x.met ? 'met' : 'MISSED'}`);
  console.log(`\nlast status lines:\n${rows.flatMap((x) => [`  ${x.label}, ${n(r.small)}: ${x.smallStatus}`, `  ${x.label}, ${n(r.big)}: ${x.bigStatus}`]).join('\n')}`);
  console.log(`\nseeding (BatchWriteItem, 25 items a request, 6 in flight): ${n(r.small)} items ${(r.seedMs.small / 1000).toFixed(1)} s, ${n(r.big)} items ${(r.seedMs.big / 1000).toFixed(1)} s`);
  return allMet;
}
