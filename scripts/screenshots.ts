// README screenshots from a real run: `npm run screenshots` builds, then this drives
// `node dist/dynoscope.js --demo` in the e2e harness's pseudo-terminal and saves one
// PNG per step into screenshots/. To add a shot, append a step.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/** Where the export shot writes (removed after). */
const EXPORT_FILE = join(tmpdir(), 'movies-screenshot.jsonl');
const OUT = 'screenshots';
const all = (...parts: (string | RegExp)[]) => (s: string) =>
  parts.every((p) => (typeof p === 'string' ? s.includes(p) : p.test(s)));
// No request in flight (spinner, loading words) and no seeding message. ("…" alone is no
// sign: truncated grid cells end in it.)
const settled = (s: string) => !/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]|seeding|reading page|describing|listing…|counting…/.test(s);

const steps: Step[] = [
  // The demo seeds in the background; the picture waits for its data.
  { shot: 'tables.png', ready: (s) => demoSettled(s) && settled(s), timeout: SEED_TIMEOUT },
  {
    shot: 'table.png',
    act: async (t) => {
      await selectRow(t, 'Movies');
      await t.press('enter');
      await t.waitFor(/page 1 · Count/);
      await t.press('c');
    },
    // The metadata with a finished live count, above the first page of items.
    ready: (s) => all('year N (partition)', /live count\s+[\d,]+ items \(scanned/, /page 1 · Count/)(s) && settled(s),
  },
  {
    shot: 'query-form.png',
    act: async (t) => {
      await t.press('Q');
      await t.waitFor('Query Movies');
      await t.press('tab');
      await t.type('1999');
      await t.press(['tab', 'space', 'space', 'space', 'space', 'space', 'space', 'space', 'tab']);
      await t.type('The');
      await t.press('tab');
      await t.type('info.rating >= 6');
    },
    ready: all('Query Movies', 'info.rating >= 6', 'begins_with'),
  },
  {
    shot: 'grid.png',
    act: (t) => t.press('enter'),
    ready: (s) => all(/query \+ filter · page 1 · Count \d+ \/ ScannedCount \d+/)(s) && settled(s),
  },
  {
    shot: 'item.png',
    act: (t) => t.press('enter'),
    ready: all('plain JSON', '"year": 1999'),
  },
  {
    shot: 'edit.png',
    act: async (t) => {
      await t.press('e');
      await t.waitFor('Edit Movies');
      await t.press(['tab', 'tab', 'end', ...Array(20).fill('backspace')]);
      await t.type('"Noir"');
    },
    ready: all('Edit Movies', '"Noir"'),
  },
  {
    shot: 'review.png',
    act: (t) => t.press('enter'),
    ready: all('Review: UpdateItem', 'aws dynamodb update-item'),
  },
  {
    shot: 'code.png',
    // The same review, the call as Python boto3 (tab steps: aws CLI, boto3, JavaScript).
    act: (t) => t.press('tab'),
    ready: all('Python boto3 shown', 'import boto3', 'update_item('),
  },
  {
    shot: 'condition-failed.png',
    // Back to the item without saving, then a delete whose condition is false.
    act: async (t) => {
      await t.press('esc');
      await t.waitFor('Edit Movies');
      await t.press('esc');
      await t.waitFor('plain JSON');
      await t.press('d');
      await t.waitFor('Delete {');
      await t.press(['tab']);
      await t.type('info.rating >= 100');
      await t.press('enter');
      await t.waitFor('aws dynamodb delete-item');
      await t.press('enter');
    },
    ready: (s) => s.includes('Your condition expression was false') && settled(s),
  },
  {
    shot: 'create-table.png',
    act: async (t) => {
      // The delete form keeps its focus in the condition field, where `:` is text: leave it.
      await t.press('esc');
      await t.waitFor((s) => !s.includes('› condition'));
      await t.press(':');
      await t.type('tables');
      await t.press('enter');
      await t.waitFor(/\d+\/\d+ tables/);
      await t.press('C');
      await t.waitFor('Create table');
      await t.type('Orders');
      await t.press('tab');
      await t.type('customer');
      await t.press(['tab', 'tab']);
      await t.type('placed');
      await t.press(['tab', 'space', 'tab', 'space', 'ctrl+n']);
      await t.waitFor('index 1');
      await t.press('tab');
      await t.type('ByStatus');
      await t.press('tab');
      await t.type('status');
    },
    ready: all('Create table', 'ByStatus', 'provisioned', 'status'),
  },
  {
    shot: 'delete-table.png',
    // The typed confirmation of `d`, with the live count of what would go.
    act: async (t) => {
      await t.press('esc');
      await t.waitFor(/\d+\/\d+ tables/);
      await selectRow(t, 'AppData');
      await t.press('d');
    },
    ready: (s) => all('Delete table AppData', /live\s+[\d,]+ items/)(s) && settled(s),
  },
  {
    shot: 'export.png',
    // X on Movies: every page of the scan to a file, then its summary.
    act: async (t) => {
      await t.press('esc');
      await t.waitFor(/\d+\/\d+ tables/);
      await selectRow(t, 'Movies');
      await t.press('enter');
      await t.waitFor(/page 1 · Count/);
      await t.press('X');
      await t.waitFor('To a file');
      await t.press(['end', 'ctrl+u']);
      await t.type(EXPORT_FILE);
      await t.press('enter');
    },
    ready: (s) => all(/Exported|exported/, 'movies-screenshot.jsonl')(s) && settled(s),
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
    rmSync(EXPORT_FILE, { force: true });
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
