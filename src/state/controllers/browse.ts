// The grid's reads: the first page of a plain scan, `]` / `[` paging, R, and `A` (every
// page, bounded, cancellable). A read changes the grid only when it lands; one that fails
// leaves the page, its paging and counts on screen as they were, with the problem beside
// them (so the footer never says "last page" because a read failed).
import { describeError } from '../../dynamo/errors.js';
import { buildReadInput, emptyReadForm, type ReadForm } from '../../dynamo/read/form.js';
import { loadAll, readPage, LOAD_ALL_MAX_ROWS, type Page } from '../../dynamo/read/pages.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { inferColumns } from '../../format/columns.js';
import { formatCount } from '../../format/numbers.js';
import type { BrowseAction, BrowseState, Item, LoadedPage, ReadRequest } from '../browse.js';
import { sortLabel } from '../columns.js';
import { afterPage, firstPage, nextPage as nextOf, previousPage as previousOf, startKeyOf, type Paging } from '../paging.js';
import { requestLabel } from '../readLabel.js';
import type { EntryOf } from '../screens.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { entry } from './navigation.js';

/** The key columns pinned at the left of the grid: on an index read the index's keys first
 * (the order it reads in), then the table's (which tell the items apart). */
export function keyColumns(info: TableInfo, index?: string): string[] {
  const ix = [...info.gsis, ...info.lsis].find((i) => i.name === index);
  const names = [ix?.partitionKey?.name, ix?.sortKey?.name, info.partitionKey?.name, info.sortKey?.name];
  return [...new Set(names.filter((x): x is string => !!x))];
}

/** A page as read -> what the grid shows of it: rows, counts, the paging after it, columns. */
export function loadedPage(info: TableInfo, index: string | undefined, page: Page, paging: Paging): LoadedPage {
  return {
    rows: page.items,
    meta: { count: page.count, scanned: page.scannedCount, capacity: page.capacity },
    paging: afterPage(paging, page.lastKey),
    columns: inferColumns(keyColumns(info, index), page.items),
    keys: keyColumns(info, index),
  };
}

const act = (ctx: Ctx, id: number, action: BrowseAction) => ctx.store.dispatch({ type: 'browse', id, action });

function described(ctx: Ctx, id: number): { e: EntryOf<'table'>; info: TableInfo } | undefined {
  const e = entry(ctx, id, 'table');
  return e?.described.info ? { e, info: e.described.info } : undefined;
}

/** The first visit reads one page of a plain scan, never the whole table. */
export function firstScan(ctx: Ctx, id: number): void {
  const t = described(ctx, id);
  if (!t || t.e.browse.request) return;
  const form = emptyReadForm('scan');
  const built = buildReadInput(t.info, form);
  if (!built.ok) return;
  act(ctx, id, { type: 'browse/request', form, request: { operation: built.operation, input: built.input, label: requestLabel(form) } });
  void readAt(ctx, id, firstPage());
}

/** Reads the page `paging` points at; the grid shows it once it is in. */
async function readAt(ctx: Ctx, id: number, paging: Paging): Promise<void> {
  const t = described(ctx, id);
  const request = t?.e.browse.request;
  if (!t || !request) return;
  const name = `${id}/read`;
  const signal = ctx.jobs.start(name);
  act(ctx, id, { type: 'browse/reading', page: paging.page });
  try {
    const page = await whileBusy(ctx, name, `reading page ${paging.page + 1} of ${t.e.name}`, () =>
      readPage(ctx.gateway(), request.operation, request.input, startKeyOf(paging), signal));
    if (!signal.aborted) act(ctx, id, { type: 'browse/page', page: loadedPage(t.info, request.input.IndexName as string | undefined, page, paging) });
  } catch (err) {
    if (!signal.aborted) act(ctx, id, { type: 'browse/failed', page: paging.page, problem: describeError(err, problemContext(ctx, t.e.name)) });
  } finally {
    ctx.jobs.end(name, signal);
  }
}

/** esc while a page is read over one on screen: the read stops, the page stays. (With no
 * page on screen yet, esc goes back instead.) */
export function cancelRead(ctx: Ctx, id: number): boolean {
  const e = entry(ctx, id, 'table');
  if (!e?.browse.reading || !e.browse.meta || !ctx.jobs.cancel(`${id}/read`)) return false;
  act(ctx, id, { type: 'browse/readCancelled' });
  say(ctx, 'info', `stopped reading page ${e.browse.reading.page + 1}; the page on screen is as it was`);
  return true;
}

export function nextPage(ctx: Ctx, id: number): void {
  const b = entry(ctx, id, 'table')?.browse;
  if (!b) return;
  const p = nextOf(b.paging);
  if (!p) return say(ctx, 'info', !b.meta ? 'no page read yet: R reads it' : 'this is the last page');
  sortedPageNote(ctx, b, p.page);
  void readAt(ctx, id, p);
}

export function previousPage(ctx: Ctx, id: number): void {
  const b = entry(ctx, id, 'table')?.browse;
  if (!b) return;
  const p = previousOf(b.paging);
  if (!p) return say(ctx, 'info', 'this is the first page');
  sortedPageNote(ctx, b, p.page);
  void readAt(ctx, id, p);
}

/** Paging with a sort on: the sort is of the rows on screen, not of the table. */
function sortedPageNote(ctx: Ctx, b: BrowseState, page: number): void {
  if (b.sort) say(ctx, 'info', `page ${page + 1} replaces the rows on screen and is sorted by ${sortLabel(b.sort)} on its own; A loads every page to sort them together`);
}

/** R: the page on screen, read again (the first page when none was read). */
export function readPageAgain(ctx: Ctx, id: number): void {
  const b = entry(ctx, id, 'table')?.browse;
  if (!b?.request) return firstScan(ctx, id);
  void readAt(ctx, id, { ...b.paging, nextKey: undefined, done: false });
}

/** A new request for the grid, its first page already read (the scan and query forms). */
export function showRequest(ctx: Ctx, id: number, request: ReadRequest, page: LoadedPage, form: ReadForm): void {
  ctx.jobs.cancel(`${id}/read`);
  ctx.jobs.cancel(`${id}/all`);
  act(ctx, id, { type: 'browse/request', request, form, page });
}

/** `A`: every page up to the cap; `A` again (or esc) cancels, keeping what was read. */
export function toggleAll(ctx: Ctx, id: number): void {
  const name = `${id}/all`;
  if (ctx.jobs.cancel(name)) return;
  const t = described(ctx, id);
  const request = t?.e.browse.request;
  if (!t || !request) return;
  ctx.jobs.cancel(`${id}/read`);
  const signal = ctx.jobs.start(name);
  const keys = keyColumns(t.info, request.input.IndexName as string | undefined);
  let rows: Item[] = [];
  let progress = { pages: 0, scanned: 0, capacity: 0 };
  const running = (p: typeof progress) => ({ running: true, truncated: false, cancelled: false, ...p });
  act(ctx, id, { type: 'browse/all', progress: running(progress), rows: [] });
  void whileBusy(ctx, name, `loading all pages of ${t.e.name}`, () => loadAll(ctx.gateway(), request.operation, request.input, {
    maxRows: LOAD_ALL_MAX_ROWS,
    signal,
    onProgress: (p) => {
      rows = p.items;
      progress = { pages: p.pages, scanned: p.scanned, capacity: p.capacity };
      if (!signal.aborted) act(ctx, id, { type: 'browse/all', progress: running(progress), rows });
    },
  })).then(
    (r) => {
      act(ctx, id, {
        type: 'browse/all', rows: r.items, columns: inferColumns(keys, r.items.slice(0, 2000)), keys,
        progress: { running: false, pages: r.pages, scanned: r.scanned, capacity: r.capacity, truncated: r.truncated, cancelled: r.cancelled },
        meta: { count: r.items.length, scanned: r.scanned, capacity: r.capacity },
      });
      if (r.truncated) say(ctx, 'warn', `stopped at ${formatCount(LOAD_ALL_MAX_ROWS)} rows to bound memory; narrow the request, or use dynoscope export for everything`);
    },
    // The rows read before the failure stay, and the status line says how far it got.
    (err) => act(ctx, id, {
      type: 'browse/all', rows, columns: inferColumns(keys, rows.slice(0, 2000)), keys,
      progress: { running: false, ...progress, truncated: false, cancelled: false, failed: describeError(err, problemContext(ctx, t.e.name)) },
      meta: { count: rows.length, scanned: progress.scanned, capacity: progress.capacity },
    }),
  ).finally(() => ctx.jobs.end(name, signal));
}
