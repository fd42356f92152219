import { useApp as useInkApp, useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { DynamoGateway, type ConnectionOptions } from '../dynamo/client.js';
import { appReducer, initialState, type AppAction, type AppState } from '../state/app.js';
import { startApp, type Background } from '../state/controllers/app.js';
import { createCtx, type Ctx } from '../state/controllers/context.js';
import { createStore, type Store } from '../state/store.js';
import { initialScreens } from '../state/screens.js';
import { copyToClipboard } from './clipboard.js';
import { CtxContext } from './context.js';
import { editInEditor, noSuspend, type Suspend } from './externalEditor.js';
import { KeyInput } from './input.js';
import { Shell } from './Shell.js';
import { Journal } from '../memory/journal.js';
import { memoryPaths } from '../memory/paths.js';
import { useKeyPresses } from './useKeys.js';

export type { Background };

export interface AppProps {
  connection: ConnectionOptions;
  table?: string;
  /** Work that runs after the first frame (seeding the demo); the list reloads after it. */
  background?: Background;
  makeGateway?: (c: ConnectionOptions) => DynamoGateway;
  /** The first ListTables page, already requested by the entry before the UI loaded. */
  firstTables?: Promise<ListTablesCommandOutput>;
  /** That page, when it was back before the first frame: the first frame shows it. */
  firstTablesPage?: ListTablesCommandOutput;
  /** Hands the terminal to an external program ($EDITOR) and takes it back. */
  suspend?: Suspend;
  /** Repaints the whole screen (ctrl+l). */
  redraw?: () => void;
  /** The undo journal: false turns it off (--no-journal); default journal.jsonl in $XDG_STATE_HOME/dynoscope. */
  journal?: Journal | false;
  /** Called once with the app's controllers and key input (the entry, tests, benches). */
  onReady?: (app: { ctx: Ctx; input: KeyInput; store: Store<AppState, AppAction> }) => void;
}

/** The app: one store, the controllers around it, and the keys fed to them in order. */
export function App(props: AppProps) {
  const { stdout } = useStdout();
  const ink = useInkApp();
  const [app] = useState(() => {
    const store = createStore(appReducer, initialState(props.connection, initialScreens(props.table), {
      firstPage: props.firstTablesPage, size: { columns: stdout.columns || 80, rows: stdout.rows || 24 },
    }));
    const ctx = createCtx(store, props.makeGateway ?? ((c) => new DynamoGateway(c)), {
      editText: (text) => editInEditor(text, props.suspend ?? noSuspend),
      copy: (text) => copyToClipboard(stdout, text),
      quit: () => ink.exit(),
      redraw: props.redraw,
    }, props.journal === false ? undefined : props.journal ?? new Journal(memoryPaths().stateDir));
    return { store, ctx, input: new KeyInput(ctx) };
  });
  useEffect(() => {
    const { ctx, input, store } = app;
    startApp(ctx, { firstTables: props.firstTablesPage ? undefined : props.firstTables, firstTablesPage: props.firstTablesPage, background: props.background });
    props.onReady?.({ ctx, input, store });
    const onResize = () => store.dispatch({ type: 'size', size: { columns: stdout.columns || 80, rows: stdout.rows || 24 } });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
      ctx.jobs.cancelAll();
      ctx.gateway().destroy();
    };
  }, []);

  useKeyPresses((keys) => app.input.push(keys));

  return (
    <CtxContext.Provider value={app.ctx}>
      <Shell />
    </CtxContext.Provider>
  );
}
