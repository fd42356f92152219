import './env.js';
import { DynamoGateway, type ConnectionOptions } from '../dynamo/client.js';
import { listTablesInput } from '../dynamo/requests.js';
import type { Background } from '../app/App.js';
import { buildProgram, type CliOptions } from './args.js';
import { redactSecrets } from '../format/redact.js';
import { describeError, problemLine } from '../dynamo/errors.js';
import { writesSettled } from '../memory/pending.js';

/** How long the first frame may wait for the first ListTables answer. */
const FIRST_FRAME_WAIT_MS = 200;

async function openDemo(o: CliOptions): Promise<{ connection: ConnectionOptions; background: Background; close: () => Promise<void> }> {
  // Loaded only for --demo, so a normal start never pays for the engine.
  const { startEngine, demoConnection } = await import('../demo/engine.js');
  const { seedDemo } = await import('../demo/seed.js');
  const engine = await startEngine({ path: o.demoDir });
  const connection = { ...demoConnection(engine.endpoint), readOnly: o.readOnly };
  const seeder = new DynamoGateway(demoConnection(engine.endpoint));
  // Quitting mid-seed stops the batches before the engine closes under them.
  const stop = new AbortController();
  const background: Background = {
    label: 'seeding demo data',
    run: async (progress, refresh) => {
      const seen = new Set<string>();
      await seedDemo(seeder, {
        signal: stop.signal,
        onProgress: (p) => {
          if (!seen.has(p.table)) { seen.add(p.table); refresh(); }
          progress(`seeding demo data: ${p.table} ${p.written}/${p.total}`);
        },
      });
    },
  };
  return { connection, background, close: async () => { stop.abort(); seeder.destroy(); await engine.close(); } };
}

async function run(o: CliOptions): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write('dynoscope needs an interactive terminal (stdin and stdout must be a TTY).\n');
    process.exitCode = 2;
    return;
  }
  let demo: Awaited<ReturnType<typeof openDemo>> | undefined;
  try {
    demo = o.demo ? await openDemo(o) : undefined;
  } catch (err) {
    // Before Ink starts, a plain line is the clear message (e.g. the --demo-dir is in use).
    process.stderr.write(`dynoscope: ${redactSecrets(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
    return;
  }
  const connection: ConnectionOptions = demo?.connection ?? {
    profile: o.profile, region: o.region, endpoint: o.endpointUrl, readOnly: o.readOnly,
  };
  // The first ListTables goes out before the UI code loads: the answer travels while
  // Ink and React are compiled, which is most of the time to the first table list.
  const gateway = new DynamoGateway(connection);
  const firstTables = gateway.call('ListTables', listTablesInput());
  firstTables.catch(() => {}); // the tables screen reports it
  const { runApp } = await import('./runApp.js');
  // When the answer is back by the time the UI has loaded (or very soon after), the first
  // frame already lists the tables instead of drawing an empty list and then the names.
  const settled = await Promise.race([
    firstTables.then((page) => ({ page }), () => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS)),
  ]);
  try {
    await runApp({ connection, table: o.table, background: demo?.background, gateway, firstTables, firstTablesPage: settled?.page, ...(o.journal ? {} : { journal: false }) });
  } finally {
    await demo?.close();
  }
  // A query run just before quitting is still written to the history (bounded wait).
  await writesSettled();
  // Keep-alive sockets and the engine's timers would hold the loop open.
  process.exit(0);
}

// No top-level await: the bundle is a CommonJS script (scripts/build.mjs), so that its
// compiled code can be cached between runs.
buildProgram(run).parseAsync(process.argv).catch((err: unknown) => {
  // Whatever escaped: one line (credentials redacted by describeError), never a stack trace;
  // nothing when the terminal itself is gone. Exit, as sockets would keep the process alive.
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code !== 'EIO' && code !== 'EPIPE') process.stderr.write(`dynoscope: ${problemLine(describeError(err)).replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
