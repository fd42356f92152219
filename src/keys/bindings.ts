// Every key binding as data. The footer hints, the `?` help and the README key table are
// all generated from this one table, so they cannot drift apart (DESIGN.md section 5).

/** Where a binding applies. `global` is consulted last, after the screen's own scopes. */
export type Scope =
  | 'global' | 'lists' | 'tables' | 'table' | 'items' | 'item' | 'form' | 'request' | 'review' | 'attributes'
  | 'filter' | 'command' | 'help' | 'indexes' | 'confirm' | 'running' | 'picker' | 'sorter'
  /** The scan and query forms only (not the write forms), and the lists they open. */
  | 'readForm' | 'recall' | 'saveQuery' | 'undo';

export interface Binding {
  command: string;
  /** Key names as produced by keyName(): 'j', 'G', 'enter', 'esc', 'ctrl+c', 'pgdn', ... */
  keys: readonly string[];
  /** How the keys are written in help and README when that differs from the key names. */
  label?: string;
  description: string;
  where: readonly Scope[];
  /** Destroys data (asks for a typed confirmation). */
  dangerous?: boolean;
  /** Sends a write; hidden and refused under --read-only. */
  write?: boolean;
  /** Shown in the footer hints of its scope (the rest only in `?`). */
  footer?: boolean;
}

export const bindings = [
  { command: 'cursor.down', keys: ['down', 'j'], label: '↓ j', description: 'move down', where: ['lists'] },
  { command: 'cursor.up', keys: ['up', 'k'], label: '↑ k', description: 'move up', where: ['lists'] },
  { command: 'cursor.top', keys: ['g', 'home'], label: 'g', description: 'top', where: ['lists'] },
  { command: 'cursor.bottom', keys: ['G', 'end'], label: 'G', description: 'bottom', where: ['lists'] },
  { command: 'cursor.pageDown', keys: ['pgdn'], label: 'PgDn', description: 'page down', where: ['lists'] },
  { command: 'cursor.pageUp', keys: ['pgup'], label: 'PgUp', description: 'page up', where: ['lists'] },
  { command: 'columns.left', keys: ['left', 'h'], label: '← h', description: 'scroll columns left', where: ['items'] },
  { command: 'columns.right', keys: ['right', 'l'], label: '→ l', description: 'scroll columns right', where: ['items'] },
  { command: 'open', keys: ['enter'], description: 'open', where: ['tables', 'items'], footer: true },
  { command: 'filter.start', keys: ['/'], description: 'filter the loaded rows', where: ['tables', 'items'], footer: true },
  { command: 'scan.form', keys: ['s'], description: 'scan form', where: ['table'], footer: true },
  { command: 'query.form', keys: ['Q'], description: 'query form', where: ['table'], footer: true },
  { command: 'page.next', keys: [']'], description: 'next page', where: ['items'], footer: true },
  { command: 'page.previous', keys: ['['], description: 'previous page', where: ['items'], footer: true },
  { command: 'page.all', keys: ['A'], description: 'load all pages, up to 20,000 rows (A again cancels; dynoscope export reads everything)', where: ['items'] },
  { command: 'refresh', keys: ['R'], description: 're-run', where: ['tables', 'table'], footer: true },
  { command: 'count.live', keys: ['c'], description: 'live count (c again cancels)', where: ['table'], footer: true },
  { command: 'request.show', keys: ['x'], description: 'show the request and the same call as aws command, boto3 or JavaScript', where: ['items', 'item'], footer: true },
  { command: 'item.edit', keys: ['e'], description: 'edit form', where: ['items', 'item'], footer: true, write: true },
  { command: 'item.editExternal', keys: ['E'], description: 'edit the item as JSON in $VISUAL / $EDITOR', where: ['items', 'item'], write: true },
  { command: 'item.new', keys: ['n'], description: 'new item (in the item view: starting from a copy of it)', where: ['items', 'item'], footer: true, write: true },
  { command: 'item.delete', keys: ['d'], description: 'delete item (form with optional condition)', where: ['items', 'item'], footer: true, write: true, dangerous: true },
  { command: 'item.mark', keys: ['space'], description: 'mark the row; d on marks deletes them all (typed confirm)', where: ['items'], write: true },
  { command: 'item.update', keys: ['u'], description: 'update-expression form', where: ['item'], footer: true, write: true },
  { command: 'attribute.next', keys: ['tab'], description: 'select the next attribute (for + -)', where: ['item'] },
  { command: 'attribute.previous', keys: ['shift+tab'], description: 'select the previous attribute', where: ['item'] },
  { command: 'counter.up', keys: ['+'], description: 'atomic counter: add 1 to the selected number', where: ['item'], footer: true, write: true },
  { command: 'counter.down', keys: ['-'], description: 'atomic counter: subtract 1 from the selected number', where: ['item'], write: true },
  { command: 'review.send', keys: ['enter'], description: 'send the request', where: ['review'], footer: true, write: true },
  { command: 'review.back', keys: ['esc'], description: 'back to the form, edits kept', where: ['review'], footer: true },
  { command: 'attribute.add', keys: ['ctrl+n'], description: 'add the new attribute', where: ['attributes'], footer: true },
  { command: 'attribute.remove', keys: ['ctrl+x'], description: 'remove / restore the attribute', where: ['attributes'], footer: true },
  { command: 'attribute.type', keys: ['ctrl+t'], description: 'change the attribute\'s type', where: ['attributes'], footer: true },
  { command: 'items.export', keys: ['X'], description: 'export the scan or query on the grid (all pages) to a file', where: ['items'] },
  { command: 'columns.pick', keys: ['o'], description: 'columns (show, hide, reorder, go to one by name)', where: ['items'], footer: true },
  { command: 'rows.sort', keys: ['S'], description: 'sort (the loaded rows, by a column)', where: ['items'], footer: true },
  { command: 'picker.apply', keys: ['enter'], description: 'apply (and go to the column under the cursor)', where: ['picker', 'sorter'], footer: true },
  { command: 'picker.cancel', keys: ['esc'], description: 'cancel (first clears the typed name)', where: ['picker', 'sorter'], footer: true },
  { command: 'sort.direction', keys: ['space'], description: 'ascending / descending', where: ['sorter'], footer: true },
  { command: 'picker.toggle', keys: ['space'], description: 'show / hide the column', where: ['picker'], footer: true },
  { command: 'picker.moveUp', keys: ['shift+up'], label: 'shift+↑', description: 'move the column left', where: ['picker'], footer: true },
  { command: 'picker.moveDown', keys: ['shift+down'], label: 'shift+↓', description: 'move the column right', where: ['picker'] },
  { command: 'picker.down', keys: ['down', 'ctrl+n'], label: '↓ ctrl+n', description: 'next column', where: ['picker', 'sorter'] },
  { command: 'picker.up', keys: ['up', 'ctrl+p'], label: '↑ ctrl+p', description: 'previous column', where: ['picker', 'sorter'] },
  { command: 'undo.list', keys: ['U'], description: 'undo: the last writes to this table, from the undo journal (also :undo)', where: ['table'], write: true },
  { command: 'undo.choose', keys: ['enter'], description: 'undo this write: checks the item is as it left it, then shows the review', where: ['undo'], footer: true, write: true },
  { command: 'table.import', keys: ['I'], description: 'import items from a file (JSON, JSON lines, DynamoDB JSON, CSV)', where: ['table'], write: true },
  { command: 'table.create', keys: ['C'], description: 'create table', where: ['tables'], footer: true, write: true },
  { command: 'table.delete', keys: ['d'], description: 'delete table (its name is typed to confirm)', where: ['tables'], footer: true, write: true, dangerous: true },
  { command: 'index.add', keys: ['ctrl+n'], description: 'add an index (GSI or LSI)', where: ['indexes'], footer: true },
  { command: 'index.remove', keys: ['ctrl+x'], description: 'remove the index of the focused field', where: ['indexes'], footer: true },
  { command: 'confirm.start', keys: ['enter'], description: 'start the import as shown', where: ['confirm'], footer: true, write: true },
  { command: 'confirm.back', keys: ['esc'], description: 'back to the form, inputs kept', where: ['confirm'], footer: true },
  { command: 'job.cancel', keys: ['esc'], description: 'cancel the running import or export, or stop waiting for a table (what was done is kept and counted)', where: ['running'], footer: true },
  { command: 'item.toggle', keys: ['t'], description: 'plain JSON / DynamoDB JSON', where: ['item'], footer: true },
  { command: 'item.copy', keys: ['y'], description: 'copy the item JSON (pbcopy, wl-copy, xclip or xsel; else OSC 52)', where: ['item'], footer: true },
  { command: 'request.copy', keys: ['y'], description: 'copy the call shown: aws command, boto3 or JavaScript (pbcopy, wl-copy, xclip or xsel; else OSC 52)', where: ['request'], footer: true },
  { command: 'review.copy', keys: ['y'], description: 'copy the call shown: aws command, boto3 or JavaScript (pbcopy, wl-copy, xclip or xsel; else OSC 52)', where: ['review'], footer: true },
  { command: 'code.next', keys: ['tab'], description: 'show the call as: aws CLI / Python boto3 / JavaScript SDK v3 (and all pages for a scan or query)', where: ['request', 'review'], footer: true },
  { command: 'code.previous', keys: ['shift+tab'], description: 'the previous form of the call', where: ['request', 'review'] },
  { command: 'scroll.down', keys: ['down', 'j'], label: '↓ j', description: 'scroll down', where: ['item', 'request', 'review', 'help'] },
  { command: 'scroll.up', keys: ['up', 'k'], label: '↑ k', description: 'scroll up', where: ['item', 'request', 'review', 'help'] },
  { command: 'scroll.pageDown', keys: ['pgdn', 'space'], label: 'PgDn', description: 'scroll a page down', where: ['item', 'request', 'review'] },
  { command: 'scroll.pageUp', keys: ['pgup'], label: 'PgUp', description: 'scroll a page up', where: ['item', 'request', 'review'] },
  { command: 'form.next', keys: ['tab', 'down'], label: 'tab ↓', description: 'next field', where: ['form'], footer: true },
  { command: 'form.previous', keys: ['shift+tab', 'up'], label: 'shift+tab ↑', description: 'previous field', where: ['form'] },
  { command: 'form.choose', keys: ['space', 'left', 'right'], label: 'space ← →', description: 'change a choice (← steps back, the others forward)', where: ['form'], footer: true },
  { command: 'form.submit', keys: ['enter'], description: 'run', where: ['form'], footer: true },
  { command: 'form.pageDown', keys: ['pgdn'], label: 'PgDn', description: 'in a long value: the cursor a window on', where: ['form'] },
  { command: 'form.pageUp', keys: ['pgup'], label: 'PgUp', description: 'in a long value: the cursor a window back', where: ['form'] },
  { command: 'form.cancel', keys: ['esc'], description: 'cancel (the inputs are kept)', where: ['form'], footer: true },
  { command: 'history.open', keys: ['ctrl+r'], description: 'history (the recent and saved queries of this table here; enter fills the form)', where: ['readForm'], footer: true },
  { command: 'query.save', keys: ['ctrl+s'], description: 'save (this query under a name, in queries.json; :query NAME runs it)', where: ['readForm'], footer: true },
  { command: 'recall.fill', keys: ['enter'], description: 'fill the form with this query (enter in the form then runs it)', where: ['recall'], footer: true },
  { command: 'recall.filter', keys: ['/'], description: 'filter the recent and saved queries', where: ['recall'], footer: true },
  { command: 'recall.close', keys: ['esc'], description: 'close (the form as it was; first clears a filter)', where: ['recall'], footer: true },
  { command: 'save.confirm', keys: ['enter'], description: 'save under this name (a saved query of that name is replaced)', where: ['saveQuery'], footer: true },
  { command: 'save.cancel', keys: ['esc'], description: 'do not save', where: ['saveQuery'], footer: true },
  { command: 'back', keys: ['esc'], description: 'back (first clears a filter or cancels)', where: ['global'], footer: true },
  { command: 'help', keys: ['?'], description: 'help', where: ['global'], footer: true },
  { command: 'command.start', keys: [':'], description: 'command line (:tables :table NAME :scan :query :query NAME :undo :region R :profile P :q)', where: ['global'], footer: true },
  { command: 'quit', keys: ['q', 'ctrl+c'], label: 'q ctrl+c', description: 'quit', where: ['global'], footer: true },
  { command: 'redraw', keys: ['ctrl+l'], description: 'redraw the whole screen (when something else wrote on it)', where: ['global'] },
  { command: 'filter.clear', keys: ['esc'], description: 'clear the filter', where: ['filter'] },
  { command: 'filter.accept', keys: ['enter'], description: 'keep the filter, back to the list', where: ['filter'] },
  { command: 'command.run', keys: ['enter'], description: 'run the command', where: ['command'] },
  { command: 'command.complete', keys: ['tab'], description: 'complete a command, table name or saved query name', where: ['command'] },
  { command: 'command.cancel', keys: ['esc'], description: 'close the command line', where: ['command'] },
  { command: 'help.close', keys: ['esc', '?', 'q'], label: 'esc ? q', description: 'close help', where: ['help'] },
] as const satisfies readonly Binding[];

/** Every command a handler can be written for: a handler for a command that is not in the
 * table above fails to compile. */
export type Command = (typeof bindings)[number]['command'];

export function visibleBindings(readOnly: boolean, list: readonly Binding[] = bindings): Binding[] {
  return list.filter((b) => !(readOnly && b.write));
}

/** The first binding of these scopes that owns the key, in scope order. */
export function resolve(key: string, scopes: readonly Scope[], readOnly: boolean, list: readonly Binding[] = bindings): Binding | undefined {
  for (const scope of scopes) {
    const hit = list.find((b) => b.where.includes(scope) && b.keys.includes(key));
    if (hit) return readOnly && hit.write ? undefined : hit;
  }
  return undefined;
}

export function keyLabel(b: Binding): string {
  return b.label ?? b.keys.join(' ');
}
