// The key table as Markdown and as help rows: what README.md and the `?` overlay show.
import { bindings, keyLabel, visibleBindings, type Binding, type Scope } from './bindings.js';

const scopeNames: Record<Scope, string> = {
  global: 'everywhere', lists: 'lists', tables: 'tables', table: 'table', items: 'items', item: 'item',
  form: 'forms', request: 'request', review: 'review', attributes: 'edit form', filter: 'filter field',
  command: 'command line', help: 'help', indexes: 'create table form', confirm: 'import confirm', running: 'running job',
  picker: 'column picker', sorter: 'sort chooser',
  readForm: 'scan and query forms', recall: 'recent queries', saveQuery: 'save query prompt', undo: 'undo list',
};

export interface HelpRow { keys: string; where: string; description: string }

export function helpRows(readOnly = false, list: readonly Binding[] = bindings): HelpRow[] {
  return visibleBindings(readOnly, list).map((b) => ({
    keys: keyLabel(b),
    where: b.where.map((w) => scopeNames[w]).join(', '),
    description: b.description + (b.dangerous && !/confirm/.test(b.description) ? ' (asks to confirm)' : ''),
  }));
}

export function markdownKeyTable(list: readonly Binding[] = bindings): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = helpRows(false, list).map((r) =>
    `| ${r.keys.split(' ').map((k) => '`' + esc(k) + '`').join(' ')} | ${esc(r.where)} | ${esc(r.description)} |`);
  return ['| keys | where | action |', '| --- | --- | --- |', ...rows].join('\n');
}
