// `dynoscope count TABLE`: the table screen's live count, printed.
import { liveCount } from '../../dynamo/liveCount.js';
import { compileExpression, createAllocator } from '../../dynamo/expressions/index.js';
import type { CountOptions } from '../../dynamo/requests.js';
import { contextOf, fail, interruptSignal, openGateway, UsageError, type ConnectionFlags } from './connection.js';
import { n, progressLine, retryText } from './progress.js';

interface CountFlags extends ConnectionFlags { index?: string; filter?: string; segments: number }

export async function runCount(table: string, f: CountFlags): Promise<number> {
  const ctx = contextOf(f, table);
  const interrupt = interruptSignal('count');
  const line = progressLine();
  let gateway;
  try {
    gateway = openGateway(f);
    const options: CountOptions = { table, index: f.index, segments: f.segments, filter: compileFilter(f.filter), capacity: false };
    const result = await liveCount(gateway, options, (p) => {
      line.update(() => `counting ${table}: ${n(p.count)} items · scanned ${n(p.scanned)} · ${p.segmentsDone}/${p.segments} segments${retryText(p.retry)}`);
    }, interrupt.signal);
    line.done();
    if (result.cancelled) {
      process.stderr.write(`dynoscope count: cancelled after ${n(result.scanned)} scanned (${n(result.count)} counted so far; ${result.segmentsDone} of ${result.segments} segments done)\n`);
      return 130;
    }
    // The count alone on stdout, so `$(dynoscope count T)` is a number.
    process.stdout.write(f.filter ? `${result.count} (scanned ${result.scanned})\n` : `${result.count}\n`);
    return 0;
  } catch (err) {
    line.done();
    return fail('count', err, ctx);
  } finally {
    interrupt.dispose();
    gateway?.destroy();
  }
}

function compileFilter(text: string | undefined): CountOptions['filter'] {
  if (!text?.trim()) return undefined;
  const alloc = createAllocator();
  const r = compileExpression('filter', text, alloc);
  if (!r.ok) throw new UsageError(`--filter: ${r.error.message}`);
  const done = alloc.finish();
  if (!done.ok) throw new UsageError(`--filter: ${done.error.message}`);
  return { FilterExpression: r.expression, ...done.attributes };
}
