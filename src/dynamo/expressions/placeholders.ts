import type { Allocator } from './allocator.js';
import type { ExprError } from './errors.js';

/**
 * Finds the first explicit #name or :value that the caller did not supply. Checked before
 * printing so that a failed compile leaves the allocator untouched.
 */
export function missingPlaceholder(ast: unknown, allocator: Allocator): ExprError | undefined {
  let found: ExprError | undefined;
  const visit = (node: unknown): void => {
    if (found || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: unknown; ref?: unknown; pos?: unknown };
    // A literal's value is an AttributeValue, which has no placeholders to find.
    if (n.type === 'literal') return;
    if (n.type === 'nameRef' && allocator.userName(n.ref as string) === undefined) {
      found = missing(`${n.ref as string} is not defined in the attribute names`, n.pos as number);
    } else if (n.type === 'valueRef' && allocator.userValue(n.ref as string) === undefined) {
      found = missing(`${n.ref as string} has no value in the values field`, n.pos as number);
    }
    Object.values(node).forEach(visit);
  };
  visit(ast);
  return found;
}

const missing = (message: string, position: number): ExprError => ({ message: `${message} at ${position}`, position });
