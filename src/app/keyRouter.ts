// Routes each key press through layers of handlers, newest first: a modal (help, a text
// field) -> the screen -> the app's global commands. A layer resolves the key against its
// scopes plus `global`, so a screen can take over a global command (esc clears a filter
// before it goes back); a handler that returns false passes the key on.
import type { Key } from 'ink';
import { resolve, type Scope } from '../keys/bindings.js';

export type Handler = () => void | boolean;
export interface KeyLayer {
  scopes: Scope[];
  handlers: Partial<Record<string, Handler>>;
  /** Text fields: keys not bound in this layer go to the field, never further down. */
  capture?: boolean;
  /** Gets the key when no binding of this layer took it (text fields edit with it);
   * returns whether it used the key. */
  raw?: (input: string, key: Partial<Key>, name: string) => boolean;
}

export class KeyRouter {
  private layers: { holder: { layer: KeyLayer }; level: number }[] = [];
  /** Commits of components with key layers, counted so a key can wait for the screen the
   * key before it made (see App's key queue). */
  commits = 0;
  private waiters: (() => void)[] = [];

  /** Called by every key layer after each commit it is part of. */
  committed(): void {
    this.commits++;
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** Runs `fn` after the next commit. */
  afterCommit(fn: () => void): void {
    this.waiters.push(fn);
  }

  /** Higher levels come first (app 0, screen 1, modal 2); React mounts children first,
   * so mount order alone would put the app above its screens. */
  add(holder: { layer: KeyLayer }, level: number): () => void {
    this.layers.push({ holder, level });
    this.layers.sort((a, b) => a.level - b.level);
    return () => { this.layers = this.layers.filter((h) => h.holder !== holder); };
  }

  /** Returns the command that handled the key, if any. */
  dispatch(name: string, readOnly: boolean, input = name, key: Partial<Key> = {}): string | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { layer } = this.layers[i].holder;
      const binding = resolve(name, [...layer.scopes, 'global'], readOnly);
      const handler = binding && layer.handlers[binding.command];
      if (binding && handler && handler() !== false) return binding.command;
      if (layer.raw?.(input, key, name)) return 'raw';
      if (layer.capture) return undefined;
    }
    return undefined;
  }
}
