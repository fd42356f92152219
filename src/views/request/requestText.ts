// A request as the request view and the write review show it: the aws command first (it is
// short and it is what people paste), then the exact request JSON.
import { awsCliCommand, type CliContext } from '../../dynamo/read/awsCli.js';
import { requestJson } from '../../dynamo/requestJson.js';
import { wrapLine } from '../../format/wrap.js';

type RequestText = { command: string; lines: string[] };

// Printing a request that carries a 390 KB value takes a few hundred ms; the view draws and
// its keys scroll the same request many times, so each input keeps its last printing.
const printed = new WeakMap<object, { key: string; text: RequestText }>();

export function requestLines(operation: string, input: object, cli: CliContext, width: number): RequestText {
  const key = JSON.stringify([operation, cli.endpoint, cli.profile, cli.region, width]);
  const kept = printed.get(input);
  if (kept?.key === key) return kept.text;
  const command = awsCliCommand(operation, input, cli);
  const text = { command, lines: [...wrapLine(command, width - 1), '', ...requestJson(operation, input).split('\n')] };
  printed.set(input, { key, text });
  return text;
}
