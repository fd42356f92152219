import { Box, Text } from 'ink';
import { footerHints, type Layer } from './layer.js';

/** `?` and `q` always fit: the rest of the line is the screen's own hints, in table order. */
const ESSENTIAL = new Set(['help', 'quit']);

/** Key hints for the keys the next key press reaches (the same layers it goes through). */
export function Footer({ layers, readOnly, width }: { layers: Layer[]; readOnly: boolean; width: number }) {
  const hints = footerHints(layers, readOnly);
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
