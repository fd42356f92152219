// A request as the equivalent AWS CLI v2 command, ready to paste into bash. Written over
// the input's own fields, the way the CLI derives its options from the API model, so it
// serves every operation (GetItem, PutItem, UpdateItem, ...), not only Scan and Query.
import { toBase64 } from '../codec/index.js';

export interface CliContext { region?: string; endpoint?: string; profile?: string }

/** The command's context for the app's connection. The region goes in with an endpoint
 * too: the CLI asks for one even then (and a local engine keeps tables per region), and
 * the user's AWS config may name another one than the app resolved. */
export function cliContext(connection: { endpoint?: string; profile?: string; region?: string }, region?: string): CliContext {
  return { endpoint: connection.endpoint, profile: connection.profile, region: region ?? connection.region };
}

/**
 * Operations the CLI pages through on its own (botocore's dynamodb paginators-1.json).
 * For these it would otherwise keep requesting pages until the end, merging them, so a
 * command meant to show one page says --no-paginate: then it sends exactly the one
 * request, with --limit and --exclusive-start-key as given. (--page-size and --max-items
 * would still page: --page-size is Limit per request, --max-items a total over requests.)
 */
const PAGINATED = new Set(['Scan', 'Query', 'ListTables', 'ListBackups', 'ListTagsOfResource']);

export function awsCliCommand(operation: string, input: object, ctx: CliContext = {}): string {
  const words = ['aws', 'dynamodb', kebab(operation)];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    words.push(...option(kebab(name), value));
  }
  if (PAGINATED.has(operation)) words.push('--no-paginate');
  if (ctx.region) words.push(...option('region', ctx.region));
  if (ctx.endpoint) words.push(...option('endpoint-url', ctx.endpoint));
  if (ctx.profile) words.push(...option('profile', ctx.profile));
  return words.join(' ');
}

/** The CLI's option name for an API member, by botocore's rule (SSESpecification -> sse-specification). */
export function kebab(apiName: string): string {
  return apiName
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

function option(flag: string, value: unknown): string[] {
  if (typeof value === 'boolean') return [value ? `--${flag}` : `--no-${flag}`];
  const text = typeof value === 'string' ? value
    : typeof value === 'number' || typeof value === 'bigint' ? String(value)
    : cliJson(value);
  // The CLI's argument parser would take a value starting with "-" for an option; the
  // --flag=value form is the one it documents for such values.
  if (text.startsWith('-')) return [shellQuote(`--${flag}=${text}`)];
  return [`--${flag}`, shellQuote(text)];
}

/**
 * Compact JSON as the CLI reads it for structures, lists and maps. Binary goes as base64,
 * which is what CLI v2 expects by default (cli_binary_format base64).
 */
export function cliJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // Check the holder's original value: a Buffer's toJSON has already run by now.
    const original = this[key];
    return original instanceof Uint8Array ? toBase64(original) : v;
  });
}

// Left bare, these characters mean nothing to bash in any position of a word. `#` (a
// comment at the start of a word), `~` (home at the start), `{` `}` (brace expansion)
// and `!` (history in an interactive shell) are deliberately absent.
const SAFE = /^[A-Za-z0-9_./:@%+=,-]+$/;

/** A bash word for any text: bare if it is safe, else single quotes, `'` written `'\''`. */
export function shellQuote(text: string): string {
  if (SAFE.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
