import { Text } from 'ink';
import { useApp } from '../../app/context.js';
import { ReadFormView } from './ReadFormView.js';

/** The form needs the table's key schema and indexes, described by the table screen. */
export function ReadFormScreen({ table, mode }: { table: string; mode: 'scan' | 'query' }) {
  const { state } = useApp();
  const summary = state.tables.summaries[table];
  if (summary?.state !== 'ok') return <Text dimColor>describing {table}…</Text>;
  return <ReadFormView table={table} info={summary.info} mode={mode} />;
}
