import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { complete } from '../state/commandLine.js';
import { LEVEL, useApp, useKeys } from './context.js';

/** The `:` line. Tab completes commands and table names; enter runs; esc closes. */
export function CommandLine({ onRun }: { onRun: (line: string) => void }) {
  const { state, dispatch } = useApp();
  const [value, setValue] = useState('');
  const [hint, setHint] = useState('');
  // Remounting the field after a completion puts its cursor at the end of the new text.
  const [generation, setGeneration] = useState(0);
  const close = () => dispatch({ type: 'modal', modal: null });
  useKeys({
    scopes: ['command'],
    capture: true,
    handlers: {
      'command.cancel': close,
      'command.complete': () => {
        const r = complete(value, state.tables.names);
        setValue(r.line);
        setGeneration((g) => g + 1);
        setHint(r.candidates.length > 1 ? r.candidates.slice(0, 8).join('  ') + (r.candidates.length > 8 ? '  …' : '') : '');
      },
    },
  }, LEVEL.modal);
  return (
    <Box flexDirection="column">
      {hint ? <Text dimColor wrap="truncate-end">{hint}</Text> : null}
      <Box>
        <Text color="cyan">:</Text>
        <TextInput key={generation} value={value} onChange={(v) => { setValue(v); setHint(''); }} onSubmit={(v) => { close(); onRun(v); }} />
      </Box>
    </Box>
  );
}
