// ink-testing-library helpers: render the real <App/> against a real engine and wait on
// what the frame shows, never on time.
import './env.js';
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../src/app/App.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import type { Ctx } from '../../src/state/controllers/context.js';
import type { KeyInput } from '../../src/app/input.js';

export const KEY = {
  enter: '\r', esc: '\x1b', tab: '\t', up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D',
  pgdn: '\x1b[6~', pgup: '\x1b[5~', backspace: '\x7f', ctrlC: '\x03', end: '\x1b[F', home: '\x1b[H',
} as const;

export type Rendered = ReturnType<typeof render> & {
  waitFor(pred: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
  /** Each key written alone, then waits until the app has handled it (a key that waits for
   * an answer, such as one typed behind a page read, is handled once the answer is in). */
  press(...keys: string[]): Promise<void>;
  /** Everything written in one chunk, as a paste or typing ahead over ssh would arrive;
   * resolves once every key of it is handled. */
  burst(text: string): Promise<void>;
  /** Resolves once every key written so far is handled. */
  settled(): Promise<void>;
  gateways: DynamoGateway[];
  /** The app's store and controllers, to assert on the state itself. */
  app(): { ctx: Ctx; input: KeyInput; store: Ctx['store'] };
};

/** Strips colours so assertions read the text a person sees. */
export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(/\x1b\[[0-9;]*m/g, '');
}

const tick = () => new Promise((res) => setImmediate(res));

export function renderApp(props: AppProps): Rendered {
  const gateways: DynamoGateway[] = [];
  const makeGateway = props.makeGateway ?? ((c) => { const g = new DynamoGateway(c); gateways.push(g); return g; });
  let ready: { ctx: Ctx; input: KeyInput; store: Ctx['store'] } | undefined;
  const r = render(<App {...props} makeGateway={makeGateway} onReady={(a) => { ready = a; props.onReady?.(a); }} />);
  const matches = (pred: string | RegExp | ((f: string) => boolean), f: string) =>
    typeof pred === 'string' ? f.includes(pred) : pred instanceof RegExp ? pred.test(f) : pred(f);
  const waitFor: Rendered['waitFor'] = (pred, timeoutMs = 15000) => new Promise((resolve, reject) => {
    const started = Date.now();
    // Ink writes each frame synchronously to the fake stdout; checking on each write
    // would need patching it, so re-check on a short interval until the deadline.
    const check = () => {
      const f = plain(r.lastFrame());
      if (matches(pred, f)) return resolve(f);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${String(pred)}; frame:\n${f}`));
      setTimeout(check, 10);
    };
    check();
  });
  const app = () => {
    if (!ready) throw new Error('the app has not started');
    return ready;
  };
  // A lone esc is held by Ink for one turn (to tell it from an escape sequence): let that
  // turn pass, then wait until no key is left waiting in the app's input.
  const settled = async (timeoutMs = 15000) => {
    await tick();
    const started = Date.now();
    while (app().input.pending > 0) {
      if (Date.now() - started > timeoutMs) throw new Error(`keys still waiting after ${timeoutMs} ms; frame:\n${plain(r.lastFrame())}`);
      await new Promise((res) => setTimeout(res, 2));
    }
    await tick();
  };
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await settled();
    }
  };
  const burst = async (text: string) => {
    r.stdin.write(text);
    await settled();
  };
  return Object.assign(r, { waitFor, press, burst, settled: () => settled(), gateways, app });
}

/** Moves a form's focus (tab) to the field whose label starts with `label`. */
export async function focusField(app: Rendered, label: string): Promise<void> {
  const re = new RegExp(`› ${label.replace(/[()[\]+.*?]/g, '\\$&')}\\s`);
  for (let i = 0; i < 40; i++) {
    if (re.test(plain(app.lastFrame()))) return;
    await app.press(KEY.tab);
  }
  throw new Error(`no field ${label}:\n${plain(app.lastFrame())}`);
}

/** Types text into the focused field, then waits until the frame shows it. */
export async function typeText(app: Rendered, text: string): Promise<void> {
  await app.press(...text);
  await app.waitFor(text);
}

/** From the grid: the scan form with this page size, run (its first page is then on screen). */
export async function scanWithPageSize(app: Rendered, size: number): Promise<void> {
  await app.press('s');
  await focusField(app, 'page size');
  await app.press(KEY.end, ...Array(4).fill(KEY.backspace), ...String(size), KEY.enter);
  await app.waitFor(new RegExp(`page 1 · Count ${size}\\b`));
}
