// A request as the request view and the write review show it: the call in the form `tab`
// chose (the aws command first: it is short and it is what people paste; then boto3 and
// the JavaScript SDK v3), then the exact request JSON.
import { CODE_LABELS, codeFormAt, codeForms, codeText, type Call, type CodeContext, type CodeForm } from '../../format/code/index.js';
import { requestJson } from '../../dynamo/requestJson.js';
import { wrapLine } from '../../format/wrap.js';

export interface ShownCode {
  form: CodeForm;
  label: string;
  /** Exactly what `y` copies. */
  text: string;
  /** The code (wrapped to the width), a blank line, then each request's JSON. */
  lines: string[];
}

export function shownCode(calls: Call[], position: number, ctx: CodeContext, width: number): ShownCode {
  const form = codeFormAt(calls, position);
  const text = codeText(form, calls, ctx).replace(/\n+$/, '');
  const many = calls.length > 1;
  const json = calls.flatMap((c, i) => [
    ...(many ? [`# ${i + 1} of ${calls.length}: ${c.operation}`] : []),
    ...requestJson(c.operation, c.input).split('\n'),
    ...(many && i < calls.length - 1 ? [''] : []),
  ]);
  return { form, label: CODE_LABELS[form], text, lines: [...text.split('\n').flatMap((l) => wrapLine(l, width - 1)), '', ...json] };
}

export const codeLabel = (calls: Call[], position: number): string => CODE_LABELS[codeFormAt(calls, position)];

/** The hint under the title: which form is shown and what tab and y do. */
export function codeHint(calls: Call[], position: number): string {
  const forms = codeForms(calls);
  const next = CODE_LABELS[codeFormAt(calls, position + 1)];
  return `${CODE_LABELS[codeFormAt(calls, position)]} shown (${forms.indexOf(codeFormAt(calls, position)) + 1}/${forms.length}) · tab: ${next} · y copies it`;
}
