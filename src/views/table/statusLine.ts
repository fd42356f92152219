// The grid's status line: where the cursor is among the rows, what the rows are (marks, the
// quick filter, a client-side sort), the request, the page and its counts.
import { formatCount } from '../../format/numbers.js';
import { LOAD_ALL_MAX_ROWS } from '../../dynamo/read/pages.js';
import type { BrowseState } from '../../state/browse.js';
import { sortLabel } from '../../state/columns.js';

/** `row 12 of 100`; `of 100 loaded` when more can be read (the paging part says how: `]`
 * or `A`); under a quick filter `of 7 shown` (the filter's part says of how many). */
function position(b: BrowseState, shown: number, cursor: number): string | undefined {
  if (shown === 0) return undefined;
  const of = b.quickFilter ? ' shown' : morePages(b) || (b.all && !allRead(b)) ? ' loaded' : '';
  return `row ${formatCount(cursor + 1)} of ${formatCount(shown)}${of}`;
}

const morePages = (b: BrowseState) => !b.all && !!b.paging.nextKey;

const allRead = (b: BrowseState) => !!b.all && !b.all.running && !b.all.truncated && !b.all.cancelled && !b.all.failed;

/** A sort orders the rows read, never the table: say which rows it covers. */
function sortNote(b: BrowseState): string | undefined {
  if (!b.sort) return undefined;
  if (b.all?.running) return `sorting by ${sortLabel(b.sort)} once every page is in (shown as read until then)`;
  const whole = allRead(b) || (!b.all && b.paging.page === 0 && !b.paging.nextKey && !!b.meta);
  const scope = whole ? 'every row read' : b.all ? 'loaded rows only' : 'this page only';
  return `sorted by ${sortLabel(b.sort)} (${scope})`;
}

export function statusLine(b: BrowseState, shown: number, cursor: number, seeding?: boolean): string {
  const parts: string[] = [];
  const at = position(b, shown, cursor);
  if (at) parts.push(at);
  // The client-side filter and sort lead: they change what the rows mean.
  const marks = Object.keys(b.marks).length;
  if (marks) parts.push(`${marks} marked (d deletes them, esc unmarks)`);
  if (b.quickFilter) parts.push(`quick filter "${b.quickFilter}" on loaded rows: ${formatCount(shown)} of ${formatCount(b.rows.length)} (esc clears)`);
  const sorted = sortNote(b);
  if (sorted) parts.push(sorted);
  parts.push(b.request?.label ?? 'scan');
  if (b.all) {
    const a = b.all;
    parts.push(a.running ? `loading all: ${a.pages} pages so far`
      : a.failed ? `loading all stopped after ${a.pages} ${a.pages === 1 ? 'page' : 'pages'}: ${a.failed.title}`
        : a.truncated ? `first ${a.pages} pages (stopped at the ${formatCount(LOAD_ALL_MAX_ROWS)}-row cap)`
          : `${a.cancelled ? 'cancelled after' : 'all'} ${a.pages} pages`);
    parts.push(`${formatCount(b.rows.length)} items (scanned ${formatCount(a.scanned)})`, `${a.capacity.toFixed(1)} RCU`);
  } else if (b.meta) {
    // A filter runs after the read: an empty page can still have more pages behind it.
    const empty = b.meta.count === 0 && b.meta.scanned > 0 ? ' (nothing matched on this page)' : '';
    parts.push(`page ${b.paging.page + 1}`, `Count ${formatCount(b.meta.count)} / ScannedCount ${formatCount(b.meta.scanned)}${empty}`);
    // While the demo writes its data, no page is the last one yet.
    parts.push(b.paging.nextKey ? 'more pages: ]' : seeding ? 'more rows are being written (the page reloads when they are in)' : 'last page', `${b.meta.capacity.toFixed(1)} RCU`);
  } else if (!b.reading) {
    parts.push('no page read yet (R reads it)');
  }
  if (b.reading) parts.push(`reading page ${b.reading.page + 1}…`);
  return parts.join(' · ');
}
