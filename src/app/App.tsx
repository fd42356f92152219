import { Box, useApp as useInkApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { DynamoGateway, type ConnectionOptions } from '../dynamo/client.js';
import { charKeyPress, keyName, type KeyPress } from '../keys/keyName.js';
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
  /** For tests: `settled()` resolves once every key sent so far is handled and on screen. */
  onKeyQueue?: (queue: { settled(): Promise<void> }) => void;
}

/** Commands that move relative to where the state is, not to what is on screen: a held
 * key repeats them without waiting for each frame (no lag after it is let go). */
const RELATIVE_MOVE = /^(cursor|scroll|columns)\./;

/** The longest a key waits for the screen a command before it made. */
const COMMIT_WAIT_MS = 50;

function once(fn: () => void): () => void {
  let done = false;
  return () => { if (!done) { done = true; fn(); } };
}

/** A printable character: what a text field takes as it is. */
const isText = (k: KeyPress) => !k.key.ctrl && !k.key.meta && k.input.length === 1 && (k.name === k.input || k.name === 'space');

export function App({ connection, table, background, makeGateway, firstTables, firstTablesPage, suspend = noSuspend, onKeyQueue }: AppProps) {
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

  const readOnly = useRef(false);
  readOnly.current = state.connection.readOnly ?? false;
  // Keys not yet handled, oldest first: the rest of a chunk waiting for React to commit.
  const pending = useRef<KeyPress[]>([]);
  const lastKey = useRef({ commits: 0, at: 0 });
  const handle = (k: KeyPress): string | undefined => {
    lastKey.current = { commits: router.commits, at: performance.now() };
    // ctrl+c quits from anywhere, text fields included.
    if (k.name === 'ctrl+c') { quit(); return 'quit'; }
    return router.dispatch(k.name, readOnly.current, k.input, k.key);
  };
  // Keys wait for React to commit what came before them when that matters: a key that is
  // not text (tab, enter, ctrl+n) reads what is on screen, so it waits for the text before
  // it to be in; and after a key ran a command (tab to the next field, C to a form, j to the
  // next row), every later key waits for the screen it made, even one that arrives as an
  // event of its own in the same read. Text that goes into a field goes on at once (a
  // paste stays fast).
  const blocked = useRef(false);
  /** Holds the queue until React has committed past `commits` (or a moment has passed,
   * for keys that changed nothing on screen), then goes on with it. */
  const resumeAfterCommit = (commits: number) => {
    blocked.current = true;
    const go = once(() => setImmediate(() => { blocked.current = false; drain(); }));
    if (router.commits > commits) return go();
    router.afterCommit(go);
    setTimeout(go, COMMIT_WAIT_MS);
  };
  const drain = () => {
    const before = router.commits;
    let handled = 0;
    while (pending.current.length) {
      if (handled > 0 && !isText(pending.current[0]!)) return resumeAfterCommit(before);
      const commits = router.commits;
      const took = handle(pending.current.shift()!);
      handled++;
      // After a command, even a key that comes as an event of its own waits for its screen.
      if (took && took !== 'raw' && !RELATIVE_MOVE.test(took)) return resumeAfterCommit(commits);
    }
  };

  useEffect(() => onKeyQueue?.({
    settled: () => new Promise<void>((resolve) => {
      const check = () => {
        const k = lastKey.current;
        const shown = router.commits > k.commits || performance.now() - k.at > COMMIT_WAIT_MS;
        if (!pending.current.length && !blocked.current && shown) resolve();
        else setTimeout(check, 1);
      };
      check();
    }),
  }), []);

  useInput((input, key) => {
    // Keys typed faster than a read arrive as one chunk ("j\r", "Foo\tbar"); Ink splits
    // escape sequences only, so plain text is split here into one key each.
    const keys: KeyPress[] = input.length > 1 && !key.ctrl && !key.meta
      ? [...input].map(charKeyPress)
      : [{ name: keyName(input, key), input, key }];
    const waiting = pending.current.length > 0 || blocked.current;
    pending.current.push(...keys);
    if (!waiting) drain();
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
