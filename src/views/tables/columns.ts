// Columns of the table list and how a row's DescribeTable summary fills them.
import type { Summary } from '../../state/tables.js';
import { keySchemaText } from '../../dynamo/tableInfo.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { fitText } from '../../format/width.js';

export interface Column { title: string; width: number; right?: boolean }

export function tableColumns(width: number): Column[] {
  const fixed: Column[] = [
    { title: 'status', width: 9 },
    { title: 'items', width: 11, right: true },
    { title: 'size', width: 9, right: true },
    { title: 'billing', width: 11 },
  ];
  const rest = Math.max(20, width - fixed.reduce((n, c) => n + c.width + 1, 0));
  const name = Math.min(48, Math.max(12, Math.floor(rest * 0.45)));
  return [{ title: 'name', width: name }, ...fixed, { title: 'keys', width: Math.max(8, rest - name - 1) }];
}

export function summaryCells(name: string, summary: Summary | undefined, cols: Column[]): string[] {
  const info = summary?.state === 'ok' ? summary.info : undefined;
  const pending = !summary || summary.state === 'loading' ? '…' : summary.state === 'error' ? 'error' : '';
  const values = [
    name,
    info?.status ?? pending,
    info?.itemCount !== undefined ? formatCount(info.itemCount) : '',
    info?.sizeBytes !== undefined ? formatBytes(info.sizeBytes) : '',
    info ? (info.billing === 'PAY_PER_REQUEST' ? 'on-demand' : `prov ${info.read ?? '?'}/${info.write ?? '?'}`) : '',
    info ? keySchemaText(info) : summary?.state === 'error' ? summary.message : '',
  ];
  return values.map((v, i) => fitText(v, cols[i].width, cols[i].right));
}
