// Key layers as data, computed from the live state when a key arrives (never registered by
// mounted components): an overlay (help, `:`, a `/` field) over the screen's own layer over
// the app's global keys. The footer and `?` read the same layers, so they show the keys
// that the next key press will actually reach.
import { bindings, resolve, type Binding, type Command, type Scope } from '../keys/bindings.js';
import type { KeyPress } from '../keys/keyName.js';

/** Runs a command; false passes the key on to the layer below. */
export type Handler = (k: KeyPress) => boolean | void;
export type Handlers = Partial<Record<Command, Handler>>;

export interface Layer {
  scopes: readonly Scope[];
  handlers: Handlers;
  /** The focused text field: it takes the keys no binding of its own scopes took. */
  text?: (k: KeyPress) => boolean;
  /** Keys this layer does not take go no further (overlays). */
  capture?: boolean;
}

/** Runs a key through the layers, top first. Returns what took it. */
export function dispatchKey(layers: readonly Layer[], k: KeyPress, readOnly: boolean): Command | 'text' | undefined {
  for (const layer of layers) {
    const own = resolve(k.name, layer.scopes, readOnly);
    const run = own && layer.handlers[own.command as Command];
    if (own && run && run(k) !== false) return own.command as Command;
    if (layer.text?.(k)) return 'text';
    // A layer may take over a global command (esc clears a filter before it goes back).
    const global = resolve(k.name, ['global'], readOnly);
    const take = global && layer.handlers[global.command as Command];
    if (global && take && take(k) !== false) return global.command as Command;
    if (layer.capture) return undefined;
  }
  return undefined;
}

export interface Hint { command: Command; key: string; text: string }

const labelOf = (b: Binding) => (b.label ?? b.keys.join(' ')).split(' ')[0]!;

/** The bindings the next key can reach, in layer order; a key taken by a higher layer is
 * not offered again below it. */
export function reachableBindings(layers: readonly Layer[], readOnly: boolean): Binding[] {
  const out: Binding[] = [];
  const taken = new Set<string>();
  const offer = (b: Binding) => {
    // A key the layer (or one above it) takes already reaches that binding, not this one.
    if (b.keys.every((key) => taken.has(key))) return;
    out.push(b);
    for (const key of b.keys) taken.add(key);
  };
  for (const layer of layers) {
    // As dispatchKey tries them: the layer's own scopes first, then its global commands.
    const take = (b: Binding, scopes: readonly Scope[]) =>
      !(readOnly && b.write) && b.where.some((w) => scopes.includes(w)) && !!layer.handlers[b.command as Command];
    for (const b of bindings as readonly Binding[]) if (take(b, layer.scopes)) offer(b);
    for (const b of bindings as readonly Binding[]) if (take(b, ['global'])) offer(b);
    if (layer.capture) break;
  }
  return out;
}

export function footerHints(layers: readonly Layer[], readOnly: boolean): Hint[] {
  return reachableBindings(layers, readOnly)
    .filter((b) => b.footer)
    .map((b) => ({ command: b.command as Command, key: labelOf(b), text: b.description.replace(/ \(.*\)$/, '') }));
}
