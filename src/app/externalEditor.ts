// `E`: the item as text in $VISUAL / $EDITOR. The editor owns the terminal while it runs,
// so the app steps aside (suspend) and redraws after.
import { ExternalEditor } from '@inquirer/external-editor';

/** Runs `fn` with the terminal handed back to the user (normal screen, cooked input). */
export type Suspend = <T>(fn: () => T) => T;

export const noSuspend: Suspend = (fn) => fn();

// The item may hold anything, and the temporary directory is shared: readable by its owner
// only. The library creates the file with O_EXCL ('wx') under a random name.
const FILE = { prefix: 'dynoscope-item-', postfix: '.json', mode: 0o600 };

export function editInEditor(text: string, suspend: Suspend): string {
  // The class rather than edit(): the file is removed even when reading it back fails.
  const editor = new ExternalEditor(text, FILE);
  try {
    return suspend(() => editor.run());
  } finally {
    try { editor.cleanup(); } catch { /* already gone (the editor moved it): nothing to remove */ }
  }
}
