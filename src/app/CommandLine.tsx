import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { TextField } from '../components/TextField.js';
import { complete } from '../state/commandLine.js';
import { LEVEL, useApp, useKeys } from './context.js';

/** The `:` line. Tab completes commands and table names; enter runs; esc closes. */
export function CommandLine({ onRun }: { onRun: (line: string) => void }) {
  const { state, dispatch } = useApp();
  const [value, setValue] = useState('');
  // What enter runs: the text as typed so far, even before React re-renders.
  const latest = useRef('');
  const [hint, setHint] = useState('');
  const change = (v: string) => { latest.current = v; setValue(v); setHint(''); };
  const close = () => dispatch({ type: 'modal', modal: null });
  useKeys({
    scopes: ['command'],
    capture: true,
    handlers: {
      'command.cancel': close,
      'command.run': () => { close(); onRun(latest.current); },
      'command.complete': () => {
        const r = complete(latest.current, state.tables.names);
        change(r.line);
        setHint(r.candidates.length > 1 ? r.candidates.slice(0, 8).join('  ') + (r.candidates.length > 8 ? '  …' : '') : '');
      },
    },
  }, LEVEL.modal);
  return (
    <Box flexDirection="column">
      {hint ? <Text dimColor wrap="truncate-end">{hint}</Text> : null}
      <Box>
        <Text color="cyan">:</Text>
        <TextField value={value} onChange={change} />
      </Box>
    </Box>
  );
}
