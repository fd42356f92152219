// Copying, and saying truthfully what was done. A clipboard program on PATH (pbcopy,
// wl-copy, xclip, xsel) is tried first: when one exits 0 the text is on that clipboard.
// Otherwise the text goes to the terminal as OSC 52, which works over ssh, but only if
// the terminal allows it, and inside tmux only with `set-clipboard on` (the default,
// `external`, drops it), so the message says which of these happened.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CopyOutcome } from '../state/copy.js';

/** Clipboard programs in the order tried; each reads the text on stdin. */
const TOOLS: { name: string; args: string[] }[] = [
  { name: 'pbcopy', args: [] },
  { name: 'wl-copy', args: [] },
  { name: 'xclip', args: ['-selection', 'clipboard'] },
  { name: 'xsel', args: ['--clipboard', '--input'] },
];
const TOOL_TIMEOUT_MS = 2000;

export function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch { /* not here */ }
  }
  return undefined;
}

/** The first clipboard program that takes the text, if any. */
function copyWithTool(text: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const tool of TOOLS) {
    const file = onPath(tool.name, env);
    if (!file) continue;
    // stdout/stderr ignored: wl-copy, xclip and xsel leave a child behind to serve the
    // clipboard, which would hold a pipe open and keep us waiting for its end.
    const r = spawnSync(file, tool.args, { input: text, env, stdio: ['pipe', 'ignore', 'ignore'], timeout: TOOL_TIMEOUT_MS });
    if (r.status === 0) return tool.name;
  }
  return undefined;
}

/** tmux's set-clipboard option (`on`, `external`, `off`), or undefined when unknown. */
function tmuxSetClipboard(env: NodeJS.ProcessEnv): string | undefined {
  const tmux = onPath('tmux', env);
  if (!tmux) return undefined;
  const r = spawnSync(tmux, ['show-options', '-gv', 'set-clipboard'], { env, encoding: 'utf8', timeout: TOOL_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

export function copyToClipboard(stdout: NodeJS.WriteStream, text: string, env: NodeJS.ProcessEnv = process.env): CopyOutcome {
  const tool = copyWithTool(text, env);
  if (tool) return { copied: true, how: `with ${tool}` };
  // The sequence moves no cursor, so writing it beside Ink's frame leaves the frame intact.
  const osc = `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
  if (!env.TMUX) {
    stdout.write(osc);
    return { copied: false, how: 'to the terminal (OSC 52)' };
  }
  const setting = tmuxSetClipboard(env);
  if (setting === 'on') {
    // tmux takes it into its buffer and passes it on to the terminal outside.
    stdout.write(osc);
    return { copied: false, how: 'through tmux to the terminal (OSC 52)' };
  }
  // Plain, in case the setting could not be read; wrapped in tmux's passthrough, for a tmux
  // with allow-passthrough on (either is dropped silently when tmux does not pass it on).
  stdout.write(osc + `\x1bPtmux;${osc.replace(/\x1b/g, '\x1b\x1b')}\x1b\\`);
  return { copied: false, how: 'to the terminal (OSC 52): tmux needs set-clipboard on', warn: true };
}
