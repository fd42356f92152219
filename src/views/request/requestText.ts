// A request as the request view and the write review show it: the aws command first (it is
// short and it is what people paste), then the exact request JSON.
import { awsCliCommand, type CliContext } from '../../dynamo/read/awsCli.js';
import { requestJson } from '../../dynamo/requestJson.js';
import { wrapLine } from '../../format/wrap.js';

export function requestLines(operation: string, input: object, cli: CliContext, width: number): { command: string; lines: string[] } {
  const command = awsCliCommand(operation, input, cli);
  return { command, lines: [...wrapLine(command, width - 1), '', ...requestJson(operation, input).split('\n')] };
}
