// The items part of the table screen: runs the current request's page whenever the
// paging moves, and `A` (load all, bounded, cancellable). Results go to the app state.
import { useEffect, useRef } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import { describeError } from '../../dynamo/errors.js';
import { buildReadInput, emptyReadForm } from '../../dynamo/read/form.js';
import { loadAll, readPage, LOAD_ALL_MAX_ROWS, type Page } from '../../dynamo/read/pages.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { inferColumns } from '../../format/columns.js';
import { browseOf } from '../../state/app.js';
import type { BrowseAction, Item, LoadedPage } from '../../state/browse.js';
import { afterPage, nextPage, previousPage, startKeyOf, type Paging } from '../../state/paging.js';
import { requestLabel } from '../readForm/label.js';

export function keyColumns(info: TableInfo, index?: string): string[] {
  const ix = [...info.gsis, ...info.lsis].find((i) => i.name === index);
  return [info.partitionKey?.name, info.sortKey?.name, ix?.partitionKey?.name, ix?.sortKey?.name].filter((x): x is string => !!x);
}

/** A page as read -> what the grid shows of it: rows, counts, the paging after it, columns. */
export function loadedPage(info: TableInfo, index: string | undefined, page: Page, paging: Paging): LoadedPage {
  return {
    rows: page.items,
    meta: { count: page.count, scanned: page.scannedCount, capacity: page.capacity },
    paging: afterPage(paging, page.lastKey),
    columns: inferColumns(keyColumns(info, index), page.items),
  };
}

export function useBrowse(table: string, info: TableInfo | undefined) {
  const { state, dispatch, gateway, region } = useApp();
  const say = useFlash();
  const b = browseOf(state, table);
  const act = (action: BrowseAction) => dispatch({ type: 'browse', table, action });
  const all = useRef<AbortController | null>(null);
  useBusy(b.status === 'loading' && !b.all?.running, `reading a page of ${table}`);
  useBusy(!!b.all?.running, `loading all pages of ${table}: ${b.rows.length} rows`);
  useEffect(() => () => all.current?.abort(), []);

  // The first visit reads one page of a plain scan, never the whole table.
  useEffect(() => {
    if (!info || b.request) return;
    const form = emptyReadForm('scan');
    const built = buildReadInput(info, form);
    if (built.ok) act({ type: 'browse/request', form, request: { operation: built.operation, input: built.input as unknown as Record<string, unknown>, label: requestLabel(form) } });
  }, [info, b.request]);

  useEffect(() => {
    // Coming back to the screen (help, an item, a form) finds the rows it left.
    if (!info || !b.request || b.load === 0 || b.loadedFor === b.load) return;
    const controller = new AbortController();
    const { operation, input } = b.request;
    act({ type: 'browse/loading' });
    readPage(gateway, operation, input as never, startKeyOf(b.paging), controller.signal).then(
      (page) => act({ type: 'browse/page', ...loadedPage(info, input.IndexName as string | undefined, page, b.paging) }),
      (err) => controller.signal.aborted || act({ type: 'browse/error', problem: describeError(err, { ...gateway.options, region, table }) }),
    );
    return () => controller.abort();
  }, [b.load, info, gateway]);

  const next = () => {
    const p = nextPage(b.paging);
    if (!p) return say('info', b.status === 'loading' ? 'still reading this page' : 'this is the last page');
    act({ type: 'browse/paging', paging: p });
  };
  const previous = () => {
    const p = previousPage(b.paging);
    if (!p) return say('info', 'this is the first page');
    act({ type: 'browse/paging', paging: p });
  };
  const toggleAll = () => {
    if (all.current && !all.current.signal.aborted && b.all?.running) { all.current.abort(); return; }
    if (!b.request || !info) return;
    const controller = new AbortController();
    all.current = controller;
    const { operation, input } = b.request;
    const keys = keyColumns(info, input.IndexName as string | undefined);
    let rows: Item[] = [];
    loadAll(gateway, operation, input as never, {
      maxRows: LOAD_ALL_MAX_ROWS,
      signal: controller.signal,
      onProgress: (p) => {
        rows = p.items;
        act({ type: 'browse/all', progress: { running: true, pages: p.pages, scanned: p.scanned, capacity: p.capacity, truncated: false, cancelled: false }, rows });
      },
    }).then(
      (r) => {
        act({
          type: 'browse/all', rows: r.items, columns: inferColumns(keys, r.items.slice(0, 2000)),
          progress: { running: false, pages: r.pages, scanned: r.scanned, capacity: r.capacity, truncated: r.truncated, cancelled: r.cancelled },
          meta: { count: r.items.length, scanned: r.scanned, capacity: r.capacity },
        });
        if (r.truncated) say('warn', `stopped at ${LOAD_ALL_MAX_ROWS.toLocaleString('en-US')} rows to bound memory; narrow the request, or use dynoscope export for everything`);
      },
      (err) => act({ type: 'browse/error', problem: describeError(err, { table }) }),
    );
  };
  return { browse: b, act, next, previous, toggleAll };
}
