// Bulk data: export (Scan/Query -> file), import (file -> BatchWriteItem). Used by the
// `dynoscope export|import` subcommands and, with a progress callback and an AbortSignal,
// by the app's export/import screens. No Ink or React here.
export { exportItems, type ExportOptions, type ExportHooks, type ExportProgress, type ExportResult } from './export.js';
export {
  importItems, type ImportOptions, type ImportHooks, type ImportProgress, type ImportSummary, type LineProblem,
} from './import.js';
export { FORMATS, isFormat, formatFromPath, type BulkFormat } from './formats.js';
export { buildScanInput, type ScanSpec, type ScanInputResult } from './scanInput.js';
export type { PageSource } from './pages.js';
export { describeKeys, keyColumns, keyInfoOf, type KeyInfo } from './keys.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { headerCell, parseHeaderCell, COLUMN_TYPES, type Column, type ColumnType } from './csvCells.js';
