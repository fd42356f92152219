// The import screen's state and its job: check the file, confirm, run importItems with
// progress into the screen's store, cancel. The job outlives the screen's component
// (help unmounts it), so it reports into the store and the app state, not into React.
import { createReadStream } from 'node:fs';
import { useApp } from '../../app/context.js';
import { importItems, type BulkFormat, type ImportProgress, type ImportSummary, type LineProblem } from '../../bulk/index.js';
import { describeError, problemLine, type Problem } from '../../dynamo/errors.js';
import { flash } from '../../state/flash.js';
import { formatCount } from '../../format/numbers.js';
import { checkImportFile, resolveFormat, type FormatChoice } from './paths.js';
import { cancelRunning, throttled, useScreenStore, type Store } from './store.js';

export interface ImportValues { path: string; format: FormatChoice; onError: 'skip' | 'stop' }
export interface ImportPlan { path: string; size: number; format: BulkFormat; auto: boolean; onError: 'skip' | 'stop' }

export interface ImportState {
  values: ImportValues;
  errors: Partial<Record<keyof ImportValues, string>>;
  step: 'form' | 'checking' | 'confirm' | 'running' | 'done';
  plan?: ImportPlan;
  progress?: ImportProgress;
  problems: LineProblem[];
  problemCount: number;
  cancelling?: boolean;
  summary?: ImportSummary;
  failure?: Problem;
  controller?: AbortController;
}

const KEPT = 100;

const initial = (): ImportState => ({
  values: { path: '', format: 'auto', onError: 'skip' }, errors: {}, step: 'form', problems: [], problemCount: 0,
});

export function useImport(table: string): { s: ImportState; store: Store<ImportState>; check(): void; start(): void; cancel(): boolean } {
  const { state, dispatch, gateway, region } = useApp();
  const [s, store] = useScreenStore(state.screens[state.screens.length - 1]!, initial);
  const ctx = { ...gateway.options, region, table };

  const check = () => {
    if (store.get().step !== 'form') return;
    const { values } = store.get();
    store.set({ step: 'checking', errors: {} });
    void checkImportFile(values.path).then((file) => {
      if (!file.ok) return store.set({ step: 'form', errors: { path: file.message } });
      const format = resolveFormat(values.format, file.path);
      if (!format.ok) return store.set({ step: 'form', errors: { format: format.message } });
      store.set({ step: 'confirm', plan: { path: file.path, size: file.size, format: format.format, auto: format.auto, onError: values.onError } });
    });
  };

  const start = () => {
    const { plan, step } = store.get();
    if (step !== 'confirm' || !plan) return;
    const controller = new AbortController();
    const busyId = `import-${Math.random().toString(36).slice(2)}`;
    const label = `importing ${plan.path} into ${table}`;
    dispatch({ type: 'busy', id: busyId, label });
    store.set({ step: 'running', controller, progress: undefined, summary: undefined, failure: undefined, problems: [], problemCount: 0, cancelling: false });
    const progress = throttled((p: ImportProgress) => store.set({ progress: p }));
    const end = (patch: Partial<ImportState>, level: 'info' | 'warn' | 'error', text: string) => {
      progress.flush();
      dispatch({ type: 'busy', id: busyId });
      store.set({ ...patch, step: 'done', controller: undefined, cancelling: false });
      // The grid under this screen reads its page again when it comes back.
      dispatch({ type: 'browse', table, action: { type: 'browse/reload' } });
      dispatch({ type: 'flash', flash: flash(level, text) });
    };
    const input = createReadStream(plan.path);
    importItems(gateway, {
      table, format: plan.format, onError: plan.onError, totalBytes: plan.size, input,
    }, {
      signal: controller.signal,
      onProgress: (p) => progress.push(p),
      onProblem: (p) => store.set((x) => ({
        problemCount: x.problemCount + 1,
        problems: x.problems.length < KEPT ? [...x.problems, p] : x.problems,
      })),
    }).then(
      (summary) => end({ summary, progress: summary },
        summary.stopped || summary.failed ? 'warn' : summary.cancelled ? 'warn' : 'info', importLine(table, summary)),
      (err) => end({ failure: describeError(err, ctx) }, 'error', `import into ${table} failed: ${problemLine(describeError(err, ctx))}`),
    ).finally(() => input.destroy());
  };

  const cancel = () => cancelRunning(store);

  return { s, store, check, start, cancel };
}

/** One line for the flash: what the import did. */
export function importLine(table: string, s: ImportSummary): string {
  const parts = [`${formatCount(s.written)} written`];
  if (s.skipped) parts.push(`${formatCount(s.skipped)} skipped`);
  if (s.failed) parts.push(`${formatCount(s.failed)} failed`);
  if (s.unsent) parts.push(`${formatCount(s.unsent)} not sent`);
  const how = s.cancelled ? 'cancelled' : s.stopped ? 'stopped' : 'done';
  return `import into ${table} ${how}: ${parts.join(', ')}`;
}
