// What every controller works with: the store (read with getState(), always current), the
// gateway of the current connection (the only way to send), the jobs in flight, and the
// few things only the terminal can do. Controllers are plain TypeScript: a key calls one,
// it reads the state, sends with an AbortSignal and dispatches what came back.
import type { DynamoGateway, ConnectionOptions } from '../../dynamo/client.js';
import type { AppAction, AppState } from '../app.js';
import type { CopyOutcome } from '../copy.js';
import type { FlashLevel } from '../flash.js';
import type { Store } from '../store.js';
import { Jobs } from './jobs.js';
import type { Journal } from '../../memory/journal.js';

export interface Env {
  /** Hands the terminal to $VISUAL / $EDITOR with this text; what was saved. Throws when no
   * editor runs. */
  editText(text: string): string;
  /** Copies with a clipboard program, else through the terminal (OSC 52); says how. */
  copy(text: string): CopyOutcome;
  quit(): void;
  /** Draws the next frame whole (the screen may show something else than the last one). */
  redraw?(): void;
}

export interface Ctx {
  store: Store<AppState, AppAction>;
  gateway(): DynamoGateway;
  /** A new connection: the old gateway is closed and a new one made (see connect()). */
  replaceGateway(connection: ConnectionOptions): void;
  jobs: Jobs;
  env: Env;
  /** The undo journal; undefined with --no-journal. `reported`: its failure was said once. */
  journal?: { journal: Journal; reported: boolean };
}

export function createCtx(store: Store<AppState, AppAction>, makeGateway: (c: ConnectionOptions) => DynamoGateway, env: Env, journal?: Journal): Ctx {
  let gateway = makeGateway(store.getState().connection);
  return {
    store,
    gateway: () => gateway,
    replaceGateway(connection) {
      gateway.destroy();
      gateway = makeGateway(connection);
    },
    jobs: new Jobs(),
    env,
    ...(journal ? { journal: { journal, reported: false } } : {}),
  };
}

const FLASH_MS = { info: 5000, warn: 5000, error: 10000 } as const;

/** The one-line message; it clears itself after a while unless a newer one replaced it. */
export function say(ctx: Ctx, level: FlashLevel, text: string): void {
  ctx.store.dispatch({ type: 'flash', level, text });
  const id = ctx.store.getState().flash?.id;
  if (id !== undefined) setTimeout(() => ctx.store.dispatch({ type: 'flashExpired', id }), FLASH_MS[level]).unref?.();
}

/** Shows `label` with the spinner while `work` runs. */
export async function whileBusy<T>(ctx: Ctx, id: string, label: string, work: () => Promise<T>): Promise<T> {
  ctx.store.dispatch({ type: 'busy', id, label });
  try {
    return await work();
  } finally {
    ctx.store.dispatch({ type: 'busy', id });
  }
}

/** Where problems are described from: the connection and the region as resolved. */
export function problemContext(ctx: Ctx, table?: string) {
  const s = ctx.store.getState();
  return { ...s.connection, region: s.region ?? s.connection.region, ...(table ? { table } : {}) };
}
