// A scan or query form as the files keep it: plain JSON a person can read and edit, with
// empty fields left out (so a saved query shows only what matters), and read back
// tolerantly (a number where text is expected is taken as its text).
import { emptyReadForm, SORT_OPS, type ReadForm, type SortOp } from '../dynamo/read/form.js';

/** The form's fields as stored: `mode` and `pageSize` always, the rest only when set. */
export type StoredForm = Record<string, string | boolean>;

const TEXT_FIELDS = ['partitionValue', 'sortValue', 'sortValue2', 'filter', 'projection', 'values', 'names'] as const;
const FLAGS = ['descending', 'consistent'] as const;

export function formToJson(form: ReadForm): StoredForm {
  const out: StoredForm = { mode: form.mode };
  if (form.index !== undefined) out.index = form.index;
  if (form.sortOp !== undefined) out.sortOp = form.sortOp;
  for (const k of TEXT_FIELDS) if (form[k]) out[k] = form[k]!;
  out.pageSize = form.pageSize;
  for (const k of FLAGS) if (form[k]) out[k] = true;
  return out;
}

/** Two forms that would send the same request (the same stored fields). */
export function formKey(form: ReadForm): string {
  return JSON.stringify(formToJson(form));
}

export type FormRead = { ok: true; form: ReadForm } | { ok: false; error: string };

/** A stored form back; unknown fields are ignored, a field of the wrong type is an error. */
export function formFromJson(value: unknown): FormRead {
  if (!isRecord(value)) return { ok: false, error: 'not an object' };
  const mode = value.mode;
  if (mode !== 'scan' && mode !== 'query') return { ok: false, error: 'mode is neither "scan" nor "query"' };
  const form: ReadForm = emptyReadForm(mode);
  const text = (key: string): string | undefined | Error => {
    const v = value[key];
    if (v === undefined || v === null) return undefined;
    // lossless-json numbers (LosslessNumber) and plain numbers both print as their digits.
    if (typeof v === 'string' || typeof v === 'number' || isLosslessNumber(v)) return String(v);
    return new Error(`${key} is not text`);
  };
  for (const k of [...TEXT_FIELDS, 'pageSize', 'index', 'sortOp'] as const) {
    const v = text(k);
    if (v instanceof Error) return { ok: false, error: v.message };
    if (v === undefined) continue;
    if (k === 'sortOp') {
      if (!(SORT_OPS as readonly string[]).includes(v)) return { ok: false, error: `sortOp ${JSON.stringify(v)} is not one of ${SORT_OPS.join(' ')}` };
      form.sortOp = v as SortOp;
    } else if (k === 'index') {
      form.index = v || undefined;
    } else {
      form[k] = v;
    }
  }
  for (const k of FLAGS) {
    const v = value[k];
    if (v !== undefined && typeof v !== 'boolean') return { ok: false, error: `${k} is not true or false` };
    form[k] = v === true;
  }
  return { ok: true, form };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLosslessNumber(v: unknown): boolean {
  return isRecord(v) && (v as { isLosslessNumber?: unknown }).isLosslessNumber === true;
}
