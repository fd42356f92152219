// Filling the app's forms in the pseudo-terminal, one key at a time, each step waiting
// for the screen to show it.
import type { Term } from './terminal.js';

/** Tabs until the focused field (marked "› ") is the one whose label starts with `label`. */
export async function focusField(t: Term, label: string) {
  const re = new RegExp(`^› ${label.replace(/[()[\]+.*?#]/g, '\\$&')}\\s`, 'm');
  for (let i = 0; i < 40; i++) {
    if (re.test(t.text())) return;
    const before = t.text();
    await t.press('tab');
    await t.waitFor((s) => s !== before);
  }
  throw new Error(`no field ${label}:\n${t.text()}`);
}

/** Types text key by key and waits until the screen shows it. */
export async function typeText(t: Term, text: string) {
  await t.press([...text]);
  await t.waitFor(text);
}
