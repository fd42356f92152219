// argv -> options, with the AWS CLI's flag names. commander prints usage errors itself.
import { Command, InvalidArgumentError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerSubcommands } from './subcommands.js';

export interface CliOptions {
  table?: string;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  readOnly: boolean;
  demo: boolean;
  demoDir?: string;
  /** false with --no-journal: no undo journal is written. */
  journal: boolean;
}

function url(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    return value;
  } catch {
    throw new InvalidArgumentError(`"${value}" is not an http(s) URL, e.g. http://localhost:8000`);
  }
}

export function buildProgram(onRun: (o: CliOptions) => Promise<void>): Command {
  const program = new Command('dynoscope')
    .description('A terminal UI for Amazon DynamoDB: tables, scans, queries and exact item edits.')
    .version(pkg.version, '-v, --version')
    .argument('[table]', 'open this table directly')
    .option('--profile <name>', 'AWS profile from ~/.aws/config (also AWS_PROFILE)')
    .option('--region <region>', 'AWS region (also AWS_REGION or the profile\'s region)')
    .option('--endpoint-url <url>', 'send requests to this endpoint (DynamoDB Local, dynalite, LocalStack)', url)
    .option('--read-only', 'refuse every write, and hide write keys', false)
    .option('--no-journal', 'do not record writes in the undo journal ($XDG_STATE_HOME/dynoscope/journal.jsonl)')
    .option('--demo', 'start an embedded engine with sample tables, in memory', false)
    .option('--demo-dir <dir>', 'like --demo, but keep the data in this folder')
    .showHelpAfterError('(run dynoscope --help for usage)')
    .action(async (table: string | undefined, o: Omit<CliOptions, 'table'>) => {
      if ((o.demo || o.demoDir) && o.endpointUrl) program.error('error: --demo and --endpoint-url cannot be used together');
      await onRun({ ...o, table, demo: o.demo || !!o.demoDir });
    });
  registerSubcommands(program);
  return program;
}
