import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ConnectionOptions } from '../dynamo/client.js';
import { displayWidth, truncateToWidth } from '../format/width.js';

/** `dynoscope profile P  endpoint E  READ-ONLY`, cut to the width (the address gives way
 * first, then the profile): never a label squeezed apart from its value. */
export const Header = memo(function Header({ connection, region, width }: { connection: ConnectionOptions; region?: string; width: number }) {
  const [label, place] = connection.endpoint ? ['endpoint', connection.endpoint] : ['region', region ?? connection.region ?? '?'];
  const profile = connection.profile ?? process.env.AWS_PROFILE ?? 'default';
  const readOnly = connection.readOnly ? '  READ-ONLY ' : '';
  const fixed = displayWidth(`dynoscope profile   ${label} `) + displayWidth(readOnly) + 1;
  const room = Math.max(0, width - fixed);
  const fits = displayWidth(profile) + displayWidth(place) <= room;
  const profileText = fits ? profile : truncateToWidth(profile, Math.max(1, Math.min(displayWidth(profile), Math.floor(room / 2))));
  const placeText = truncateToWidth(place, Math.max(0, room - displayWidth(profileText)));
  return (
    <Box width={width}>
      <Text wrap="truncate-end">
        <Text bold color="cyan">dynoscope</Text>
        <Text dimColor> profile </Text>{profileText}
        <Text dimColor>  {label} </Text>{placeText}
        {readOnly ? <><Text>  </Text><Text inverse color="yellow"> READ-ONLY </Text></> : null}
      </Text>
    </Box>
  );
});

/** `tables › Movies › item`: when it does not fit, the first crumbs give way to `…`. */
export const Crumbs = memo(function Crumbs({ items, width }: { items: string[]; width: number }) {
  let from = 0;
  const text = (i: number) => (i > 0 ? '… › ' : '') + items.slice(i).join(' › ');
  while (from < items.length - 1 && displayWidth(text(from)) > width) from++;
  const shown = items.slice(from);
  return (
    <Text wrap="truncate-end">
      {from > 0 ? <Text color="gray">… › </Text> : null}
      {shown.map((c, i) => (
        <Text key={i} color={i === shown.length - 1 ? 'white' : 'gray'} bold={i === shown.length - 1}>
          {i > 0 ? ' › ' : ''}{c}
        </Text>
      ))}
    </Text>
  );
}, (a, b) => a.width === b.width && a.items.join('\u0000') === b.items.join('\u0000'));
