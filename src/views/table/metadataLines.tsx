// The table's metadata as lines, so the screen can scroll them at any terminal size.
import { Text } from 'ink';
import type { ReactElement } from 'react';
import { keySchemaText, type IndexInfo, type KeyAttr, type TableInfo } from '../../dynamo/tableInfo.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { retryText } from '../../format/progress.js';
import { formatIsoDateTime, formatRelative } from '../../format/time.js';
import type { LiveCount as LiveCountState } from '../../state/app.js';

const Label = ({ children }: { children: string }) => <Text color="gray">{children.padEnd(12)}</Text>;

function keyLine(k?: KeyAttr, role?: string) {
  return k ? `${k.name} ${k.type} (${role})` : '';
}

function throughput(x: { read?: number; write?: number }): string {
  return x.read === undefined ? 'on-demand' : `${x.read} RCU / ${x.write} WCU`;
}

export function liveText(c: LiveCountState): string {
  const p = c.progress;
  if (!p && c.error) return c.error;
  if (!p) return c.running ? 'counting…' : 'not counted yet (press c)';
  const detail = `scanned ${formatCount(p.scanned)} · ${p.pages} pages · ${p.segmentsDone}/${p.segments} segments · ${p.capacity.toFixed(1)} RCU`;
  if (c.running) return `counting… ${formatCount(p.count)} so far (${detail})${retryText(p.retry)}`;
  if (c.done?.cancelled) return `cancelled at ${formatCount(p.count)} items (${detail})`;
  return `${formatCount(p.count)} items (${detail}, ${c.done?.seconds.toFixed(1)} s)${c.error ? ` · ${c.error}` : ''}`;
}

function indexLine(ix: IndexInfo, table: TableInfo): ReactElement {
  const size = ix.itemCount !== undefined ? `${formatCount(ix.itemCount)} items · ${formatBytes(ix.sizeBytes ?? 0)}` : '';
  return (
    <Text wrap="truncate-end">
      {'  '}<Text color="magenta">{ix.kind}</Text> <Text bold>{ix.name}</Text>  {keySchemaText(ix)}  <Text dimColor>proj</Text> {ix.projection}
      {ix.status ? `  ${ix.status}` : ''}  {size}{ix.kind === 'GSI' && table.billing === 'PROVISIONED' ? `  ${throughput(ix)}` : ''}
    </Text>
  );
}

/** Four lines for small terminals: keys, status, counts, live count, and index names. */
export function compactMetadataLines(info: TableInfo, count: LiveCountState): ReactElement[] {
  const [keys, status, reported, live] = metadataLines(info, count);
  const indexes = [...info.gsis, ...info.lsis].map((i) => `${i.kind} ${i.name}`).join(', ') || 'none';
  return [keys, status, reported, live, <Text wrap="truncate-end"><Label>indexes</Label>{indexes}</Text>];
}

export function metadataLines(info: TableInfo, count: LiveCountState, ttlProblem?: string): ReactElement[] {
  const lines: ReactElement[] = [
    <Text wrap="truncate-end"><Label>keys</Label>{[keyLine(info.partitionKey, 'partition'), keyLine(info.sortKey, 'sort')].filter(Boolean).join(' · ')}</Text>,
    <Text wrap="truncate-end"><Label>status</Label><Text color={info.status === 'ACTIVE' ? 'green' : 'yellow'}>{info.status}</Text>  <Text color="gray">billing</Text> {info.billing === 'PAY_PER_REQUEST' ? 'on-demand' : `provisioned · ${throughput(info)}`}  <Text color="gray">class</Text> {info.tableClass}</Text>,
    <Text wrap="truncate-end"><Label>reported</Label>{formatCount(info.itemCount ?? 0)} items · {formatBytes(info.sizeBytes ?? 0)} <Text dimColor>(DynamoDB refreshes these about every six hours)</Text></Text>,
    <Text wrap="truncate-end"><Label>live count</Label><Text color={count.running ? 'cyan' : count.done && !count.done.cancelled ? 'green' : undefined}>{liveText(count)}</Text></Text>,
    <Text wrap="truncate-end"><Label>stream</Label>{info.stream.enabled ? `on (${info.stream.viewType ?? '?'})` : 'off'}  <Text color="gray">TTL</Text> {info.ttl ? `${info.ttl.status}${info.ttl.attribute ? ` on ${info.ttl.attribute}` : ''}` : `unknown${ttlProblem ? ` (${ttlProblem})` : ''}`}  <Text color="gray">deletion protection</Text> {info.deletionProtection ? 'on' : 'off'}</Text>,
    <Text wrap="truncate-end"><Label>created</Label>{info.created ? `${formatIsoDateTime(info.created)} (${formatRelative(info.created)})` : '?'}</Text>,
    <Text wrap="truncate-end"><Label>arn</Label>{info.arn ?? '?'}</Text>,
  ];
  if (info.stream.enabled && info.stream.arn) lines.push(<Text wrap="truncate-end"><Label>stream arn</Label>{info.stream.arn}</Text>);
  const indexes = [...info.gsis, ...info.lsis];
  lines.push(<Text><Label>indexes</Label>{indexes.length ? `${info.gsis.length} global, ${info.lsis.length} local` : 'none'}</Text>);
  for (const ix of indexes) lines.push(indexLine(ix, info));
  return lines;
}
