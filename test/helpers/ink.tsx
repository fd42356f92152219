// ink-testing-library helpers: render the real <App/> against a real engine and wait on
// what the frame shows, never on time.
import './env.js';
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../src/app/App.js';
import { DynamoGateway } from '../../src/dynamo/client.js';

export const KEY = {
  enter: '\r', esc: '\x1b', tab: '\t', up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D',
  pgdn: '\x1b[6~', pgup: '\x1b[5~', backspace: '\x7f', ctrlC: '\x03', end: '\x1b[F', home: '\x1b[H',
} as const;

export type Rendered = ReturnType<typeof render> & {
  waitFor(pred: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
  press(...keys: string[]): Promise<void>;
  gateways: DynamoGateway[];
};

/** Strips colours so assertions read the text a person sees. */
export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(/\x1b\[[0-9;]*m/g, '');
}

export function renderApp(props: AppProps): Rendered {
  const gateways: DynamoGateway[] = [];
  const makeGateway = props.makeGateway ?? ((c) => { const g = new DynamoGateway(c); gateways.push(g); return g; });
  let settled: () => Promise<void> = () => new Promise((res) => setImmediate(res));
  const r = render(<App {...props} makeGateway={makeGateway} onKeyQueue={(q) => { settled = q.settled; }} />);
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
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      // Wait until the app has handled the key and React has committed what it changed,
      // as a typist who looks at the screen would. (A lone esc is held by Ink for one
      // turn to tell it from an escape sequence: let that turn pass first.)
      await new Promise((res) => setImmediate(res));
      await settled();
    }
  };
  return Object.assign(r, { waitFor, press, gateways });
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
