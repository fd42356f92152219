// The interactive part of the entry, loaded after the first request is on its way.
import { render } from 'ink';
import { App, type AppProps } from '../app/App.js';
import type { DynamoGateway } from '../dynamo/client.js';

const ENTER_ALT_SCREEN = '\x1b[?1049h';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';

export async function runApp(props: AppProps & { gateway: DynamoGateway }): Promise<void> {
  const { gateway, ...rest } = props;
  // The gateway made for the prefetch serves the first connection; :region/:profile make new ones.
  const makeGateway: AppProps['makeGateway'] = (c) => (c === rest.connection ? gateway : new (gateway.constructor as typeof DynamoGateway)(c));
  process.stdout.write(ENTER_ALT_SCREEN);
  const ink = render(<App {...rest} makeGateway={makeGateway} />, { exitOnCtrlC: false, patchConsole: true });
  try {
    await ink.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
