// `dynoscope import TABLE FILE`: items of a file into a table; bad lines to stderr with
// their line numbers, the summary on stdout.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { formatFromPath, importItems, type BulkFormat, type ImportSummary } from '../../bulk/index.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { contextOf, fail, interruptSignal, openGateway, UsageError, type ConnectionFlags } from './connection.js';
import { n, progressLine, retryText } from './progress.js';
import { etaMs, formatEta, formatFraction, formatRate, fractionOf } from '../../format/progress.js';

interface ImportFlags extends ConnectionFlags { format?: BulkFormat; onError: 'skip' | 'stop' }

export async function runImport(table: string, file: string, f: ImportFlags): Promise<number> {
  const ctx = contextOf(f, table);
  const interrupt = interruptSignal('import');
  const line = progressLine();
  let gateway;
  let input: Readable | undefined;
  try {
    const format = f.format ?? (file === '-' ? undefined : formatFromPath(file));
    if (!format) throw new UsageError(`cannot tell the format of ${file === '-' ? 'stdin' : file}; pass --format jsonl|json|csv|ddb-json`);
    const totalBytes = file === '-' ? undefined : (await stat(file)).size;
    gateway = openGateway(f);
    input = file === '-' ? process.stdin : createReadStream(file);
    const summary = await importItems(gateway, { table, format, onError: f.onError, totalBytes, input }, {
      signal: interrupt.signal,
      onProblem: (p) => {
        line.done();
        const why = p.kind === 'failed' && p.error ? problemLine(describeError(p.error, ctx)) : p.message;
        process.stderr.write(`${file}:${p.line}: ${KIND[p.kind]}: ${why}\n`);
      },
      onProgress: (p) => line.update(() => {
        // The same measures as the import screen's, by bytes of the file.
        const fraction = fractionOf(p.bytesRead, p.totalBytes);
        const part = fraction === undefined ? '' : ` · ${formatFraction(fraction)} · ${formatEta(etaMs(p.bytesRead, p.totalBytes, p.elapsedMs))}`;
        return `importing into ${table}: ${n(p.written)} written · ${n(p.skipped)} skipped · ${n(p.failed)} failed · ${formatRate(p.written, p.elapsedMs)}${part}${retryText(p.retry)}`;
      }),
    });
    line.done();
    return report(summary, file, ctx);
  } catch (err) {
    line.done();
    return fail('import', err, ctx);
  } finally {
    // A cancelled read of stdin would otherwise keep the process waiting for input.
    input?.destroy();
    interrupt.dispose();
    gateway?.destroy();
  }
}

const KIND = { skipped: 'skipped', failed: 'not written', unknown: 'outcome unknown' } as const;

function report(s: ImportSummary, file: string, ctx: ReturnType<typeof contextOf>): number {
  const parts = [`${n(s.written)} written`, `${n(s.skipped)} skipped`, `${n(s.failed)} failed`];
  if (s.unsent) parts.push(`${n(s.unsent)} not sent`);
  if (s.unknown) parts.push(`${n(s.unknown)} unknown (sent, no answer: may or may not be written)`);
  process.stdout.write(`${parts.join(', ')} (${n(s.read)} items read in ${(s.elapsedMs / 1000).toFixed(1)} s)\n`);
  if (s.cancelled) {
    process.stderr.write('dynoscope import: cancelled; the counts above are exact\n');
    return 130;
  }
  if (s.stopped) {
    const where = s.stopped.line !== undefined ? `${file}:${s.stopped.line}` : 'import';
    const why = s.stopped.error ? problemLine(describeError(s.stopped.error, ctx)) : s.stopped.message.replace(/^line \d+: /, '');
    process.stderr.write(`dynoscope import: stopped at ${where}: ${why}\n`);
    return 1;
  }
  return s.skipped || s.failed || s.unknown ? 1 : 0;
}
