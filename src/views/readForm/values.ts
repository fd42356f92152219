import type { ReadForm } from '../../dynamo/read/form.js';
import type { FormValues } from '../../state/form.js';

/** The form's values as its fields show them (no index or sort operator: an empty choice). */
export function readFormValues(form: ReadForm): FormValues {
  return { ...(form as unknown as FormValues), index: form.index ?? '', sortOp: form.sortOp ?? '' };
}

/** A value typed or chosen: an empty index or sort operator is none. */
export function setReadFormValue(form: ReadForm, key: string, value: string | boolean): ReadForm {
  return { ...form, [key]: key === 'index' || key === 'sortOp' ? (value || undefined) : value };
}
