/**
 * Thousands separators for counts: `1234567` -> `1,234,567`. Always a comma and no
 * locale, so screens, tests and screenshots agree. Takes bigint or digit strings
 * too, for counts past 2^53 (a live count of a huge table).
 */
export function formatCount(n: number | bigint | string): string {
  const text = typeof n === 'string' ? n.trim() : typeof n === 'bigint' ? n.toString() : formatPlain(n);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  const [, sign, whole, frac = ''] = m;
  return sign + whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

function formatPlain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // String(1e21) is "1e+21"; counts that large are integers, print every digit.
  return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}

/** `12.5%` style share (e.g. Count of ScannedCount), one decimal, `—` when undefined. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0 || !Number.isFinite(part / whole)) return '—';
  const pct = (part / whole) * 100;
  return `${pct >= 99.95 || pct === 0 ? Math.round(pct) : pct.toFixed(1)}%`;
}
