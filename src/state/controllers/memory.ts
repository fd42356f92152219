// What the history and saved-query controllers share: where the files are (read from the
// environment each time, so a test can point them at its own folder), which connection a
// query belongs to, and problems said once per app run, never fatal.
import { homedir } from 'node:os';
import { memoryPaths } from '../../memory/paths.js';
import { historyPath, type ConnectionScope } from '../../memory/history.js';
import { queriesPath } from '../../memory/savedQueries.js';
import type { AppState } from '../app.js';
import { say, type Ctx } from './context.js';

export const filesOf = () => {
  const paths = memoryPaths();
  return { history: historyPath(paths), queries: queriesPath(paths) };
};

/**
 * The connection as history keys it: profile, region and endpoint, never credentials.
 * The demo engine's port changes every run, so it is "demo". The profile is the one the
 * SDK uses: --profile, else AWS_PROFILE, else "default".
 */
export function connectionScope(s: AppState): ConnectionScope {
  const c = s.connection;
  const region = s.region ?? c.region;
  if (c.demo) return { endpoint: 'demo', ...(region ? { region } : {}) };
  return {
    profile: c.profile ?? process.env.AWS_PROFILE ?? 'default',
    ...(region ? { region } : {}),
    ...(c.endpoint ? { endpoint: c.endpoint } : {}),
  };
}

const reported = new WeakMap<Ctx, Set<string>>();

/** Says `text` the first time `key` comes up in this app run; later ones stay quiet. */
export function reportOnce(ctx: Ctx, key: string, text: string): void {
  let seen = reported.get(ctx);
  if (!seen) reported.set(ctx, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  say(ctx, 'warn', text);
}

/** A path as a message shows it: the home folder as `~`. */
export function shortPath(path: string, home = homedir()): string {
  return home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}
