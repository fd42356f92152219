// `E`: the item as text in $VISUAL / $EDITOR. The editor owns the terminal while it runs,
// so the app steps aside (suspend) and redraws after.
import { edit } from '@inquirer/external-editor';

/** Runs `fn` with the terminal handed back to the user (normal screen, cooked input). */
export type Suspend = <T>(fn: () => T) => T;

export const noSuspend: Suspend = (fn) => fn();

export function editInEditor(text: string, suspend: Suspend): string {
  return suspend(() => edit(text, { prefix: 'dynoscope-item-', postfix: '.json' }));
}
