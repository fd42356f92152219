// Where a profiled app's CPU time went: reads a `node --cpu-prof` profile and prints the
// functions with the most self time and the most total (inclusive) time, as shares of
// the non-idle samples, optionally only for a window of the run (the key presses of
// bench/keys, not the start and the loading). Usage:
//   node --import tsx bench/keysProfile.ts FILE.cpuprofile [--from MS] [--to MS] [--top 25] [--focus a,b]
// --focus lists functions by name (any file) whose total time to show; the default
// names the stages of an Ink frame and the grid's own code.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const IDLE = new Set(['(idle)', '(program)']);

// React's render phase and commit; Ink's layout (Yoga), its tree-to-text pass and the
// string assembly in it (ANSI tokenizing, per-character widths, clipping); the grid.
const FOCUS = [
  'renderRootSync', 'commitRoot', 'TableView', 'ItemsGrid', 'formatRowCell', 'fitText', 'suggestColumnWidths',
  'metadataLines', 'Footer', 'calculateLayout', 'renderer', 'renderNodeToOutput', 'wrapText', 'truncateString',
  'getStyledChars', 'getStringWidth', 'sliceAnsi', 'styledCharsToString', 'writeUtf8String', '(garbage collector)',
];

/** Self and inclusive ms per function, from samples whose time (ms since the profile's start) is in [from, to). */
export function summarize(p: Profile, from = 0, to = Infinity) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byName = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0, idle = 0, t = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i] / 1000;
    if (t < from || t >= to) return;
    // A sample's weight is the time until the next sample.
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    if (IDLE.has(leaf.callFrame.functionName)) { idle += ms; return; }
    busy += ms;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const file = leaf.callFrame.url ? basename(leaf.callFrame.url) : leaf.callFrame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    // Count each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    const seenNames = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = name(n);
      const f = n.callFrame.functionName;
      if (!seenNames.has(f)) { seenNames.add(f); byName.set(f, (byName.get(f) ?? 0) + ms); }
      if (seen.has(k) || k === '(root)') continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>, count: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { busy, idle, self: (n: number) => top(self, n), total: (n: number) => top(total, n), files: (n: number) => top(byFile, n), named: (f: string) => byName.get(f) ?? 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string', default: '0' }, to: { type: 'string', default: 'Infinity' }, top: { type: 'string', default: '25' },
      focus: { type: 'string', default: FOCUS.join(',') },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: bench/keysProfile.ts FILE.cpuprofile [--from MS] [--to MS] [--top N]');
  const s = summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(values.from), Number(values.to));
  const n = Number(values.top);
  const pct = (ms: number) => `${((ms / s.busy) * 100).toFixed(1).padStart(5)}%`;
  console.log(`busy ${s.busy.toFixed(0)} ms, idle ${s.idle.toFixed(0)} ms\n\nfocus (total time by function name)`);
  for (const f of values.focus.split(',')) console.log(`${pct(s.named(f))}  ${s.named(f).toFixed(0).padStart(6)} ms  ${f}`);
  console.log('\nself time by file (a bundle chunk, a node: module, or a V8 bucket such as the GC)');
  for (const [k, ms] of s.files(10)) console.log(`${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  console.log('\nself time');
  for (const [k, ms] of s.self(n)) console.log(`${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  console.log('\ntotal time (the function and what it called)');
  for (const [k, ms] of s.total(n)) console.log(`${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
}
