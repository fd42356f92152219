import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { Box } from 'ink';
import { useEffect } from 'react';
import { screenScopes } from '../keys/bindings.js';
import { parseCommand } from '../state/commandLine.js';
import { busyLabel } from '../state/app.js';
import { crumbs } from '../state/screens.js';
import { useTablesData } from '../views/tables/useTablesData.js';
import type { Background } from './App.js';
import { CommandLine } from './CommandLine.js';
import { LEVEL, useApp, useFlash, useKeys } from './context.js';
import { FlashLine } from './FlashLine.js';
import { Footer } from './Footer.js';
import { Crumbs, Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { Screen } from './Screen.js';
import { useBackground } from './useBackground.js';

/** The frame of DESIGN.md section 4: header, crumbs, body, flash, footer. */
export function Shell({ background, firstTables, preloaded, continueFrom }: {
  background?: Background; firstTables?: Promise<ListTablesCommandOutput>; preloaded?: boolean; continueFrom?: string;
}) {
  const { state, dispatch, size, quit, region } = useApp();
  const say = useFlash();
  useTablesData(firstTables, preloaded ? { continueFrom } : undefined);
  useBackground(background);
  const top = state.screens[state.screens.length - 1];

  useKeys({
    scopes: [],
    handlers: {
      quit,
      help: () => dispatch({ type: 'modal', modal: 'help' }),
      'command.start': () => dispatch({ type: 'modal', modal: 'command' }),
      back: () => dispatch({ type: 'pop' }),
    },
  }, LEVEL.app);

  // A flash stays for a few seconds, unless a newer one replaces it first.
  useEffect(() => {
    if (!state.flash) return;
    const id = state.flash.id;
    const t = setTimeout(() => dispatch({ type: 'flash', flash: undefined }), state.flash.level === 'error' ? 10000 : 5000);
    return () => clearTimeout(t);
  }, [state.flash?.id]);

  const run = (line: string) => {
    const c = parseCommand(line);
    switch (c.kind) {
      case 'tables': return dispatch({ type: 'reset', screens: [{ kind: 'tables' }] });
      case 'table': return dispatch({ type: 'reset', screens: [{ kind: 'tables' }, { kind: 'table', name: c.name }] });
      case 'region': say('info', `switched to region ${c.region}`); return dispatch({ type: 'connect', connection: { ...state.connection, region: c.region } });
      case 'profile': say('info', `switched to profile ${c.profile}`); return dispatch({ type: 'connect', connection: { ...state.connection, profile: c.profile } });
      case 'read': {
        // The form belongs to a table: the one on screen, or the one under the item view.
        const table = [...state.screens].reverse().find((x) => x.kind === 'table');
        if (!table || table.kind !== 'table') return say('warn', `open a table first (:table NAME), then :${c.mode}`);
        return dispatch({ type: 'push', screen: { kind: 'readForm', table: table.name, mode: c.mode } });
      }
      case 'quit': return quit();
      case 'error': return say('error', c.message);
    }
  };

  const bodyHeight = Math.max(3, size.rows - 4);
  const screenScope = state.footer ?? ('review' in top && top.review ? ['review' as const] : screenScopes[top.kind] ?? []);
  const scopes = state.modal === 'help' ? ['help' as const] : [...screenScope, 'global' as const];
  return (
    <>
      <Header connection={state.connection} region={region} width={size.columns} />
      <Crumbs items={state.modal === 'help' ? [...crumbs(state.screens), 'help'] : crumbs(state.screens)} />
      <Box flexDirection="column" height={bodyHeight} overflowY="hidden">
        {/* Taller content is cut at the bottom, not squeezed: Yoga would shrink its rows
            until lines drew over each other. */}
        <Box flexDirection="column" flexShrink={0}>
          {state.modal === 'help' ? <HelpOverlay height={bodyHeight} /> : <Screen screen={top} height={bodyHeight} width={size.columns} />}
        </Box>
      </Box>
      <FlashLine flash={state.flash} busy={busyLabel(state)} />
      {state.modal === 'command' ? <CommandLine onRun={run} /> : <Footer scopes={scopes} readOnly={state.connection.readOnly ?? false} width={size.columns} />}
    </>
  );
}
