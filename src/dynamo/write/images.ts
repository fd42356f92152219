// The item before an UpdateItem, for the undo journal. UpdateItem returns one image only
// (the request asks for ALL_NEW, the item as stored after), so the item before is the
// after image with the attributes the update touched put back as they were. Where the
// guard pinned a touched attribute to its loaded value, the condition proved that value at
// the moment of the write (an edit pins every attribute it changes; a counter its number);
// otherwise it comes from a consistent read just before the write (needsReadBefore).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item } from '../codec/index.js';
import type { Built, WriteOperation } from './types.js';

type Pinned = { value?: AttributeValue } | undefined;

/** The top-level attributes the write touches, when its expectation names them. */
function touchedNames(built: Built<WriteOperation>): string[] | undefined {
  if (built.expect.kind !== 'attributes') return undefined;
  return [...new Set(built.expect.values.map((v) => String(v.path[0])))];
}

function pinned(built: Built<WriteOperation>, name: string): Pinned {
  const g = built.guard.unchanged.find((u) => u.name === name);
  if (g) return { value: g.loaded };
  const n = built.guard.number;
  if (n && n.loaded !== undefined && n.path.length === 1 && n.path[0] === name) return { value: { N: n.loaded } };
  return undefined;
}

/** Whether the before image of this write needs a read before it is sent. */
export function needsReadBefore(built: Built<WriteOperation>): boolean {
  if (built.operation !== 'UpdateItem') return false;
  const touched = touchedNames(built);
  return !touched || built.guard.item !== 'exists' || touched.some((n) => !pinned(built, n));
}

/**
 * The item before an UpdateItem: `after` is the ALL_NEW image; `read` the item read just
 * before (undefined when not read; `{}` without item: there was none).
 */
export function beforeOfUpdate(built: Built<WriteOperation>, after: Item, read?: { item?: Item }): Item | undefined {
  const touched = touchedNames(built);
  if (!touched) return read?.item;
  if (read && !read.item && built.guard.item !== 'exists') return undefined;
  const before: Item = { ...after };
  for (const name of touched) {
    const value = (pinned(built, name) ?? { value: read?.item?.[name] }).value;
    if (value === undefined) delete before[name];
    // defineProperty: an attribute may be called __proto__.
    else Object.defineProperty(before, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return before;
}
