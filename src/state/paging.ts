// Paging for `]` next / `[` previous. DynamoDB pages only forwards (ExclusiveStartKey =
// the previous page's LastEvaluatedKey), so going back means re-reading a page from the
// start key it was first read with. Keeping the stack of start keys, not the pages, holds
// memory to one page however far the user goes, and a page read again shows the table as
// it is now.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Key = Record<string, AttributeValue>;

export interface Paging {
  /** startKeys[i] is the ExclusiveStartKey of page i; startKeys[0] is undefined. */
  startKeys: (Key | undefined)[];
  /** 0-based; always startKeys.length - 1 (the stack is popped going back). */
  page: number;
  /** The LastEvaluatedKey of the current page, once it is read. */
  nextKey?: Key;
  /** The current page is read and it was the last one (no LastEvaluatedKey). */
  done: boolean;
}

export const firstPage = (): Paging => ({ startKeys: [undefined], page: 0, done: false });

/** The ExclusiveStartKey to read the current page with. */
export const startKeyOf = (p: Paging): Key | undefined => p.startKeys[p.page];

/**
 * Records the current page's LastEvaluatedKey. It decides alone whether there is a next
 * page: a page whose filter matched nothing (Count 0, ScannedCount > 0) still has one.
 */
export function afterPage(p: Paging, lastEvaluatedKey: Key | undefined): Paging {
  return { ...p, nextKey: lastEvaluatedKey, done: lastEvaluatedKey === undefined };
}

/** undefined while the current page is unread or when it was the last. */
export function nextPage(p: Paging): Paging | undefined {
  if (!p.nextKey) return undefined;
  return { startKeys: [...p.startKeys.slice(0, p.page + 1), p.nextKey], page: p.page + 1, done: false };
}

/** undefined on the first page. The page is re-read from its start key. */
export function previousPage(p: Paging): Paging | undefined {
  if (p.page === 0) return undefined;
  return { startKeys: p.startKeys.slice(0, p.page), page: p.page - 1, done: false };
}

/** For the footer: whether `]` can go on, and whether that is still unknown. */
export function pagingStatus(p: Paging): 'reading' | 'more' | 'last' {
  return p.nextKey ? 'more' : p.done ? 'last' : 'reading';
}
