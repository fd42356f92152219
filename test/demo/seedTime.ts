// Prints how long seedDemo takes on a fresh engine (the figure quoted in
// src/demo/seed.ts). Run: node --import tsx test/demo/seedTime.ts [--dir]
// (--dir seeds into a temporary folder, as --demo-dir does).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine } from '../helpers/engine.js';
import { seedDemo } from '../../src/demo/seed.js';

const onDisk = process.argv.includes('--dir');
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const path = onDisk ? await mkdtemp(join(tmpdir(), 'dynoscope-seed-')) : undefined;
  const engine = await startTestEngine({ path });
  const started = performance.now();
  await seedDemo(engine.gateway);
  runs.push(Math.round(performance.now() - started));
  await engine.close();
  if (path) await rm(path, { recursive: true, force: true });
}
process.stdout.write(`seedDemo ${onDisk ? 'on disk' : 'in memory'}, ms per run: ${runs.join(', ')}\n`);
