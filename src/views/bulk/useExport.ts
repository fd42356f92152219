// The export screen's state and its job: check the target, run the export into a
// temporary file with progress in the screen's store, cancel.
import { useApp } from '../../app/context.js';
import type { BulkFormat, ExportProgress } from '../../bulk/index.js';
import type { Screen } from '../../state/screens.js';
import { flash } from '../../state/flash.js';
import { describeError } from '../../dynamo/errors.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { runExport, sourceOf, type ExportOutcome, type ExportPlan } from './exportJob.js';
import { checkExportTarget, defaultExportPath, tempPathFor } from './paths.js';
import { cancelRunning, throttled, useScreenStore } from './store.js';

export type ExportScreen = Extract<Screen, { kind: 'export' }>;

export interface ExportValues { path: string; format: BulkFormat; segments: string; overwrite: boolean }

export interface ExportState {
  values: ExportValues;
  /** Until the path is edited it follows the format's extension. */
  pathEdited: boolean;
  errors: Partial<Record<keyof ExportValues, string>>;
  step: 'form' | 'checking' | 'running' | 'done';
  plan?: ExportPlan;
  progress?: ExportProgress;
  /** CSV: items read in its first step, the total of its second (rows). */
  readItems?: number;
  cancelling?: boolean;
  outcome?: ExportOutcome;
  controller?: AbortController;
}

export const DEFAULT_SEGMENTS = 4;
export const MAX_SEGMENTS = 64;

export function useExport(screen: ExportScreen) {
  const { dispatch, gateway, region } = useApp();
  const { table } = screen;
  const [s, store] = useScreenStore<ExportState>(screen, () => ({
    values: { path: defaultExportPath(table, 'jsonl'), format: 'jsonl', segments: String(DEFAULT_SEGMENTS), overwrite: false },
    pathEdited: false, errors: {}, step: 'form',
  }));

  const set = (key: keyof ExportValues, value: string | boolean) => store.set((x) => {
    const values = { ...x.values, [key]: value };
    if (key === 'format' && !x.pathEdited) values.path = defaultExportPath(table, value as BulkFormat);
    return { values, pathEdited: x.pathEdited || key === 'path', errors: { ...x.errors, [key]: undefined, ...(key === 'overwrite' ? { path: undefined } : {}) } };
  });

  const submit = () => {
    if (store.get().step !== 'form') return;
    const { values } = store.get();
    const segments = Number(values.segments.trim());
    if (screen.operation === 'Scan' && !(Number.isInteger(segments) && segments >= 1 && segments <= MAX_SEGMENTS)) {
      return store.set({ errors: { segments: `a whole number from 1 to ${MAX_SEGMENTS} (parallel Scan requests)` } });
    }
    store.set({ step: 'checking', errors: {} });
    void checkExportTarget(values.path, values.overwrite).then((t) => {
      if (!t.ok) return store.set({ step: 'form', errors: { path: t.message } });
      start({
        target: t.path, temp: tempPathFor(t.path), format: values.format, overwrite: values.overwrite, existed: t.existed,
        source: sourceOf(screen.operation, screen.input, segments),
      });
    });
  };

  const start = (plan: ExportPlan) => {
    const controller = new AbortController();
    const busyId = `export-${Math.random().toString(36).slice(2)}`;
    dispatch({ type: 'busy', id: busyId, label: `exporting ${screen.label} of ${table} to ${plan.target}` });
    store.set({ step: 'running', plan, controller, progress: undefined, readItems: undefined, outcome: undefined, cancelling: false });
    const progress = throttled((p: ExportProgress) => store.set((x) => ({
      progress: p, readItems: p.phase === 'read' ? p.items : x.readItems,
    })));
    const ctx = { ...gateway.options, region, table };
    const finish = (outcome: ExportOutcome) => {
      progress.flush();
      dispatch({ type: 'busy', id: busyId });
      store.set({ step: 'done', outcome, controller: undefined, cancelling: false });
      const [level, text] = outcomeLine(plan, outcome);
      dispatch({ type: 'flash', flash: flash(level, text) });
    };
    runExport(gateway, plan, controller.signal, (p) => progress.push(p), ctx).then(
      finish,
      (err) => finish({ kind: 'failed', problem: describeError(err, ctx), tempRemoved: false }),
    );
  };

  const cancel = () => cancelRunning(store);

  return { s, store, set, submit, cancel };
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
