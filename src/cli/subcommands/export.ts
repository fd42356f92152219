// `dynoscope export TABLE`: items to stdout (or -o FILE) in one of the formats.
import { buildScanInput, exportItems, type BulkFormat, type ExportProgress, type PageSource } from '../../bulk/index.js';
import { contextOf, fail, interruptSignal, openGateway, UsageError, type ConnectionFlags } from './connection.js';
import { exportToFile } from './exportFile.js';
import { heapKeeper } from './heap.js';
import { n, progressLine, retryText } from './progress.js';
import { formatRate } from '../../format/progress.js';

export interface ExportFlags extends ConnectionFlags {
  index?: string; filter?: string; projection?: string; format: BulkFormat; output?: string; segments: number;
}

export async function runExport(table: string, f: ExportFlags): Promise<number> {
  const ctx = contextOf(f, table);
  const interrupt = interruptSignal('export');
  const line = progressLine();
  let gateway;
  try {
    const scan = buildScanInput({ table, index: f.index, filter: f.filter, projection: f.projection });
    if (!scan.ok) throw new UsageError(`--${scan.field}: ${scan.message}`);
    gateway = openGateway(f);
    const source: PageSource = { operation: 'Scan', input: scan.input, segments: f.segments };
    const keepHeap = heapKeeper();
    const onProgress = (p: ExportProgress) => {
      keepHeap(p.bytes);
      line.update(() => (p.phase === 'rows'
        ? `writing CSV rows: ${n(p.items)}`
        : `exporting ${table}: ${n(p.items)} items · scanned ${n(p.scanned)} · ${formatRate(p.items, p.elapsedMs)}${retryText(p.retry)}`));
    };
    if (f.output) return await exportToFile(gateway, { ...f, output: f.output }, source, interrupt.signal, onProgress, line, ctx);
    await exportItems(gateway, { source, format: f.format, output: process.stdout }, { signal: interrupt.signal, onProgress });
    line.done();
    return 0;
  } catch (err) {
    line.done();
    // The reader went away (`| head`): not an error of the export.
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    if (interrupt.signal.aborted) {
      process.stderr.write('dynoscope export: cancelled\n');
      return 130;
    }
    return fail('export', err, ctx);
  } finally {
    interrupt.dispose();
    gateway?.destroy();
  }
}
