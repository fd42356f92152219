// Where the files the app keeps live (DESIGN.md 5c): XDG state for what it records
// (history, journal), XDG config for what a person writes or commits (saved queries).
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface MemoryPaths {
  /** Directory of history.jsonl and journal.jsonl. */
  stateDir: string;
  /** Directory of queries.json. */
  configDir: string;
}

/** XDG rules: an unset, empty or relative variable falls back to the default. */
function xdg(value: string | undefined, fallback: string): string {
  return value && value.startsWith('/') ? value : fallback;
}

export function memoryPaths(env: NodeJS.ProcessEnv = process.env, home = homedir()): MemoryPaths {
  return {
    stateDir: join(xdg(env.XDG_STATE_HOME, join(home, '.local', 'state')), 'dynoscope'),
    configDir: join(xdg(env.XDG_CONFIG_HOME, join(home, '.config')), 'dynoscope'),
  };
}
