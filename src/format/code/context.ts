// What every generated program needs besides the call: where to send it and as whom.

export interface CodeContext {
  region?: string;
  /** Set for a local engine or another endpoint; then the code names it. */
  endpoint?: string;
  profile?: string;
}

/** One request as the app sends it: the operation's name and its exact input. */
export interface Call { operation: string; input: object }

/** The context for the app's connection. Unlike the aws command, the code keeps the region
 * with an endpoint too: an SDK client signs every request for a region and has none by
 * default, while the CLI falls back to the user's config. */
export function codeContext(connection: { endpoint?: string; profile?: string }, region?: string): CodeContext {
  return { region, endpoint: connection.endpoint, profile: connection.profile };
}

/** Scan and Query have paginators in both SDKs; for them the code also comes in an
 * "all pages" form that follows LastEvaluatedKey to the end. */
export const PAGED = new Set(['Scan', 'Query']);

/** The input an all-pages loop starts from: the first page (the paginator supplies
 * ExclusiveStartKey from each LastEvaluatedKey). */
export function fromFirstPage(input: object): object {
  const { ExclusiveStartKey: _start, ...rest } = input as Record<string, unknown>;
  return rest;
}
