// Drives one app process through a whole table for bench/pagingMemory: page size 1000 set
// in the scan form, then `]` until the last page or `A` until every page (or the cap) is
// read, while the app's resident memory is sampled from /proc.
import { readFileSync } from 'node:fs';
import { localAwsEnv } from '../test/e2e/env.js';
import { launch, type Term } from '../test/e2e/terminal.js';

export type Mode = 'pages' | 'all';

export interface Walk {
  /** Peak resident set (VmHWM) at the end of the walk, in KiB. */
  peakKiB: number;
  /** The largest VmRSS seen by sampling every 50 ms (a check on VmHWM). */
  sampledKiB: number;
  /** VmRSS with the first page of `pageSize` rows on screen, before the walk. */
  startKiB: number;
  /** Pages on the way, the first included (the last one may be empty). */
  pages: number;
  ms: number;
  /** The status line at the end. */
  status: string;
}

const busy = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;

/** A field of /proc/PID/status in KiB ("VmHWM:  123456 kB"). */
export function procKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} for pid ${pid}`);
  return Number(m[1]);
}

export async function walkTable(bundle: string, endpoint: string, table: string, mode: Mode, pageSize: number, timeout: number): Promise<Walk> {
  const t = await launch(process.execPath, [bundle, '--endpoint-url', endpoint, table], { cols: 120, rows: 40, env: localAwsEnv });
  let sampled = 0;
  const sampler = setInterval(() => { sampled = Math.max(sampled, procKiB(t.pid, 'VmRSS')); }, 50);
  try {
    await t.waitFor((s) => /page 1 · Count/.test(s) && !busy.test(s), { timeout });
    const first = await setPageSize(t, table, pageSize);
    const startKiB = procKiB(t.pid, 'VmRSS');
    const start = performance.now();
    let pages = 1;
    let status = statusLine(first);
    if (mode === 'pages') {
      // A table that fits in one page has nothing to page through.
      for (let page = 2; !/last page/.test(status); page++) {
        await t.press(']');
        const screen = await t.waitFor(new RegExp(`· page ${page} · Count [\\d,]+ / ScannedCount [\\d,]+ .*(more pages|last page)`), { timeout });
        pages = page;
        status = statusLine(screen);
      }
    } else {
      await t.press('A');
      // "all 21 pages" when every page was read, "first 20 pages" when the row cap stopped it.
      const screen = await t.waitFor((s) => /· (all|first) \d+ pages/.test(s) && !busy.test(s), { timeout: timeout * 10 });
      status = statusLine(screen);
      pages = Number(/(\d+) pages/.exec(status)?.[1]);
    }
    const ms = performance.now() - start;
    return { peakKiB: procKiB(t.pid, 'VmHWM'), sampledKiB: sampled, startKiB, pages, ms, status };
  } finally {
    clearInterval(sampler);
    t.kill();
    await t.exited;
  }
}

/** `s`, tab to "page size" (index, filter, projection, values, page size), replace the
 * value it holds (the default scan's 100) with `size`, enter. */
async function setPageSize(t: Term, table: string, size: number): Promise<string> {
  await t.press('s');
  await t.waitFor(`Scan ${table}`);
  await t.press(['tab', 'tab', 'tab', 'tab']);
  await t.waitFor(/› page size/);
  await t.press(Array(6).fill('backspace'));
  await t.waitFor(/› page size {2,}(items read per page)?$/m);
  await t.type(String(size));
  await t.press('enter');
  // The form reads the new request's first page itself and closes once it is in the grid.
  return t.waitFor((s) => !s.includes(`Scan ${table}`) && /page 1 · Count/.test(s) && !busy.test(s), { timeout: 60_000 });
}

const statusLine = (screen: string) => screen.split('\n').find((l) => /^scan · /.test(l))?.trim() ?? '';
