import { Box, Text } from 'ink';
import { bindings, keyLabel, visibleBindings, type Scope } from '../keys/bindings.js';

/** `?` and `q` always fit: the rest of the line is the screen's own hints, in table order. */
const ESSENTIAL = new Set(['help', 'quit']);

/** Key hints for what the current screen accepts, generated from the bindings. */
export function Footer({ scopes, readOnly, width }: { scopes: Scope[]; readOnly: boolean; width: number }) {
  // A key the screen binds itself hides the global binding of the same key (esc).
  const taken = new Set<string>();
  const hints = visibleBindings(readOnly, bindings)
    .filter((b) => b.footer && b.where.some((w) => scopes.includes(w)))
    .filter((b) => {
      const key = b.keys[0];
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    })
    .map((b) => ({ command: b.command, key: keyLabel(b).split(' ')[0], text: b.description.replace(/ \(.*\)$/, '') }));
  const cost = (h: { key: string; text: string }) => h.key.length + h.text.length + 3;
  const essential = hints.filter((h) => ESSENTIAL.has(h.command));
  let room = width - essential.reduce((n, h) => n + cost(h), 0);
  const shown = hints.filter((h) => {
    if (ESSENTIAL.has(h.command)) return false;
    if (cost(h) > room) return false;
    room -= cost(h);
    return true;
  });
  return (
    <Box>
      {[...shown, ...essential].map((h, i) => (
        <Text key={i}><Text color="cyan" bold>{h.key}</Text><Text dimColor> {h.text}  </Text></Text>
      ))}
    </Box>
  );
}
