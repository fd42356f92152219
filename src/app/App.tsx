import { Box, useApp as useInkApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { DynamoGateway, type ConnectionOptions } from '../dynamo/client.js';
import { charKeyName, keyName } from '../keys/keyName.js';
import { appReducer, initialState } from '../state/app.js';
import { initialScreens } from '../state/screens.js';
import { AppContext, type AppContextValue } from './context.js';
import { noSuspend, type Suspend } from './externalEditor.js';
import { KeyRouter } from './keyRouter.js';
import { Shell } from './Shell.js';
import { useTerminalSize } from './useTerminalSize.js';

export interface Background {
  /** Shown with the spinner while `run` is going. */
  label: string;
  run: (progress: (label: string) => void, refresh: () => void) => Promise<void>;
}

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
}

export function App({ connection, table, background, makeGateway, firstTables, firstTablesPage, suspend = noSuspend }: AppProps) {
  const [state, dispatch] = useReducer(appReducer, undefined, () => initialState(connection, initialScreens(table), firstTablesPage));
  const gateway = useMemo(() => (makeGateway ?? ((c) => new DynamoGateway(c)))(state.connection), [state.connection, makeGateway]);
  useEffect(() => () => gateway.destroy(), [gateway]);
  const [region, setRegion] = useState<string>();
  useEffect(() => {
    let live = true;
    gateway.region().then((r) => live && setRegion(r), () => live && setRegion(undefined));
    return () => { live = false; };
  }, [gateway]);
  const router = useMemo(() => new KeyRouter(), []);
  const size = useTerminalSize();
  const ink = useInkApp();
  const quit = () => ink.exit();

  useInput((input, key) => {
    // Keys typed faster than a read arrive as one chunk ("j\r"); Ink splits escape
    // sequences only, so plain text is split here into one key each.
    const readOnly = state.connection.readOnly ?? false;
    if (input.length > 1 && !key.ctrl && !key.meta) {
      for (const ch of input) {
        const name = charKeyName(ch);
        if (name === 'ctrl+c') return quit();
        router.dispatch(name, readOnly, ch, { return: name === 'enter', tab: name === 'tab', backspace: name === 'backspace' });
      }
      return;
    }
    const name = keyName(input, key);
    // ctrl+c quits from anywhere, text fields included.
    if (name === 'ctrl+c') return quit();
    router.dispatch(name, readOnly, input, key);
  });

  const value: AppContextValue = { state, dispatch, gateway, router, region, size, quit, suspend };
  return (
    <AppContext.Provider value={value}>
      <Box flexDirection="column" width={size.columns} height={size.rows}>
        <Shell background={background} firstTables={firstTablesPage ? undefined : firstTables} preloaded={!!firstTablesPage} continueFrom={firstTablesPage?.LastEvaluatedTableName} />
      </Box>
    </AppContext.Provider>
  );
}
