// The export screen after the form: progress, then what was written (or why not).
import { Box, Text } from 'ink';
import type { ExportProgress } from '../../bulk/index.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { etaMs, formatEta, formatRate, fractionOf, retryText } from '../../format/progress.js';
import { formatDuration } from '../../format/time.js';
import { barWidth, KeyHint, ProblemBox, Row } from './BulkParts.js';
import type { ExportOutcome, ExportPlan } from '../../bulk/exportToFile.js';
import { leftBehind } from '../../state/controllers/exportJob.js';
import type { ReadLine } from './readDescription.js';

const n = formatCount;

export function ReadLines({ lines }: { lines: ReadLine[] }) {
  return <>{lines.map((l) => <Row key={l.label} label={l.label} width={11}>{l.text}</Row>)}</>;
}

/** How far the export is: by items scanned of the table's live count, when it is known. */
export function exportFraction(p: ExportProgress | undefined, total: number | undefined, readItems: number | undefined): number | undefined {
  if (!p) return total === undefined ? undefined : 0;
  if (p.phase === 'rows') return fractionOf(p.items, readItems) ?? (readItems === 0 ? 1 : undefined);
  return fractionOf(p.scanned, total);
}

export function ExportRunning({ label, table, plan, p, total, readItems, cancelling, width }: {
  label: string; table: string; plan: ExportPlan; p?: ExportProgress; total?: number; readItems?: number; cancelling?: boolean; width: number;
}) {
  const fraction = exportFraction(p, total, readItems);
  const elapsed = p?.elapsedMs ?? 0;
  const eta = p?.phase === 'rows' ? etaMs(p.items, readItems, elapsed) : total !== undefined ? etaMs(p?.scanned ?? 0, total, elapsed) : undefined;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Exporting the {label} of {table} to {plan.target}</Text>
      <ProgressBar fraction={fraction} width={barWidth(width)} tick={p ? p.pages + p.items : 0} />
      {p?.phase === 'rows'
        ? <Row label="rows">{n(p.items)} of {n(readItems ?? 0)} CSV rows written (the columns are known once every item is read)</Row>
        : <Row label="items">{n(p?.items ?? 0)}{p && p.scanned !== p.items ? ` · scanned ${n(p.scanned)}` : ''}{total !== undefined ? ` · the table holds ${n(total)} (live count)` : ''}</Row>}
      <Row label="pages">{n(p?.pages ?? 0)}</Row>
      <Row label="bytes">{formatBytes(p?.bytes ?? 0)}{plan.format === 'csv' && p?.phase !== 'rows' ? ' (items kept aside until the CSV columns are known)' : ' (to a temporary file)'}</Row>
      <Row label="rate">{formatRate(p?.items ?? 0, elapsed)}{eta !== undefined ? ` · ${formatEta(eta)}` : ''} · {formatDuration(elapsed)} so far{retryText(p?.retry)}</Row>
      {total === undefined && p?.phase !== 'rows'
        ? <KeyHint>  no total for a bar: {plan.source.operation === 'Query' || plan.source.input.IndexName ? 'a query or an index holds an unknown share of the table' : `run the live count (c) on ${table} first`}</KeyHint>
        : null}
      <Text> </Text>
      {cancelling
        ? <Text color="yellow">cancelling…</Text>
        : <KeyHint>esc cancels: the temporary file is removed and {plan.target} is not {plan.existed ? 'touched' : 'created'}</KeyHint>}
    </Box>
  );
}

export function ExportDone({ label, table, plan, outcome, p }: { label: string; table: string; plan: ExportPlan; outcome: ExportOutcome; p?: ExportProgress }) {
  if (outcome.kind === 'done') {
    const r = outcome.progress;
    return (
      <Box flexDirection="column">
        <Text bold color="green" wrap="wrap">Exported {n(r.items)} items ({label} of {table}) to {plan.target}, {formatBytes(outcome.size)}.</Text>
        <Row label="file">{plan.target}</Row>
        <Row label="items">{n(r.items)}{r.scanned !== r.items && r.phase === 'read' ? ` of ${n(r.scanned)} scanned` : ''}</Row>
        <Row label="size">{formatBytes(outcome.size)} ({n(outcome.size)} bytes), {plan.format}</Row>
        <Row label="read">{n(r.pages)} {r.pages === 1 ? 'page' : 'pages'} · {Math.round(r.capacity * 10) / 10} read units · {formatDuration(r.elapsedMs)} · {formatRate(r.items, r.elapsedMs)}</Row>
        <Text> </Text>
        <KeyHint>esc goes back to {table}</KeyHint>
      </Box>
    );
  }
  const { target, temp } = leftBehind(plan, outcome);
  const read = p ? `${n(p.items)} items ${p.phase === 'rows' ? 'written as CSV rows' : 'read'} before it stopped` : 'nothing read yet';
  if (outcome.kind === 'cancelled') {
    return (
      <Box flexDirection="column">
        <Text bold color="yellow">Export cancelled.</Text>
        <Row label="file" color="yellow">{target}</Row>
        <Row label="temporary">{temp}</Row>
        <Row label="read">{read}</Row>
        <Text> </Text>
        <KeyHint>esc goes back to {table}</KeyHint>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text bold>Export to {plan.target} failed</Text>
      <ProblemBox problem={outcome.problem ?? { title: 'Export failed', detail: '' }} />
      <Row label="file" color="yellow">{target}</Row>
      <Row label="temporary">{temp}</Row>
      <Row label="read">{read}</Row>
      <Text> </Text>
      <KeyHint>esc goes back to the form, inputs kept</KeyHint>
    </Box>
  );
}
