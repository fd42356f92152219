// A gateway from the command line's connection flags, and the one-line error report.
import { redactSecrets } from '../../format/redact.js';
import { DynamoGateway } from '../../dynamo/client.js';
import { describeError, problemLine, type ProblemContext } from '../../dynamo/errors.js';

export interface ConnectionFlags {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  /** Seconds; the gateway's defaults when absent. */
  cliReadTimeout?: number;
  cliConnectTimeout?: number;
  readOnly?: boolean;
  demo?: boolean;
  demoDir?: string;
}

/** Export, import and count send each request once and retry by the bulk policy (retry.ts). */
export function openGateway(f: ConnectionFlags): DynamoGateway {
  if (f.demo || f.demoDir) throw new UsageError('--demo and --demo-dir are for the interactive app; use --endpoint-url to reach an engine');
  const ms = (s?: number) => (s === undefined ? undefined : Math.round(s * 1000));
  return new DynamoGateway({
    profile: f.profile, region: f.region, endpoint: f.endpointUrl, readOnly: f.readOnly,
    requestTimeoutMs: ms(f.cliReadTimeout), connectTimeoutMs: ms(f.cliConnectTimeout),
  });
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function contextOf(f: ConnectionFlags, table?: string): ProblemContext {
  return { profile: f.profile, region: f.region, endpoint: f.endpointUrl, table };
}

/** One line on stderr, never a stack trace. Returns the exit code. */
export function fail(command: string, err: unknown, ctx: ProblemContext): number {
  const line = err instanceof UsageError ? err.message : problemLine(describeError(err, ctx));
  process.stderr.write(`dynoscope ${command}: ${redactSecrets(line).replace(/\s*\n\s*/g, ' ')}\n`);
  return 1;
}

/**
 * Ctrl-C cancels the work, which ends in bounded time with its summary; a second one
 * leaves at once, without it.
 */
export function interruptSignal(command: string): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController();
  const onInt = () => {
    if (ac.signal.aborted) {
      process.stderr.write(`\ndynoscope ${command}: stopped without waiting; what was in flight is not counted\n`);
      process.exit(130);
    }
    ac.abort();
  };
  process.on('SIGINT', onInt);
  return { signal: ac.signal, dispose: () => process.off('SIGINT', onInt) };
}
