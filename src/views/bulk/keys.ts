// The import and export screens' keys, by step: the form's, then confirm (import), then
// esc to cancel a running job, then esc back (to the form after a failure).
import { formLayer } from '../../app/formLayer.js';
import type { Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { cancelExport, patchExport, setExportValue, submitExport } from '../../state/controllers/exportJob.js';
import { cancelImport, checkImport, patchImport, startImport } from '../../state/controllers/importJob.js';
import { pop, update } from '../../state/controllers/navigation.js';
import type { ImportValues } from '../../state/bulkJobs.js';
import type { EntryOf } from '../../state/screens.js';
import { exportFields, importFields, jobValues } from './importForm.js';

export function importLayer(ctx: Ctx, e: EntryOf<'import'>): Layer {
  const { id, job } = e;
  const back = () => pop(ctx, id);
  if (ctx.store.getState().connection.readOnly) return { scopes: [], handlers: { back } };
  switch (job.step) {
    case 'form':
      return formLayer({
        fields: importFields(job),
        values: jobValues(job),
        ui: e.ui,
        set: (key, value, ui) => update(ctx, id, 'import', (x) => {
          const k = key as keyof ImportValues;
          return { ...x, ui, job: { ...x.job, values: { ...x.job.values, [k]: value }, errors: { ...x.job.errors, [k]: undefined, ...(k === 'path' ? { format: undefined } : {}) } } };
        }),
        setUi: (ui) => update(ctx, id, 'import', (x) => ({ ...x, ui })),
        submit: () => { void checkImport(ctx, id); },
        cancel: back,
      });
    case 'checking': return { scopes: [], handlers: {} };
    case 'confirm': {
      const toForm = () => patchImport(ctx, id, { step: 'form' });
      return { scopes: ['confirm'], handlers: { 'confirm.start': () => startImport(ctx, id), 'confirm.back': toForm, back: toForm } };
    }
    case 'running': {
      const cancel = () => { cancelImport(ctx, id); };
      return { scopes: ['running'], handlers: { 'job.cancel': cancel, back: cancel } };
    }
    case 'done':
      return { scopes: [], handlers: { back: () => (job.failure ? patchImport(ctx, id, { step: 'form', failure: undefined }) : back()) } };
  }
}

export function exportLayer(ctx: Ctx, e: EntryOf<'export'>): Layer {
  const { id, job } = e;
  const back = () => pop(ctx, id);
  switch (job.step) {
    case 'form':
      return formLayer({
        fields: exportFields(e.table, e.operation),
        values: jobValues(job),
        ui: e.ui,
        set: (key, value, ui) => {
          setExportValue(ctx, id, key as 'path', value);
          update(ctx, id, 'export', (x) => ({ ...x, ui }));
        },
        setUi: (ui) => update(ctx, id, 'export', (x) => ({ ...x, ui })),
        submit: () => { void submitExport(ctx, id); },
        cancel: back,
      });
    case 'checking': return { scopes: [], handlers: {} };
    case 'running': {
      const cancel = () => { cancelExport(ctx, id); };
      return { scopes: ['running'], handlers: { 'job.cancel': cancel, back: cancel } };
    }
    case 'done':
      return { scopes: [], handlers: { back: () => (job.outcome?.kind === 'failed' ? patchExport(ctx, id, { step: 'form', outcome: undefined }) : back()) } };
  }
}
