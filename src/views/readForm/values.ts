import type { ReadForm } from '../../dynamo/read/form.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import type { FormValues } from '../../state/form.js';
import { withIndex } from '../../state/readFormFields.js';

/** The form's values as its fields show them (no index or sort operator: an empty choice). */
export function readFormValues(form: ReadForm): FormValues {
  return { ...(form as unknown as FormValues), index: form.index ?? '', sortOp: form.sortOp ?? '' };
}

/** A value typed or chosen: an empty index or sort operator is none. Another index clears
 * the key values that were typed for the old index's keys (see withIndex). */
export function setReadFormValue(form: ReadForm, key: string, value: string | boolean, table?: TableInfo): ReadForm {
  if (key === 'index' && table) return withIndex(table, form, (value as string) || undefined);
  return { ...form, [key]: key === 'index' || key === 'sortOp' ? (value || undefined) : value };
}
