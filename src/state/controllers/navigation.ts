// Moving through the screen stack. Leaving a screen cancels what it was reading (a page,
// a describe, a job), never a write already sent: its result is still reported.
import type { Entry, EntryOf, Screen, StackAction } from '../screens.js';
import { topEntry } from '../screens.js';
import type { Ctx } from './context.js';

function change(ctx: Ctx, action: StackAction): void {
  const before = ctx.store.getState().stack.entries;
  ctx.store.dispatch(action);
  const after = new Set(ctx.store.getState().stack.entries.map((e) => e.id));
  for (const e of before) if (!after.has(e.id)) ctx.jobs.leave(e.id);
}

/** Pushes a screen; its id, for the controller that fills it. */
export function push(ctx: Ctx, screen: Screen): number {
  ctx.store.dispatch({ type: 'push', screen });
  return topEntry(ctx.store.getState().stack).id;
}

/** The screen on top goes (when it is `id`, if given: a late answer closes only its own). */
export function pop(ctx: Ctx, id?: number): void {
  change(ctx, { type: 'pop', id });
}

export function reset(ctx: Ctx, screens: Screen[]): void {
  change(ctx, { type: 'reset', screens });
}

/** Changes entry `id` if it is still on the stack (and still that kind of screen). */
export function update<K extends Entry['kind']>(ctx: Ctx, id: number, kind: K, fn: (e: EntryOf<K>) => EntryOf<K>): void {
  ctx.store.dispatch({ type: 'entry', id, update: (e) => (e.kind === kind ? fn(e as EntryOf<K>) : e) });
}

/** Entry `id` as it is now, if it is still on the stack and that kind of screen. */
export function entry<K extends Entry['kind']>(ctx: Ctx, id: number, kind: K): EntryOf<K> | undefined {
  const e = ctx.store.getState().stack.entries.find((x) => x.id === id);
  return e?.kind === kind ? (e as EntryOf<K>) : undefined;
}

export function top(ctx: Ctx): Entry {
  return topEntry(ctx.store.getState().stack);
}
