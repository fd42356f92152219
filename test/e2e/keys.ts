// Key names -> the bytes an xterm sends for them, so tests read like the keymap
// (DESIGN.md section 5) instead of escape sequences.

const plain: Record<string, string> = {
  enter: '\r',
  return: '\r',
  esc: '\x1b',
  escape: '\x1b',
  tab: '\t',
  'shift+tab': '\x1b[Z',
  backspace: '\x7f',
  delete: '\x1b[3~',
  space: ' ',
  pgup: '\x1b[5~',
  pageup: '\x1b[5~',
  pgdn: '\x1b[6~',
  pagedown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  'shift+up': '\x1b[1;2A',
  'shift+down': '\x1b[1;2B',
};

// Arrows depend on DECCKM: an app that switched to "application cursor keys"
// receives ESC O x, like a real xterm would send it.
const arrows: Record<string, string> = { up: 'A', down: 'B', right: 'C', left: 'D' };

/** Bytes for one key name; anything that is not a known name is literal text. */
export function keyBytes(key: string, applicationCursor = false): string {
  const name = key.toLowerCase();
  if (name in plain) return plain[name];
  if (name in arrows) return (applicationCursor ? '\x1bO' : '\x1b[') + arrows[name];
  const ctrl = /^ctrl\+([a-z@\[\\\]^_])$/.exec(name);
  if (ctrl) return String.fromCharCode(ctrl[1].toUpperCase().charCodeAt(0) & 0x1f);
  const alt = /^(?:alt|meta)\+(.)$/.exec(key);
  if (alt) return '\x1b' + alt[1];
  return key;
}
