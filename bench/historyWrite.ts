// What recording one run costs the app: the time to read a full history.jsonl (500 runs,
// as ctrl+r does), to append to it, and the longest the event loop was held during the
// append (a key or a page answer waits that long at most).
// Run: node --import tsx bench/historyWrite.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyReadForm } from '../src/dynamo/read/form.js';
import { appendHistory, HISTORY_LIMIT, readHistory } from '../src/memory/history.js';
import { jsonLinesText, plainCodec } from '../src/memory/jsonLines.js';
import { formToJson } from '../src/memory/queryForm.js';

const dir = await mkdtemp(join(tmpdir(), 'dyno-bench-history-'));
const path = join(dir, 'history.jsonl');
const form = {
  ...emptyReadForm('query'), partitionValue: '2013',
  filter: 'info.rating >= 7.5 AND begins_with(title, "The") AND contains(info.genres, "Drama")',
  projection: 'year, title, info.rating, info.actors[0], info.directors',
};
const scope = { profile: 'default', region: 'eu-west-1', endpoint: 'http://localhost:8000' };
const entries = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ at: new Date().toISOString(), table: 'Movies', scope, form: formToJson({ ...form, partitionValue: String(i) }) }));
await writeFile(path, jsonLinesText(entries, plainCodec));

for (let run = 1; run <= 3; run++) {
  let t = performance.now();
  await readHistory(path);
  const read = performance.now() - t;
  let held = 0;
  let last = performance.now();
  const probe = setInterval(() => { const now = performance.now(); held = Math.max(held, now - last); last = now; }, 1);
  t = performance.now();
  await appendHistory(path, { at: new Date().toISOString(), table: 'Movies', scope, form });
  const append = performance.now() - t;
  clearInterval(probe);
  process.stdout.write(`run ${run}: read ${read.toFixed(1)} ms, append ${append.toFixed(1)} ms, event loop held at most ${held.toFixed(1)} ms\n`);
}
await rm(dir, { recursive: true, force: true });
