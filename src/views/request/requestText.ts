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

// Printing a request that carries a 390 KB value takes a few hundred ms; the view draws and
// its keys scroll the same request many times, so each request keeps its last printing.
const printed = new WeakMap<object, { inputs: object[]; key: string; shown: ShownCode }>();

export function shownCode(calls: Call[], position: number, ctx: CodeContext, width: number): ShownCode {
  if (!calls.length) return printCode(calls, position, ctx, width);
  const key = JSON.stringify([calls.map((c) => c.operation), position, ctx.endpoint, ctx.profile, ctx.region, width]);
  const kept = printed.get(calls[0].input);
  if (kept && kept.key === key && kept.inputs.length === calls.length && kept.inputs.every((x, i) => x === calls[i].input)) return kept.shown;
  const shown = printCode(calls, position, ctx, width);
  printed.set(calls[0].input, { inputs: calls.map((c) => c.input), key, shown });
  return shown;
}

function printCode(calls: Call[], position: number, ctx: CodeContext, width: number): ShownCode {
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
