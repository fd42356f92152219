// The import screen after the form: the confirm step, progress, the summary.
import { Box, Text } from 'ink';
import type { ImportProgress, ImportSummary, LineProblem } from '../../bulk/index.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { etaMs, formatEta, formatRate, fractionOf, retryText } from '../../format/progress.js';
import { formatDuration } from '../../format/time.js';
import { barWidth, KeyHint, Row } from './BulkParts.js';
import type { ImportPlan } from '../../state/bulkJobs.js';

const n = formatCount;

export function ImportConfirm({ table, plan, info }: { table: string; plan: ImportPlan; info?: TableInfo }) {
  const keys = [info?.partitionKey, info?.sortKey].filter((k) => !!k).map((k) => `${k!.name} ${k!.type}`).join(', ');
  return (
    <Box flexDirection="column">
      <Text bold>Import into {table}: confirm</Text>
      <Row label="file">{plan.path}</Row>
      <Row label="size">{formatBytes(plan.size)} ({n(plan.size)} bytes)</Row>
      <Row label="format">{plan.format}{plan.auto ? ' (auto, from the file name)' : ''}</Row>
      <Row label="table">{table}{keys ? ` (key ${keys})` : ''}</Row>
      <Row label="bad line">{plan.onError === 'skip' ? 'skip it and report it' : 'stop the import at the first one'}</Row>
      {plan.format === 'csv' ? (
        <Text dimColor wrap="wrap">CSV types come from the header: a cell `name:N` (or :S :B :BOOL :NULL :SS :NS :BS :L :M :ddb) types its column; a column without one is read as strings (see the README).</Text>
      ) : null}
      <Text> </Text>
      <Text color="yellow" wrap="wrap">Every item is written with BatchWriteItem (PutRequest):</Text>
      <Text color="yellow" wrap="wrap">an item whose key already exists in {table} is replaced whole.</Text>
      <KeyHint>enter starts the import · esc goes back to the form</KeyHint>
    </Box>
  );
}

export function ImportRunning({ table, plan, p, problems, problemCount, cancelling, width }: {
  table: string; plan: ImportPlan; p?: ImportProgress; problems: LineProblem[]; problemCount: number; cancelling?: boolean; width: number;
}) {
  const read = p?.bytesRead ?? 0;
  const fraction = fractionOf(read, plan.size) ?? (plan.size === 0 ? 1 : undefined);
  const last = problems[problems.length - 1];
  return (
    <Box flexDirection="column">
      <Text bold>Importing {plan.path} into {table}</Text>
      <ProgressBar fraction={fraction} width={barWidth(width)} />
      <Row label="read">{formatBytes(Math.min(read, plan.size))} of {formatBytes(plan.size)} · {n(p?.read ?? 0)} items</Row>
      <Row label="written">{n(p?.written ?? 0)}</Row>
      <Row label="skipped" color={p?.skipped ? 'yellow' : undefined}>{n(p?.skipped ?? 0)}</Row>
      <Row label="failed" color={p?.failed ? 'red' : undefined}>{n(p?.failed ?? 0)}</Row>
      <Row label="rate">{formatRate(p?.written ?? 0, p?.elapsedMs ?? 0)} · {formatEta(etaMs(read, plan.size, p?.elapsedMs ?? 0))} · {formatDuration(p?.elapsedMs ?? 0)} so far{retryText(p?.retry)}</Row>
      {last ? <Text color="yellow" wrap="truncate-end">  {n(problemCount)} bad line{problemCount === 1 ? '' : 's'}; last: line {last.line}: {problemText(last)}</Text> : null}
      <Text> </Text>
      {cancelling
        ? <Text color="yellow">cancelling: nothing more is sent; waiting for the batches already sent…</Text>
        : <KeyHint>esc cancels (items already written stay written)</KeyHint>}
    </Box>
  );
}

export function ImportDone({ table, plan, s, problems, height }: {
  table: string; plan: ImportPlan; s: ImportSummary; problems: LineProblem[]; height: number;
}) {
  const shown = [...problems].sort((a, b) => a.line - b.line).slice(0, Math.max(3, height - 14));
  const more = s.skipped + s.failed - shown.length;
  return (
    <Box flexDirection="column">
      <Text bold color={s.cancelled || s.stopped ? 'yellow' : s.failed || s.skipped ? 'yellow' : 'green'} wrap="wrap">{headline(table, s)}</Text>
      <Row label="file">{plan.path} ({plan.format})</Row>
      <Row label="written" color="green">{n(s.written)}</Row>
      <Row label="skipped" color={s.skipped ? 'yellow' : undefined}>{n(s.skipped)}  bad lines, never sent</Row>
      <Row label="failed" color={s.failed ? 'red' : undefined}>{n(s.failed)}  refused by DynamoDB, or still throttled after every retry</Row>
      <Row label="unwritten" color={s.unsent ? 'yellow' : undefined}>{n(s.unsent)}  cancelled: not sent, or sent and found not written when read back</Row>
      {s.unknown ? <Row label="unknown" color="red">{n(s.unknown)}  sent, no answer, and reading them back failed too: look them up (lines below)</Row> : null}
      <Row label="read">{n(s.read)} items in {formatDuration(s.elapsedMs)} · {formatRate(s.written, s.elapsedMs)}</Row>
      {s.cancelled || s.stopped ? <Row label="unread">{unreadText(s, plan.size)}</Row> : null}
      {shown.length ? <Text bold>Bad lines{more > 0 ? ` (first ${shown.length} of ${n(s.skipped + s.failed)})` : ''}:</Text> : null}
      {shown.map((p, i) => (
        <Text key={i} color={p.kind === 'skipped' ? 'yellow' : 'red'} wrap="truncate-end">  line {p.line}: {p.kind === 'failed' ? 'not written: ' : p.kind === 'unknown' ? 'outcome unknown: ' : ''}{problemText(p)}</Text>
      ))}
      <Text> </Text>
      <KeyHint>esc goes back to {table} (its grid reads the page again)</KeyHint>
    </Box>
  );
}

function headline(table: string, s: ImportSummary): string {
  if (s.cancelled) return `Cancelled: ${n(s.written)} items were written to ${table} and stay there; ${n(s.unsent)} were not written${s.unknown ? `; ${n(s.unknown)} unknown` : ''}.`;
  if (s.stopped) {
    const why = s.stopped.error ? problemLine(describeError(s.stopped.error, { table })) : s.stopped.message.replace(/^line \d+: /, '');
    return `Stopped${s.stopped.line !== undefined ? ` at line ${s.stopped.line}` : ''}: ${why}. ${n(s.written)} items were written to ${table}.`;
  }
  return `Imported ${n(s.written)} of ${n(s.read)} items into ${table}.`;
}

function unreadText(s: ImportSummary, size: number): string {
  if (s.bytesRead >= size && !s.cancelled) return 'nothing: the file was read to its end';
  return 'the rest of the file was not read, so none of it was sent';
}

export function problemText(p: LineProblem): string {
  return p.kind === 'failed' && p.error ? problemLine(describeError(p.error)) : p.message;
}
