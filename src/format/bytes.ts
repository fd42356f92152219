/**
 * Human sizes in decimal (SI) units, 1 KB = 1,000 bytes, as the AWS console shows
 * table and index sizes: `0 B`, `999 B`, `1.5 KB`, `23.4 MB`, `512 GB`.
 * One decimal below 100 of a unit (dropped when it is .0), whole numbers above.
 */
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

export function formatBytes(bytes: number | bigint): string {
  let n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1000) return `${Math.round(n)} B`;
  let unit = 0;
  while (n >= 1000 && unit < UNITS.length - 1) {
    n /= 1000;
    unit++;
  }
  let shown = n < 100 ? Math.round(n * 10) / 10 : Math.round(n);
  // 999,960 bytes rounds to "1000 KB"; say "1 MB" instead.
  if (shown >= 1000 && unit < UNITS.length - 1) {
    shown = Math.round((shown / 1000) * 10) / 10;
    unit++;
  }
  return `${shown} ${UNITS[unit]}`;
}
