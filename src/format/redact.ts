// Credentials out of any text shown on screen or written to stderr. Some AWS errors quote
// the canonical request or the string to sign (session token, access key id, signature),
// and credential providers quote what they read. Pure; over-redacting is the safe error.

export const REDACTED = '[redacted]';

// Names whose value is a credential, in any of the spellings seen in AWS messages, config
// files, SDK caches and HTTP: aws_secret_access_key, SecretAccessKey, X-Amz-Security-Token...
const SECRET_NAMES = [
  '(?:aws[_-]?)?secret[_-]?access[_-]?key',
  '(?:aws[_-]?)?access[_-]?key[_-]?id',
  '(?:aws[_-]?)?session[_-]?token',
  '(?:x[_-]amz[_-])?security[_-]?token',
  '(?:x[_-]amz[_-])?signature',
  '(?:x[_-]amz[_-])?credential',
  'access[_-]?token', 'refresh[_-]?token', 'client[_-]?secret',
].join('|');

// NAME=value, NAME: value, "NAME": "value", \"NAME\":\"value\", <NAME>value</NAME>. The
// value runs to the next delimiter; base64's + / = are part of it.
const NAMED_VALUE = new RegExp(
  `(?<![A-Za-z0-9])((?:${SECRET_NAMES})[\\\\"']*\\s*[:=>]\\s*[\\\\"']*)[^\\s"'\\\\,;&<>)}\\]]+`,
  'gi',
);

// An Authorization header (SigV4 or bearer) is a credential from its scheme to the line's end.
const AUTHORIZATION = /(?<![A-Za-z0-9])(authorization[\\"']*\s*[:=]\s*)[^\r\n]+/gi;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g;

// Access key ids: AKIA (long-term) or ASIA (temporary) then base32, 20 characters in practice.
const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{12,}/g;

// ARNs name things, never secrets, and their resource paths (table/Orders/index/ByDate)
// are long runs of base64's alphabet: matched first so that they are kept as they are.
// Otherwise a run of 40+ base64 characters (URL-encoded or not) mixing upper and lower
// case is a secret access key (40) or a session / SSO token (hundreds). Hex digests, request
// ids (upper case and digits) and numbers are never mixed-case, so they stay.
const ARN_OR_BLOB = /(?<![A-Za-z0-9])(arn:[A-Za-z0-9-]+:[^\s"'`,;]+)|(?:[A-Za-z0-9+/]|%[0-9A-Fa-f]{2}){40,}(?:=|%3D){0,2}/g;

// A file path (/Users/JaneDoe/Downloads/tableExports/Movies) is such a run too; its parts
// are words (CamelCase, maybe a number after), which a random key's parts almost never are.
const WORD = /^(?:[a-z]+|[A-Z]+)?(?:[A-Z][a-z]+)*\d*$/;
const isPath = (run: string): boolean => run.split('/').length > 2 && run.split('/').every((part) => WORD.test(part));

function blob(match: string, arn: string | undefined): string {
  if (arn || isPath(match)) return match;
  return /[A-Z]/.test(match) && /[a-z]/.test(match) ? REDACTED : match;
}

/** `text` with every credential-looking value replaced by [redacted]. */
export function redactSecrets(text: string): string {
  return text
    .replace(AUTHORIZATION, `$1${REDACTED}`)
    .replace(NAMED_VALUE, `$1${REDACTED}`)
    .replace(BEARER, `$1${REDACTED}`)
    .replace(ACCESS_KEY_ID, REDACTED)
    .replace(ARN_OR_BLOB, blob);
}
