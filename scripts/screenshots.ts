// README screenshots from a real run: `npm run screenshots` builds, then this drives
// `node dist/dynoscope.js --demo` in the e2e harness's pseudo-terminal and saves one
// PNG per step into screenshots/. To add a shot, append a step.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, type Exit, type Predicate, type Term } from '../test/e2e/terminal.js';
import { selectRow } from '../test/e2e/select.js';
import { demoSettled, SEED_TIMEOUT } from '../test/e2e/demo.js';
import { renderPng } from './screenshot-render.js';

interface Step {
  /** PNG file name in screenshots/. */
  shot: string;
  /** Keys or other actions that lead to the screen. */
  act?: (t: Term) => Promise<void>;
  /** The screen is ready for its picture once this holds. */
  ready: Predicate;
  timeout?: number;
}

const BUNDLE = 'dist/dynoscope.js';
const OUT = 'screenshots';
const all = (...parts: (string | RegExp)[]) => (s: string) =>
  parts.every((p) => (typeof p === 'string' ? s.includes(p) : p.test(s)));
// No request in flight ("…" is the app's loading mark) and no transient flash.
const settled = (s: string) => !s.includes('…') && !/seeding/.test(s);

const steps: Step[] = [
  // The demo seeds in the background; the picture waits for its data.
  { shot: 'tables.png', ready: (s) => demoSettled(s) && settled(s), timeout: SEED_TIMEOUT },
  {
    shot: 'table.png',
    act: async (t) => {
      await selectRow(t, 'Movies');
      await t.press('enter');
    },
    // The Movies key schema: partition `year`, sort `title`.
    ready: (s) => all('year', 'title', /HASH|partition/i)(s) && settled(s),
  },
];

function exitWithin(t: Term, ms: number): Promise<Exit | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void t.exited.then((e) => {
      clearTimeout(timer);
      resolve(e);
    });
  });
}

async function main(): Promise<number> {
  if (!existsSync(BUNDLE)) {
    console.error(`${BUNDLE} is missing: run \`npm run screenshots\` (it builds first).`);
    return 1;
  }
  const t = await launch(process.execPath, [BUNDLE, '--demo'], { cols: 120, rows: 32 });
  let step: Step | undefined;
  try {
    for (step of steps) {
      await step.act?.(t);
      await t.waitFor(step.ready, { timeout: step.timeout });
      renderPng(t, join(OUT, step.shot), { scale: 2 });
      console.log(`${OUT}/${step.shot}`);
    }
    await t.press('q');
    const exit = await exitWithin(t, 10_000);
    if (!exit) throw new Error('the app did not quit on `q` within 10 s');
    return exit.exitCode;
  } catch (err) {
    // The screen at the failure, next to the message, shows what went differently.
    const failed = join('.tmp', `screenshot-failed-${step?.shot ?? 'start.png'}`);
    renderPng(t, failed);
    console.error(`${step ? `step ${step.shot}: ` : ''}${err instanceof Error ? err.message : err}\n(screen saved to ${failed})`);
    return 1;
  } finally {
    t.kill();
  }
}

process.exit(await main());
