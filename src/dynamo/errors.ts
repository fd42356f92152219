// AWS and network errors -> a message a person can act on. Never a stack trace.

export interface Problem { title: string; detail: string; hint?: string }

interface AwsLikeError { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } }

export interface ProblemContext { region?: string; endpoint?: string; profile?: string; table?: string }

export function describeError(err: unknown, ctx: ProblemContext = {}): Problem {
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
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return {
      title: 'No AWS credentials',
      detail: `No credentials were found${ctx.profile ? ` for profile "${ctx.profile}"` : ''}: ${message}`,
      hint: 'Set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, run `aws sso login` for SSO profiles, or try --demo.',
    };
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(code + ' ' + message) || name === 'TimeoutError') {
    return {
      title: 'Cannot reach DynamoDB',
      detail: `No answer from ${where}: ${message}`,
      hint: ctx.endpoint ? 'Check that the endpoint is running and the URL (--endpoint-url) is right.' : 'Check the network, the region and any proxy settings.',
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
  if (name === 'ExpiredTokenException' || /expired/i.test(message) && /token/i.test(message)) {
    return { title: 'Credentials expired', detail: message, hint: 'Refresh them (e.g. `aws sso login --profile ...`) and press R.' };
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

export function problemLine(p: Problem): string {
  return `${p.title}: ${p.detail}`;
}
