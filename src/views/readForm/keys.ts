import { formLayer } from '../../app/formLayer.js';
import type { Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { openRecall } from '../../state/controllers/history.js';
import { update } from '../../state/controllers/navigation.js';
import { cancelReadForm, submitReadForm } from '../../state/controllers/readForm.js';
import { openSavePrompt } from '../../state/controllers/savedQueries.js';
import { readFormFields } from '../../state/readFormFields.js';
import type { EntryOf } from '../../state/screens.js';
import { readFormValues, setReadFormValue } from './values.js';

export function readFormLayer(ctx: Ctx, e: EntryOf<'readForm'>): Layer {
  const summary = ctx.store.getState().tables.summaries[e.table];
  if (summary?.state !== 'ok') return { scopes: ['form'], handlers: { back: () => cancelReadForm(ctx, e.id) } };
  const set = (patch: (x: EntryOf<'readForm'>) => EntryOf<'readForm'>) => update(ctx, e.id, 'readForm', patch);
  const layer = formLayer({
    fields: readFormFields(summary.info, e.form),
    values: readFormValues(e.form),
    ui: e.ui,
    set: (key, value, ui) => set((x) => ({ ...x, form: setReadFormValue(x.form, key, value, summary.info), ui, errors: { ...x.errors, [key]: undefined } })),
    setUi: (ui) => set((x) => ({ ...x, ui })),
    submit: () => { void submitReadForm(ctx, e.id); },
    cancel: () => cancelReadForm(ctx, e.id),
    // ctrl+r / ctrl+s belong to the read forms only (the write forms have the `form` scope alone).
    scopes: ['readForm', 'form'],
  });
  // While the form's first page is read, the list would fill a form that is about to close.
  if (!e.running) {
    layer.handlers['history.open'] = () => { void openRecall(ctx, e.id); };
    layer.handlers['query.save'] = () => { void openSavePrompt(ctx, e.id); };
  }
  return layer;
}
