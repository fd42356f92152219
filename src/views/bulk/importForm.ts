// The import and export forms as fields and values (views and keys share them).
import { FORMATS } from '../../bulk/index.js';
import { autoLabel, type FormatChoice } from '../../bulk/files.js';
import type { ExportJob, ImportJob } from '../../state/bulkJobs.js';
import type { FieldSpec, FormValues } from '../../state/form.js';

export function importFields(job: ImportJob): FieldSpec[] {
  return [
    { kind: 'text', key: 'path', label: 'file', placeholder: 'items.jsonl', hint: '~ is your home folder' },
    {
      kind: 'choice', key: 'format', label: 'format',
      options: [{ value: 'auto', label: autoLabel(job.values.path) }, ...FORMATS.map((f) => ({ value: f as FormatChoice, label: f }))],
      hint: 'DynamoDB JSON (ddb-json) is guessed only from .ddb.jsonl',
    },
    {
      kind: 'choice', key: 'onError', label: 'on a bad line',
      options: [{ value: 'skip', label: 'skip it and report it' }, { value: 'stop', label: 'stop the import' }],
    },
  ];
}

export function exportFields(table: string, operation: 'Scan' | 'Query'): FieldSpec[] {
  return [
    { kind: 'text', key: 'path', label: 'file', placeholder: `${table}.jsonl`, hint: '~ is your home folder' },
    { kind: 'choice', key: 'format', label: 'format', options: FORMATS.map((f) => ({ value: f, label: f })) },
    ...(operation === 'Scan' ? [{ kind: 'text', key: 'segments', label: 'segments', hint: 'parallel Scan requests' } as FieldSpec] : []),
    { kind: 'toggle', key: 'overwrite', label: 'overwrite', hint: 'replace a file that exists' },
  ];
}

export const jobValues = (job: ImportJob | ExportJob): FormValues => ({ ...job.values });
