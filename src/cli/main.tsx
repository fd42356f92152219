import './env.js';
import { render } from 'ink';
import { App, type Background } from '../app/App.js';
import { DynamoGateway, type ConnectionOptions } from '../dynamo/client.js';
import { buildProgram, type CliOptions } from './args.js';

const ENTER_ALT_SCREEN = '\x1b[?1049h';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';

async function openDemo(o: CliOptions): Promise<{ connection: ConnectionOptions; background: Background; close: () => Promise<void> }> {
  // Loaded only for --demo, so a normal start never pays for the engine.
  const { startEngine, demoConnection } = await import('../demo/engine.js');
  const { seedDemo } = await import('../demo/seed.js');
  const engine = await startEngine({ path: o.demoDir });
  const connection = { ...demoConnection(engine.endpoint), readOnly: o.readOnly };
  const seeder = new DynamoGateway(demoConnection(engine.endpoint));
  const background: Background = {
    label: 'seeding demo data',
    run: async (progress, refresh) => {
      const seen = new Set<string>();
      await seedDemo(seeder, {
        onProgress: (p) => {
          if (!seen.has(p.table)) { seen.add(p.table); refresh(); }
          progress(`seeding demo data: ${p.table} ${p.written}/${p.total}`);
        },
      });
    },
  };
  return { connection, background, close: async () => { seeder.destroy(); await engine.close(); } };
}

async function run(o: CliOptions): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write('dynoscope needs an interactive terminal (stdin and stdout must be a TTY).\n');
    process.exitCode = 2;
    return;
  }
  const demo = o.demo ? await openDemo(o) : undefined;
  const connection: ConnectionOptions = demo?.connection ?? {
    profile: o.profile, region: o.region, endpoint: o.endpointUrl, readOnly: o.readOnly,
  };
  process.stdout.write(ENTER_ALT_SCREEN);
  const ink = render(<App connection={connection} table={o.table} background={demo?.background} />, { exitOnCtrlC: false, patchConsole: true });
  try {
    await ink.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
    await demo?.close();
  }
  // Keep-alive sockets and the engine's timers would hold the loop open.
  process.exit(0);
}

await buildProgram(run).parseAsync(process.argv);
