// The interactive part of the entry, loaded after the first request is on its way.
import { render, type Instance } from 'ink';
import type { Suspend } from '../app/externalEditor.js';
import { App, type AppProps } from '../app/App.js';
import type { DynamoGateway } from '../dynamo/client.js';
import { exitQuietlyWhenTerminalGoes } from './terminalGone.js';
import { firstFrameDrawn } from './firstFrame.js';
import { lineRedraw } from './lineRedraw.js';

const ENTER_ALT_SCREEN = '\x1b[?1049h';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const CLEAR_SCREEN = '\x1b[2J\x1b[H';

export async function runApp(props: AppProps & { gateway: DynamoGateway }): Promise<void> {
  const { gateway, ...rest } = props;
  // The gateway made for the prefetch serves the first connection; :region/:profile make new ones.
  const makeGateway: AppProps['makeGateway'] = (c) => (c === rest.connection ? gateway : new (gateway.constructor as typeof DynamoGateway)(c));
  let ink: Instance | undefined;
  // DYNOSCOPE_REDRAW=full draws every frame whole, as Ink does by itself (for a terminal
  // that gets the line-by-line updates wrong); =ink tries Ink's own incremental mode.
  const mode = process.env.DYNOSCOPE_REDRAW;
  const redraw = mode === 'full' || mode === 'ink' ? undefined : lineRedraw(process.stdout);
  // The editor gets the normal screen and cooked input; the app takes both back after and
  // redraws from a clear screen.
  const suspend: Suspend = (fn) => {
    process.stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    process.stdin.setRawMode?.(false);
    try {
      return fn();
    } finally {
      process.stdin.setRawMode?.(true);
      process.stdout.write(ENTER_ALT_SCREEN + CLEAR_SCREEN);
      redraw?.invalidate();
      ink?.clear();
    }
  };
  // ctrl+l: forget what is on screen and lay the frame out again as on a resize, which
  // makes Ink clear the terminal and write the frame whole.
  const repaint = () => {
    redraw?.invalidate();
    process.stdout.write(CLEAR_SCREEN);
    process.stdout.emit('resize');
  };
  exitQuietlyWhenTerminalGoes();
  process.stdout.write(ENTER_ALT_SCREEN);
  ink = render(<App {...rest} makeGateway={makeGateway} suspend={suspend} redraw={repaint} />, {
    exitOnCtrlC: false,
    patchConsole: true,
    stdout: redraw?.stream ?? process.stdout,
    incrementalRendering: mode === 'ink',
  });
  // Ink draws the first frame within render(): the loader may now save the code cache.
  firstFrameDrawn();
  try {
    await ink.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
