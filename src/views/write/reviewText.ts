// The review of a write as lines: each request's aws command and its exact JSON (a batch
// delete has one BatchWriteItem per 25 keys; a key change, a PutItem then a DeleteItem).
import type { CliContext } from '../../dynamo/read/awsCli.js';
import type { PendingWrite } from '../../state/writeFlow.js';
import { requestLines } from '../request/requestText.js';

export function reviewLines(pending: PendingWrite, cli: CliContext, width: number): string[] {
  const many = pending.requests.length > 1;
  return pending.requests.flatMap((r, i) => [
    ...(many ? [`# ${i + 1} of ${pending.requests.length}: ${r.operation}`] : []),
    ...requestLines(r.operation, r.input, cli, width).lines,
    ...(many && i < pending.requests.length - 1 ? [''] : []),
  ]);
}
