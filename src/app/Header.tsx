import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ConnectionOptions } from '../dynamo/client.js';
import { displayWidth, truncateToWidth } from '../format/width.js';

/** `dynoscope profile P  region R  endpoint E  READ-ONLY`, cut to the width (the address
 * gives way first, then the profile; the region is short and always says where writes go):
 * never a label squeezed apart from its value. The region shows with an endpoint too: a
 * local DynamoDB keeps tables per region, and the aws commands the app writes name it. */
export const Header = memo(function Header({ connection, region, width }: { connection: ConnectionOptions; region?: string; width: number }) {
  const regionText = region ?? connection.region ?? '?';
  const endpoint = connection.endpoint;
  const profile = connection.profile ?? process.env.AWS_PROFILE ?? 'default';
  const readOnly = connection.readOnly ? '  READ-ONLY ' : '';
  const fixed = displayWidth(`dynoscope profile   region ${regionText}`) + (endpoint ? displayWidth('  endpoint ') : 0) + displayWidth(readOnly) + 1;
  const room = Math.max(0, width - fixed);
  const fits = displayWidth(profile) + displayWidth(endpoint ?? '') <= room;
  // The endpoint gives way first, down to a dozen columns (enough to tell it apart); then
  // the profile, down to 8.
  const endpointKeeps = Math.min(displayWidth(endpoint ?? ''), 12);
  const profileRoom = Math.max(Math.min(displayWidth(profile), 8), room - endpointKeeps);
  const profileText = fits ? profile : truncateToWidth(profile, Math.max(1, profileRoom));
  const endpointText = endpoint ? truncateToWidth(endpoint, Math.max(0, room - displayWidth(profileText))) : '';
  return (
    <Box width={width}>
      <Text wrap="truncate-end">
        <Text bold color="cyan">dynoscope</Text>
        <Text dimColor> profile </Text>{profileText}
        <Text dimColor>  region </Text>{regionText}
        {endpoint ? <><Text dimColor>  endpoint </Text>{endpointText}</> : null}
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
