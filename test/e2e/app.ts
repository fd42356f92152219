// Launches the built bundle (dist/dynoscope.js, made by `npm test` before the tests run)
// in a real pseudo-terminal.
import { launch, type Term } from './terminal.js';
import { localAwsEnv } from './env.js';

export const BUNDLE = new URL('../../dist/dynoscope.js', import.meta.url).pathname;

export function launchApp(args: string[], opts: { cols?: number; rows?: number; env?: Record<string, string> } = {}): Promise<Term> {
  return launch(process.execPath, [BUNDLE, ...args], { cols: 100, rows: 30, ...opts, env: { ...localAwsEnv, ...opts.env } });
}
