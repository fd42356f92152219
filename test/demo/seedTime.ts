// Prints how long seedDemo takes on a fresh in-memory engine (the figure quoted in
// src/demo/seed.ts). Run: node --import tsx test/demo/seedTime.ts
import { startTestEngine } from '../helpers/engine.js';
import { seedDemo } from '../../src/demo/seed.js';

const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const engine = await startTestEngine();
  const started = performance.now();
  await seedDemo(engine.gateway);
  runs.push(Math.round(performance.now() - started));
  await engine.close();
}
process.stdout.write(`seedDemo ms per run: ${runs.join(', ')}\n`);
