// Keeps an export's peak memory flat in the table size. The live heap of an export stays
// at a few pages (pages.ts), but V8 lets the heap grow to about four times the live set
// between full collections when allocation is fast and collection is cheap, which is
// exactly an export: 100,000 items peaked at twice the memory of 10,000 (bench/README.md).
// A full collection after every 4 MB of output (a few pages) caps that, for a few percent
// of the time (20-30 ms per collection of a live heap of about 25 MB).
// Only the command-line process does this; the app's import/export screens do not.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const EVERY_BYTES = 4 * 1024 * 1024;

export function heapKeeper(): (bytesWritten: number) => void {
  let collect: (() => void) | undefined;
  try {
    // The documented way to get `gc` without a command-line flag: allow it, then take it
    // from a fresh context (the flag applies to contexts created afterwards).
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = undefined;
  }
  let next = EVERY_BYTES;
  return (bytes) => {
    if (!collect || bytes < next) return;
    next = bytes + EVERY_BYTES;
    collect();
  };
}
