// The `:` command line: parsing and completion, pure.

export type ParsedCommand =
  | { kind: 'tables' }
  | { kind: 'table'; name: string }
  | { kind: 'region'; region: string }
  | { kind: 'profile'; profile: string }
  | { kind: 'read'; mode: 'scan' | 'query' }
  /** `:query NAME`: a saved query, run on its table. */
  | { kind: 'savedQuery'; name: string }
  | { kind: 'quit' }
  | { kind: 'undo' }
  | { kind: 'error'; message: string };

export const COMMANDS = ['tables', 'table', 'scan', 'query', 'undo', 'region', 'profile', 'q', 'quit'] as const;

export function parseCommand(line: string): ParsedCommand {
  const text = line.trim().replace(/^:/, '');
  const [word = '', ...rest] = text.split(/\s+/);
  const arg = rest.join(' ').trim();
  switch (word) {
    case 'tables': return { kind: 'tables' };
    case 'table': return arg ? { kind: 'table', name: arg } : { kind: 'error', message: ':table needs a table name, e.g. :table Movies' };
    case 'region': return arg ? { kind: 'region', region: arg } : { kind: 'error', message: ':region needs a region, e.g. :region eu-west-1' };
    case 'profile': return arg ? { kind: 'profile', profile: arg } : { kind: 'error', message: ':profile needs a profile name' };
    case 'query': return arg ? { kind: 'savedQuery', name: arg } : { kind: 'read', mode: word };
    case 'scan': return { kind: 'read', mode: word };
    case 'q': case 'quit': return { kind: 'quit' };
    case 'undo': return { kind: 'undo' };
    case '': return { kind: 'error', message: 'Type a command: :tables, :table NAME, :scan, :query, :query NAME, :undo, :region R, :profile P, :q' };
    default: return { kind: 'error', message: `Unknown command ":${word}". Try :tables, :table NAME, :scan, :query, :query NAME, :undo, :region R, :profile P, :q` };
  }
}

/** Tab completion: the command word, then table names for `:table` and saved query names
 * for `:query`. Returns the new line. */
export function complete(line: string, tableNames: string[], savedNames: string[] = []): { line: string; candidates: string[] } {
  const m = /^(\S*)(\s+(.*))?$/.exec(line);
  const word = m?.[1] ?? '';
  if (m?.[2] === undefined) {
    const candidates = COMMANDS.filter((c) => c.startsWith(word));
    return { line: candidates.length === 1 ? `${candidates[0]} ` : extend(word, candidates), candidates };
  }
  if (word !== 'table' && word !== 'query') return { line, candidates: [] };
  const prefix = m[3] ?? '';
  const candidates = (word === 'table' ? tableNames : savedNames).filter((n) => n.startsWith(prefix));
  return { line: `${word} ${candidates.length === 1 ? candidates[0] : extend(prefix, candidates)}`, candidates };
}

/** Longest common prefix of the candidates, never shorter than what was typed. */
function extend(typed: string, candidates: readonly string[]): string {
  if (!candidates.length) return typed;
  let p = candidates[0];
  for (const c of candidates) while (!c.startsWith(p)) p = p.slice(0, -1);
  return p.length > typed.length ? p : typed;
}
