// The state of an import or an export screen, in its stack entry: the form, the step, the
// job's progress and its outcome. The job itself (src/state/controllers/bulk*.ts) reports
// here, so `?` or `:` over a running job, or a screen that comes back, shows it as it is.
import type { BulkFormat, ExportProgress, ImportProgress, ImportSummary, LineProblem } from '../bulk/index.js';
import type { FormatChoice } from '../bulk/files.js';
import type { ExportOutcome, ExportPlan } from '../bulk/exportToFile.js';
import type { Problem } from '../dynamo/errors.js';
import type { FieldErrors } from './form.js';

export interface ImportValues { path: string; format: FormatChoice; onError: 'skip' | 'stop' }
export interface ImportPlan { path: string; size: number; format: BulkFormat; auto: boolean; onError: 'skip' | 'stop' }

export interface ImportJob {
  values: ImportValues;
  errors: FieldErrors;
  step: 'form' | 'checking' | 'confirm' | 'running' | 'done';
  plan?: ImportPlan;
  progress?: ImportProgress;
  /** The first bad lines (a bounded number) and how many there were in all. */
  problems: LineProblem[];
  problemCount: number;
  cancelling?: boolean;
  summary?: ImportSummary;
  failure?: Problem;
}

export const initialImportJob = (): ImportJob => ({
  values: { path: '', format: 'auto', onError: 'skip' }, errors: {}, step: 'form', problems: [], problemCount: 0,
});

export interface ExportValues { path: string; format: BulkFormat; segments: string; overwrite: boolean }

export interface ExportJob {
  values: ExportValues;
  /** Until the path is edited it follows the format's extension. */
  pathEdited: boolean;
  /** Until a format is chosen it follows the path's extension (.csv, .json, .jsonl, .ddb.jsonl). */
  formatChosen?: boolean;
  errors: FieldErrors;
  step: 'form' | 'checking' | 'running' | 'done';
  plan?: ExportPlan;
  progress?: ExportProgress;
  /** CSV: items read in its first step, the total of its second (rows). */
  readItems?: number;
  cancelling?: boolean;
  outcome?: ExportOutcome;
}

export const DEFAULT_SEGMENTS = 4;
export const MAX_SEGMENTS = 64;
