// The file formats of import and export, and the guess from a file name.
import { extname } from 'node:path';

export const FORMATS = ['jsonl', 'json', 'csv', 'ddb-json'] as const;
export type BulkFormat = (typeof FORMATS)[number];

export function isFormat(name: string): name is BulkFormat {
  return (FORMATS as readonly string[]).includes(name);
}

/**
 * `.csv` -> csv, `.jsonl`/`.ndjson` -> jsonl, `.json` -> json, and `.ddb.jsonl` (the name the
 * app's export gives DynamoDB JSON) -> ddb-json. DynamoDB JSON looks like plain JSON whose
 * values are maps, so its content is never guessed: any other name needs --format ddb-json.
 * Import refines `json` by the first character (`{` means one object per line).
 */
export function formatFromPath(path: string): BulkFormat | undefined {
  if (/\.ddb\.(jsonl|json|ndjson)$/i.test(path)) return 'ddb-json';
  switch (extname(path).toLowerCase()) {
    case '.csv': return 'csv';
    case '.jsonl': case '.ndjson': return 'jsonl';
    case '.json': return 'json';
    default: return undefined;
  }
}
