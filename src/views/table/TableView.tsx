import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp, useKeys } from '../../app/context.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { metadataLines } from './metadataLines.js';
import { useLiveCount } from './useLiveCount.js';
import { useTableInfo } from './useTableInfo.js';

/** The table screen: metadata on top; the items grid goes below it. */
export function TableView({ name, height }: { name: string; height: number }) {
  const { dispatch } = useApp();
  const [reload, setReload] = useState(0);
  const [top, setTop] = useState(0);
  const { info, problem, ttlProblem } = useTableInfo(name, reload);
  const count = useLiveCount(name);
  const lines = info ? metadataLines(info, count.state, ttlProblem) : [];
  const maxTop = Math.max(0, lines.length - (height - 1));

  useKeys({
    scopes: ['table'],
    handlers: {
      refresh: () => setReload((n) => n + 1),
      'count.live': () => { if (!count.cancel()) count.start(); },
      back: () => count.cancel() || (dispatch({ type: 'pop' }), true),
      'scroll.down': () => setTop((t) => Math.min(maxTop, t + 1)),
      'scroll.up': () => setTop((t) => Math.max(0, t - 1)),
    },
  });

  if (problem) return <ProblemPanel problem={problem} />;
  if (!info) return <Text dimColor>describing {name}…</Text>;
  const shown = lines.slice(top, top + height - 1);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{info.name}{top > 0 ? <Text dimColor>  (↑ {top} more)</Text> : null}</Text>
      {shown.map((l, i) => <Box key={i + top}>{l}</Box>)}
      {top + shown.length < lines.length ? <Text dimColor>↓ {lines.length - top - shown.length} more lines (j/k)</Text> : null}
    </Box>
  );
}
