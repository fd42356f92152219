// AWS and network errors -> a message a person can act on. Never a stack trace, and never
// a credential: server messages can quote the canonical request (session token, key id).
import { redactSecrets } from '../format/redact.js';

export interface Problem { title: string; detail: string; hint?: string }

interface AwsLikeError { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } }

export interface ProblemContext { region?: string; endpoint?: string; profile?: string; table?: string }

export function describeError(err: unknown, ctx: ProblemContext = {}): Problem {
  const p = describe(err, ctx);
  return { title: redactSecrets(p.title), detail: redactSecrets(p.detail), ...(p.hint ? { hint: redactSecrets(p.hint) } : {}) };
}

export function problemLine(p: Problem): string {
  return `${p.title}: ${p.detail}`;
}

// The SDK's words for an SSO login that is missing, expired or cannot be refreshed
// (@aws-sdk/token-providers, credential-provider-sso, the SSO service's own answers); not
// its words for a broken SSO config ("Sso session 'x' could not be found", "Conflicting SSO
// region"), which a login does not fix.
const SSO_LOGIN = /SSO session|SSO Token|aws sso login|Token is expired|Session token not found or invalid|InvalidGrantException/;
const EXPIRED_NAMES = new Set(['ExpiredTokenException', 'ExpiredToken', 'TokenRefreshRequired']);

/**
 * The profile whose login to renew. Without --profile the SDK uses AWS_PROFILE, so that is
 * the one; the SDK's own message names it in some cases ("profile=dev").
 */
function profileOf(ctx: ProblemContext, message: string): string | undefined {
  const named = /profile=([^\s.,'"]+)/.exec(message)?.[1] ?? /Profile '?([^\s']+)'? (?:was not found|could not be found|is missing)/.exec(message)?.[1];
  const p = ctx.profile ?? named ?? process.env.AWS_PROFILE;
  return p && p !== 'default' ? p : undefined;
}

const ssoLogin = (profile: string | undefined) => (profile ? `aws sso login --profile ${profile}` : 'aws sso login');
const whose = (profile: string | undefined) => (profile ? `profile "${profile}"` : 'the default profile');

function credentialProblem(name: string, message: string, ctx: ProblemContext): Problem | undefined {
  const profile = profileOf(ctx, message);
  if (SSO_LOGIN.test(message)) {
    // The SDK's advice ("run aws sso login with the corresponding profile") is replaced by the exact command.
    const said = message.replace(/\s*To refresh this SSO session run .*$/is, '').trim();
    const expired = /expired|cannot refresh/i.test(said);
    const login = `${whose(profile)} needs a new SSO login: \`${ssoLogin(profile)}\`.`.replace(/^./, (c) => c.toUpperCase());
    return {
      title: expired ? 'SSO session expired' : 'SSO login needed',
      detail: said ? `${said} ${login}` : login,
      hint: 'Log in from another terminal, then press R to retry.',
    };
  }
  if (EXPIRED_NAMES.has(name) || /expired/i.test(message) && /token/i.test(message)) {
    return {
      title: 'Credentials expired',
      detail: `${message}${profile ? ` (profile "${profile}")` : ''}`,
      hint: `Renew them (\`${ssoLogin(profile)}\` for an SSO profile, new keys for AWS_SESSION_TOKEN), then press R to retry.`,
    };
  }
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return {
      title: 'No AWS credentials',
      detail: `No credentials were found${ctx.profile ? ` for profile "${ctx.profile}"` : ''}: ${message}`,
      hint: `Set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, run \`${ssoLogin(profile)}\` for SSO profiles, or try --demo.`,
    };
  }
  return undefined;
}

function describe(err: unknown, ctx: ProblemContext): Problem {
  const e = (err ?? {}) as AwsLikeError & { cause?: AwsLikeError };
  const name = e.name ?? '';
  const message = String(e.message ?? err);
  const code = e.code ?? e.cause?.code ?? '';
  const where = ctx.endpoint ?? (ctx.region ? `region ${ctx.region}` : 'AWS');
  if (name === 'ReadOnlyError') return { title: 'Read-only', detail: message };
  if (name === 'AbortError') return { title: 'Cancelled', detail: 'The request was cancelled.' };
  if (/region is missing/i.test(message)) {
    return {
      title: 'No AWS region',
      detail: 'No region was given and none is set in the environment or the AWS config.',
      hint: 'Pass --region us-east-1, set AWS_REGION, add `region = ...` to your profile in ~/.aws/config, or try --demo.',
    };
  }
  if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException' || /not authorized/i.test(message)) {
    return {
      title: name === 'UnrecognizedClientException' ? 'Credentials not accepted' : 'Access denied',
      detail: message,
      hint: name === 'UnrecognizedClientException'
        ? 'The access key is not valid for this account or region; check the profile and its keys.'
        : 'The identity in use lacks a DynamoDB permission for this call; check its IAM policy.',
    };
  }
  const credentials = credentialProblem(name, message, ctx);
  if (credentials) return credentials;
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(code + ' ' + message) || name === 'TimeoutError') {
    return {
      title: 'Cannot reach DynamoDB',
      detail: `No answer from ${where}: ${message}`,
      hint: ctx.endpoint ? 'Check that the endpoint is running and the URL (--endpoint-url) is right.' : 'Check the network, the region and any proxy settings.',
    };
  }
  if (name === 'ResourceNotFoundException') {
    return {
      title: ctx.table ? `Table ${ctx.table} not found` : 'Not found',
      detail: ctx.table ? `There is no table named "${ctx.table}" in ${where}.` : message,
      hint: 'Check the name and the region; `:tables` lists the tables here.',
    };
  }
  if (name === 'ProvisionedThroughputExceededException' || name === 'ThrottlingException') {
    return { title: 'Throttled', detail: message, hint: 'The table is at its capacity; wait and press R.' };
  }
  if (name === 'ValidationException') return { title: 'Invalid request', detail: message };
  return { title: name && name !== 'Error' ? name : 'Request failed', detail: message };
}
