// Each built input remembers its guard, so sendWrite(gateway, operation, input) can explain
// a failed condition even when the caller kept only the input. Passing `built.guard` to
// sendWrite explicitly is the plain way; this covers callers that do not. A WeakMap, so
// nothing is kept alive after the input is dropped.
import type { Built, WriteGuard, WriteOperation } from './types.js';

const guards = new WeakMap<object, WriteGuard>();

export function remember<Op extends WriteOperation, B extends Built<Op>>(built: B): B {
  guards.set(built.input, built.guard);
  return built;
}

export function guardOf(input: object): WriteGuard | undefined {
  return guards.get(input);
}
