import { Box, Text } from 'ink';
import { bindings, keyLabel, visibleBindings, type Scope } from '../keys/bindings.js';

/** Key hints for what the current screen accepts, generated from the bindings. */
export function Footer({ scopes, readOnly, width }: { scopes: Scope[]; readOnly: boolean; width: number }) {
  const hints = visibleBindings(readOnly, bindings)
    .filter((b) => b.footer && b.where.some((w) => scopes.includes(w)))
    .map((b) => ({ key: keyLabel(b).split(' ')[0], text: b.description.replace(/ \(.*\)$/, '') }));
  const parts: { key: string; text: string }[] = [];
  let used = 0;
  for (const h of hints) {
    const w = h.key.length + h.text.length + 3;
    if (used + w > width) break;
    parts.push(h);
    used += w;
  }
  return (
    <Box>
      {parts.map((h, i) => (
        <Text key={i}><Text color="cyan" bold>{h.key}</Text><Text dimColor> {h.text}  </Text></Text>
      ))}
    </Box>
  );
}
