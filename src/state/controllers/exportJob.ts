// `X`: check the target, run the export into a temporary file with progress in the
// screen's entry, cancel. The target is either the whole export or as it was before.
import type { BulkFormat, ExportProgress } from '../../bulk/index.js';
import { formatFromPath } from '../../bulk/formats.js';
import { checkExportTarget, defaultExportPath, tempPathFor } from '../../bulk/files.js';
import { runExport, sourceOf, type ExportOutcome, type ExportPlan } from '../../bulk/exportToFile.js';
import { describeError } from '../../dynamo/errors.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { DEFAULT_SEGMENTS, MAX_SEGMENTS, type ExportJob, type ExportValues } from '../bulkJobs.js';
import { exportRequest } from '../exportRequest.js';
import { firstField } from '../form.js';
import type { ReadRequest } from '../browse.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { entry, push, update } from './navigation.js';
import { throttled } from './throttle.js';

const patch = (ctx: Ctx, id: number, p: Partial<ExportJob> | ((j: ExportJob) => Partial<ExportJob>)) =>
  update(ctx, id, 'export', (e) => ({ ...e, job: { ...e.job, ...(typeof p === 'function' ? p(e.job) : p) } }));

/** Opens the export of the grid's request (every page of it). */
export function openExport(ctx: Ctx, table: string, request: ReadRequest | undefined): void {
  const job: ExportJob = {
    values: { path: defaultExportPath(table, 'jsonl'), format: 'jsonl', segments: String(DEFAULT_SEGMENTS), overwrite: false },
    pathEdited: false, errors: {}, step: 'form',
  };
  push(ctx, { kind: 'export', table, ...exportRequest(table, request), job, ui: firstField });
}

/** A value typed or chosen. Until the path is edited it follows the chosen format's
 * extension; until a format is chosen it follows the typed path's (`movies.csv` is CSV). */
export function setExportValue(ctx: Ctx, id: number, key: keyof ExportValues, value: string | boolean): void {
  const table = entry(ctx, id, 'export')?.table ?? '';
  patch(ctx, id, (x) => {
    const values = { ...x.values, [key]: value };
    if (key === 'format' && !x.pathEdited) values.path = defaultExportPath(table, value as BulkFormat);
    const byExtension = key === 'path' && !x.formatChosen ? formatFromPath(String(value)) : undefined;
    if (byExtension) values.format = byExtension;
    return {
      values,
      pathEdited: x.pathEdited || key === 'path',
      formatChosen: x.formatChosen || key === 'format',
      errors: { ...x.errors, [key]: undefined, ...(key === 'overwrite' ? { path: undefined } : {}) },
    };
  });
}

export async function submitExport(ctx: Ctx, id: number): Promise<void> {
  const e = entry(ctx, id, 'export');
  if (!e || e.job.step !== 'form') return;
  const { values } = e.job;
  const segments = Number(values.segments.trim());
  if (e.operation === 'Scan' && !(Number.isInteger(segments) && segments >= 1 && segments <= MAX_SEGMENTS)) {
    return patch(ctx, id, { errors: { segments: `a whole number from 1 to ${MAX_SEGMENTS} (parallel Scan requests)` } });
  }
  patch(ctx, id, { step: 'checking', errors: {} });
  const t = await checkExportTarget(values.path, values.overwrite);
  if (!t.ok) return patch(ctx, id, { step: 'form', errors: { path: t.message } });
  start(ctx, id, {
    target: t.path, temp: tempPathFor(t.path), format: values.format, overwrite: values.overwrite, existed: t.existed,
    source: sourceOf(e.operation, e.input, segments),
  });
}

function start(ctx: Ctx, id: number, plan: ExportPlan): void {
  const e = entry(ctx, id, 'export');
  if (!e) return;
  const name = `${id}/job`;
  const signal = ctx.jobs.start(name);
  patch(ctx, id, { step: 'running', plan, progress: undefined, readItems: undefined, outcome: undefined, cancelling: false });
  const progress = throttled((p: ExportProgress) => patch(ctx, id, (x) => ({ progress: p, readItems: p.phase === 'read' ? p.items : x.readItems })));
  const pc = problemContext(ctx, e.table);
  const finish = (outcome: ExportOutcome) => {
    progress.flush();
    patch(ctx, id, { step: 'done', outcome, cancelling: false });
    const [level, text] = outcomeLine(plan, outcome);
    say(ctx, level, text);
  };
  void whileBusy(ctx, name, `exporting ${e.label} of ${e.table} to ${plan.target}`, () => runExport(ctx.gateway(), plan, signal, (p) => progress.push(p), pc)).then(
    finish,
    (err) => finish({ kind: 'failed', problem: describeError(err, pc), tempRemoved: false }),
  ).finally(() => ctx.jobs.end(name, signal));
}

export function cancelExport(ctx: Ctx, id: number): boolean {
  if (entry(ctx, id, 'export')?.job.step !== 'running' || !ctx.jobs.cancel(`${id}/job`)) return false;
  patch(ctx, id, { cancelling: true });
  return true;
}

/** What became of the target and the temporary file after a cancel or a failure. */
export function leftBehind(plan: ExportPlan, o: ExportOutcome): { target: string; temp: string } {
  return {
    target: plan.existed ? `${plan.target} is as it was` : `${plan.target} was not written`,
    temp: o.kind !== 'done' && !o.tempRemoved ? `the temporary file ${plan.temp} could not be removed` : 'the temporary file was removed',
  };
}

export function outcomeLine(plan: ExportPlan, o: ExportOutcome): ['info' | 'warn' | 'error', string] {
  if (o.kind === 'done') return ['info', `exported ${formatCount(o.progress.items)} items to ${plan.target} (${formatBytes(o.size)})`];
  const { target, temp } = leftBehind(plan, o);
  if (o.kind === 'cancelled') return ['warn', `export cancelled: ${target}; ${temp}`];
  return ['error', `export failed: ${o.problem?.title ?? 'error'}; ${target}; ${temp}`];
}

export { patch as patchExport };
