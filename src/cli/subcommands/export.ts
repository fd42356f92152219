// `dynoscope export TABLE`: items to stdout (or -o FILE) in one of the formats.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { buildScanInput, exportItems, type BulkFormat } from '../../bulk/index.js';
import { contextOf, fail, interruptSignal, openGateway, UsageError, type ConnectionFlags } from './connection.js';
import { heapKeeper } from './heap.js';
import { n, progressLine } from './progress.js';
import { formatRate } from '../../format/progress.js';

interface ExportFlags extends ConnectionFlags {
  index?: string; filter?: string; projection?: string; format: BulkFormat; output?: string; segments: number;
}

export async function runExport(table: string, f: ExportFlags): Promise<number> {
  const ctx = contextOf(f, table);
  const interrupt = interruptSignal();
  const line = progressLine();
  let gateway;
  let output: Writable | undefined;
  try {
    const scan = buildScanInput({ table, index: f.index, filter: f.filter, projection: f.projection });
    if (!scan.ok) throw new UsageError(`--${scan.field}: ${scan.message}`);
    gateway = openGateway(f, 1);
    output = f.output ? createWriteStream(f.output) : process.stdout;
    const keepHeap = heapKeeper();
    const result = await exportItems(gateway, {
      source: { operation: 'Scan', input: scan.input, segments: f.segments }, format: f.format, output,
    }, {
      signal: interrupt.signal,
      onProgress: (p) => {
        keepHeap(p.bytes);
        line.update(() => (p.phase === 'rows'
          ? `writing CSV rows: ${n(p.items)}`
          : `exporting ${table}: ${n(p.items)} items · scanned ${n(p.scanned)} · ${formatRate(p.items, p.elapsedMs)}`));
      },
    });
    line.done();
    if (f.output) {
      output.end();
      await finished(output);
      process.stderr.write(`dynoscope export: ${n(result.items)} items to ${f.output}\n`);
    }
    return 0;
  } catch (err) {
    line.done();
    if (output && f.output) output.destroy();
    // The reader went away (`| head`): not an error of the export.
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    if (interrupt.signal.aborted) {
      process.stderr.write(`dynoscope export: cancelled${f.output ? `; ${f.output} is incomplete` : ''}\n`);
      return 130;
    }
    return fail('export', err, ctx);
  } finally {
    interrupt.dispose();
    gateway?.destroy();
  }
}
