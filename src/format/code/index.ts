// The forms a request can be shown and copied in: the aws command, boto3 and the
// JavaScript SDK v3, and for a single Scan or Query each SDK's "all pages" loop too.
// `tab` steps through them in this order in the request view and the write review.
import { awsCliCommand, cliContext } from '../../dynamo/read/awsCli.js';
import { boto3AllPages, boto3Code } from './boto3.js';
import { PAGED, type Call, type CodeContext } from './context.js';
import { jsSdkAllPages, jsSdkCode } from './jsSdk.js';

export { codeContext, type Call, type CodeContext } from './context.js';

export type CodeForm = 'cli' | 'boto3' | 'boto3Pages' | 'js' | 'jsPages';

export const CODE_LABELS: Record<CodeForm, string> = {
  cli: 'aws CLI',
  boto3: 'Python boto3',
  boto3Pages: 'Python boto3, all pages',
  js: 'JavaScript SDK v3',
  jsPages: 'JavaScript SDK v3, all pages',
};

/** The forms offered for these calls, in tab order. */
export function codeForms(calls: Call[]): CodeForm[] {
  const paged = calls.length === 1 && PAGED.has(calls[0]!.operation);
  return paged ? ['cli', 'boto3', 'boto3Pages', 'js', 'jsPages'] : ['cli', 'boto3', 'js'];
}

/** The form at a tab position (it wraps around, so any count of tabs is a position). */
export function codeFormAt(calls: Call[], position: number): CodeForm {
  const forms = codeForms(calls);
  return forms[((position % forms.length) + forms.length) % forms.length]!;
}

/** The text of one form: what is shown, and exactly what `y` copies. */
export function codeText(form: CodeForm, calls: Call[], ctx: CodeContext): string {
  switch (form) {
    case 'cli': {
      const cli = cliContext(ctx, ctx.region);
      return calls.map((c) => awsCliCommand(c.operation, c.input, cli)).join('\n');
    }
    case 'boto3': return boto3Code(calls, ctx);
    case 'boto3Pages': return boto3AllPages(calls[0]!, ctx);
    case 'js': return jsSdkCode(calls, ctx);
    case 'jsPages': return jsSdkAllPages(calls[0]!, ctx);
  }
}
