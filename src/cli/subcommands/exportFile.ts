// `dynoscope export -o FILE`: the app's export to a file (a temporary file beside the
// target, renamed on success), so FILE is either the whole export or as it was before;
// the last line says which.
import { resolve } from 'node:path';
import type { ExportProgress, PageSource } from '../../bulk/index.js';
import { runExport } from '../../bulk/exportToFile.js';
import { exists, tempPathFor } from '../../bulk/files.js';
import type { DynamoGateway } from '../../dynamo/client.js';
import { problemLine, type ProblemContext } from '../../dynamo/errors.js';
import type { ExportFlags } from './export.js';
import { n, type ProgressLine } from './progress.js';

export async function exportToFile(
  gateway: DynamoGateway, f: ExportFlags & { output: string }, source: PageSource, signal: AbortSignal,
  onProgress: (p: ExportProgress) => void, line: ProgressLine, ctx: ProblemContext,
): Promise<number> {
  const target = resolve(f.output);
  const existed = await exists(target);
  const temp = tempPathFor(target);
  let read = 0;
  const outcome = await runExport(gateway, { target, temp, format: f.format, source, overwrite: true, existed }, signal, (p) => {
    if (p.phase === 'read') read = p.items;
    onProgress(p);
  }, ctx);
  line.done();
  const say = (text: string) => process.stderr.write(`dynoscope export: ${text.replace(/\s*\n\s*/g, ' ')}\n`);
  if (outcome.kind === 'done') {
    say(`${n(outcome.progress.items)} items to ${f.output}`);
    return 0;
  }
  const left = `${f.output} ${existed ? 'was left as it was' : 'was not written'}${outcome.tempRemoved ? '' : ` (a partial copy remains at ${temp})`}`;
  if (outcome.kind === 'cancelled') {
    say(`cancelled after ${n(read)} items read; ${left}`);
    return 130;
  }
  say(`${outcome.problem ? problemLine(outcome.problem) : 'failed'}; ${left}`);
  return 1;
}
