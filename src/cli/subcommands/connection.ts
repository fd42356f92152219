// A gateway from the command line's connection flags, and the one-line error report.
import { DynamoGateway } from '../../dynamo/client.js';
import { describeError, problemLine, type ProblemContext } from '../../dynamo/errors.js';

export interface ConnectionFlags {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  readOnly?: boolean;
  demo?: boolean;
  demoDir?: string;
}

/**
 * `maxAttempts` 1 for export and import: the bulk library retries with its own backoff
 * and counts what was written; the SDK retrying underneath would hide that. Count uses
 * the live count as the app does, with the SDK's retries.
 */
export function openGateway(f: ConnectionFlags, maxAttempts?: number): DynamoGateway {
  if (f.demo || f.demoDir) throw new UsageError('--demo and --demo-dir are for the interactive app; use --endpoint-url to reach an engine');
  return new DynamoGateway({
    profile: f.profile, region: f.region, endpoint: f.endpointUrl, readOnly: f.readOnly,
    ...(maxAttempts ? { maxAttempts } : {}),
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
  process.stderr.write(`dynoscope ${command}: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return 1;
}

/** Ctrl-C cancels the work (its summary still prints) instead of killing the process. */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController();
  const onInt = () => {
    if (ac.signal.aborted) process.exit(130);
    ac.abort();
  };
  process.on('SIGINT', onInt);
  return { signal: ac.signal, dispose: () => process.off('SIGINT', onInt) };
}
