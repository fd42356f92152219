/**
 * Dates for the metadata panel. ISO dates are UTC, to the second, so two people
 * comparing screens in different time zones see the same text.
 */
export function formatIsoDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '—';
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function formatIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '—';
  return date.toISOString().slice(0, 10);
}

const STEPS: [unit: string, ms: number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** `3 days ago`, `in 2 hours`, `just now`; counts round down, never overstating. */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const diff = now.getTime() - date.getTime();
  if (Number.isNaN(diff)) return '—';
  const abs = Math.abs(diff);
  if (abs < 10_000) return 'just now';
  const [unit, ms] = STEPS.find(([, ms]) => abs >= ms)!;
  const count = Math.floor(abs / ms);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return diff >= 0 ? `${phrase} ago` : `in ${phrase}`;
}

/** Elapsed time for progress lines: `850 ms`, `12.3 s`, `4m 05s`, `2h 03m`, `3d 4h`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${pad(Math.floor(s / 60) % 60)}m`;
  return `${Math.floor(s / 86_400)}d ${Math.floor(s / 3600) % 24}h`;
}
