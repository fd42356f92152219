import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { useAppState } from '../app/context.js';

// Colours JSON text we printed ourselves, line by line: keys, strings, numbers, literals.
const token = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d[\d.eE+-]*)|\b(true|false|null)\b/g;

function Line({ text }: { text: string }) {
  const parts: ReactElement[] = [];
  let last = 0;
  for (const m of text.matchAll(token)) {
    if (m.index > last) parts.push(<Text key={last}>{text.slice(last, m.index)}</Text>);
    const colour = m[1] ? (m[2] ? 'yellow' : 'green') : m[3] ? 'cyan' : 'magenta';
    parts.push(<Text key={m.index} color={colour}>{m[1] ?? m[0]}</Text>);
    if (m[2]) parts.push(<Text key={`${m.index}:`}>{m[2]}</Text>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(<Text key={last}>{text.slice(last)}</Text>);
  return <Text wrap="truncate-end">{parts}</Text>;
}

/** A line longer than the screen (a 390 KB value in a request) is cut to about what can
 * show before it is coloured and laid out, so it costs what it shows: a column holds at
 * most a grapheme, and few graphemes take more than a few code units. */
const cut = (line: string, columns: number) => {
  const max = columns * 4 + 16;
  return line.length <= max ? line : line.slice(0, max - (isHigh(line.charCodeAt(max - 1)) ? 1 : 0));
};
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Lines [top, top + height) of a JSON text, coloured. `pieces` marks lines that are parts
 * of a wrapped line (non-zero): those are drawn uncoloured, a piece being no whole token. */
export function JsonView({ lines, top, height, highlight, pieces }: { lines: string[]; top: number; height: number; highlight?: number; pieces?: Uint8Array }) {
  const { columns } = useAppState().size;
  return (
    <Box flexDirection="column">
      {lines.slice(top, top + height).map((l) => cut(l, columns)).map((l, i) => (top + i === highlight
        ? <Text key={top + i} inverse wrap="truncate-end">{l}</Text>
        : pieces?.[top + i] ? <Text key={top + i} wrap="truncate-end">{l}</Text>
        : <Line key={top + i} text={l} />))}
    </Box>
  );
}
