// Counts, sizes and times for the metadata views. Sizes use decimal units (1 KB = 1000
// bytes), as the DynamoDB console and its billing do.

const countFormat = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return countFormat.format(n);
}

export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** `2026-01-02 03:04 UTC`: unambiguous whatever the machine's locale. */
export function formatDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function relativeTime(d: Date, now: Date = new Date()): string {
  const s = Math.round((now.getTime() - d.getTime()) / 1000);
  const abs = Math.abs(s);
  const [n, unit] =
    abs < 60 ? [abs, 'second'] : abs < 3600 ? [Math.floor(abs / 60), 'minute'] : abs < 86400 ? [Math.floor(abs / 3600), 'hour']
      : abs < 86400 * 365 ? [Math.floor(abs / 86400), 'day'] : [Math.floor(abs / (86400 * 365)), 'year'];
  const text = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return s >= 0 ? `${text} ago` : `in ${text}`;
}
