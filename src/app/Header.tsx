import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ConnectionOptions } from '../dynamo/client.js';

export const Header = memo(function Header({ connection, region, width }: { connection: ConnectionOptions; region?: string; width: number }) {
  const where = connection.endpoint ? `endpoint ${connection.endpoint}` : `region ${region ?? connection.region ?? '?'}`;
  return (
    <Box width={width}>
      <Text bold color="cyan">dynoscope</Text>
      <Text> </Text>
      <Text dimColor>profile </Text><Text>{connection.profile ?? process.env.AWS_PROFILE ?? 'default'}</Text>
      <Text dimColor>  {where.split(' ')[0]} </Text><Text wrap="truncate-end">{where.slice(where.indexOf(' ') + 1)}</Text>
      {connection.readOnly ? <><Text>  </Text><Text inverse color="yellow"> READ-ONLY </Text></> : null}
    </Box>
  );
});

export const Crumbs = memo(function Crumbs({ items }: { items: string[] }) {
  return (
    <Box>
      {items.map((c, i) => (
        <Text key={i} color={i === items.length - 1 ? 'white' : 'gray'} bold={i === items.length - 1}>
          {i > 0 ? ' › ' : ''}{c}
        </Text>
      ))}
    </Box>
  );
}, (a, b) => a.items.join('\u0000') === b.items.join('\u0000'));
