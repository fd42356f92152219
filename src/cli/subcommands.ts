// The scriptable subcommands: `dynoscope count|export|import`. Only their flags live
// here; each action loads its code (and the bulk library) on demand, never Ink.
import { Command, InvalidArgumentError, Option } from 'commander';
import { MAX_SEGMENTS } from '../bulk/pool.js';
import type { ConnectionFlags } from './subcommands/connection.js';

const FORMAT_NAMES = ['jsonl', 'json', 'csv', 'ddb-json'];

/** --segments: DynamoDB allows 1,000,000; beyond MAX_SEGMENTS (see pool.ts) only adds requests. */
function segmentCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--segments is a whole number from 1 to ${MAX_SEGMENTS}`);
  if (n > MAX_SEGMENTS) {
    throw new InvalidArgumentError(`--segments ${value} is more than ${MAX_SEGMENTS}: a segment per 2 GB of table is plenty (${MAX_SEGMENTS} suits about 2 TB), and each one costs at least one request`);
  }
  return n;
}

/** The AWS CLI's timeouts, in seconds (fractions allowed); 0 turns one off. */
function seconds(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 3600) throw new InvalidArgumentError(`${name} is a number of seconds from 0 to 3600`);
    return n;
  };
}

function httpUrl(value: string): string {
  const ok = URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
  if (!ok) throw new InvalidArgumentError(`"${value}" is not an http(s) URL, e.g. http://localhost:8000`);
  return value;
}

/** The AWS CLI's connection flags, accepted after the subcommand too. */
function withConnection(cmd: Command): Command {
  return cmd
    .option('--profile <name>', 'AWS profile from ~/.aws/config (also AWS_PROFILE)')
    .option('--region <region>', 'AWS region (also AWS_REGION or the profile\'s region)')
    .option('--endpoint-url <url>', 'send requests to this endpoint (DynamoDB Local, dynalite, LocalStack)', httpUrl)
    // The defaults are the gateway's REQUEST_TIMEOUT_MS and CONNECT_TIMEOUT_MS (src/dynamo/client.ts).
    .option('--cli-read-timeout <seconds>', 'seconds to wait for each answer before retrying (default 10; 0: no limit)', seconds('--cli-read-timeout'))
    .option('--cli-connect-timeout <seconds>', 'seconds to wait for a connection before retrying (default 3; 0: no limit)', seconds('--cli-connect-timeout'));
}

/** Flags given before the subcommand (`dynoscope --region x export T`) count too. */
function flags<T>(cmd: Command): T & ConnectionFlags {
  return cmd.optsWithGlobals() as T & ConnectionFlags;
}

async function exit(code: Promise<number>): Promise<void> {
  process.exitCode = await code;
}

export function registerSubcommands(program: Command): void {
  const segments = () => new Option('--segments <n>', `parallel scan segments, 1 to ${MAX_SEGMENTS}`).argParser(segmentCount);

  withConnection(program.command('count'))
    .description('count the items of a table or index (a parallel Select COUNT scan, as the table screen\'s c)')
    .argument('<table>', 'table name')
    .option('--index <name>', 'count an index instead of the table')
    .option('--filter <expression>', 'count only items matching this filter (prints the scanned count too)')
    .addOption(segments().default(4))
    .action(async (table: string, _o, cmd: Command) => {
      const { runCount } = await import('./subcommands/count.js');
      await exit(runCount(table, flags(cmd)));
    });

  withConnection(program.command('export'))
    .description('write the items of a table or index to stdout or a file, page by page')
    .argument('<table>', 'table name')
    .option('--index <name>', 'scan this index instead of the table')
    .option('--filter <expression>', 'only items matching this filter expression')
    .option('--projection <attributes>', 'only these attributes (a projection expression)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMAT_NAMES).default('jsonl'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addOption(segments().default(4))
    .action(async (table: string, _o, cmd: Command) => {
      const { runExport } = await import('./subcommands/export.js');
      await exit(runExport(table, flags(cmd)));
    });

  withConnection(program.command('import'))
    .description('write the items of a file (or - for stdin) to a table with BatchWriteItem')
    .argument('<table>', 'table name')
    .argument('<file>', 'file to read, or - for stdin')
    .addOption(new Option('--format <format>', 'input format (default: from the file name)').choices(FORMAT_NAMES))
    .addOption(new Option('--on-error <mode>', 'on a bad line: stop, or skip it and go on').choices(['stop', 'skip']).default('stop'))
    .action(async (table: string, file: string, _o, cmd: Command) => {
      const { runImport } = await import('./subcommands/import.js');
      await exit(runImport(table, file, flags(cmd)));
    });
}
