import { Box } from 'ink';
import { busyLabel, top } from '../state/app.js';
import { bodyHeight, tooSmall } from '../state/layout.js';
import { TooSmall } from './TooSmall.js';
import { crumbs } from '../state/screens.js';
import { CommandLine } from './CommandLine.js';
import { useRef } from 'react';
import type { AppState } from '../state/app.js';
import { FrozenState, useAppState, useCtx } from './context.js';
import { FlashLine } from './FlashLine.js';
import { Footer } from './Footer.js';
import { Crumbs, Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { activeLayers } from './keys.js';
import { Screen } from './Screen.js';
import { RecallOverlay } from '../views/recall/RecallOverlay.js';
import { SavePrompt } from '../views/recall/SavePrompt.js';

/** The frame of DESIGN.md section 4: header, crumbs, body, flash, footer. */
export function Shell() {
  const state = useAppState();
  const ctx = useCtx();
  const { size, modal } = state;
  const height = bodyHeight(size);
  const help = modal?.kind === 'help';
  const recall = modal?.kind === 'recall';
  // Under help (and the ctrl+r list) the screen stays mounted (nothing of it is lost) but
  // is not redrawn.
  const frozen = useRef<AppState | null>(null);
  frozen.current = help || recall ? frozen.current ?? state : null;
  const screen = top(frozen.current ?? state);
  if (tooSmall(size)) return <TooSmall size={size} />;
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <Header connection={state.connection} region={state.region} width={size.columns} />
      <Crumbs items={help ? [...crumbs(state.stack.entries), 'help'] : recall ? [...crumbs(state.stack.entries), 'recent queries'] : crumbs(state.stack.entries)} width={size.columns} />
      <Box flexDirection="column" height={height} overflowY="hidden">
        {/* Taller content is cut at the bottom, not squeezed: Yoga would shrink its rows
            until lines drew over each other. Help is drawn over the screen, which stays
            mounted (and as it was) below it. */}
        {help ? <HelpOverlay height={height} top={modal.top} /> : null}
        {recall ? <RecallOverlay modal={modal} height={height} width={size.columns} /> : null}
        <Box flexDirection="column" flexShrink={0} display={help || recall ? 'none' : 'flex'}>
          <FrozenState.Provider value={frozen.current}>
            <Screen key={screen.id} screen={screen} height={height} width={size.columns} />
          </FrozenState.Provider>
        </Box>
      </Box>
      <FlashLine flash={state.flash} busy={busyLabel(state)} />
      {modal?.kind === 'command'
        ? <CommandLine text={modal.text} cursor={modal.cursor} hint={modal.hint} />
        : modal?.kind === 'saveQuery' ? <SavePrompt modal={modal} />
        : <Footer layers={activeLayers(ctx)} readOnly={state.connection.readOnly ?? false} width={size.columns} />}
    </Box>
  );
}
