// Runs the subcommands as shipped: the built bundle (dist/, made by `npm test` before the
// tests), without a terminal, with fixed demo credentials and nothing from the AWS_*
// environment of whoever runs the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BIN = 'dist/dynoscope.js';
export const skipBin = existsSync(BIN) ? false : `${BIN} is not built (npm test builds it; or node scripts/build.mjs)`;

export function cliEnv(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'NODE_TEST_CONTEXT') e[k] = v;
  return { ...e, AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo', AWS_DEFAULT_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
}

export interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export interface Started { child: ChildProcess; done: Promise<Run> }

/** `dynoscope ARGS --endpoint-url ENDPOINT --region us-east-1`, running. */
export function startCli(endpoint: string, args: string[], input?: string): Started {
  const child = spawn(process.execPath, [BIN, ...args, '--endpoint-url', endpoint, '--region', 'us-east-1'], { env: cliEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => { stderr += d; });
  if (input !== undefined) child.stdin!.end(input);
  const done = new Promise<Run>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(endpoint: string, args: string[], input?: string): Promise<Run> {
  return startCli(endpoint, args, input).done;
}
