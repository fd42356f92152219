// Progress of a long job (import, export) as text: rate, time left, a bar. Pure: no Ink.
import { formatCount } from './numbers.js';

/** Items per second over `elapsedMs`; undefined before there is anything to divide. */
export function perSecond(count: number, elapsedMs: number): number | undefined {
  return elapsedMs > 0 && count >= 0 ? (count * 1000) / elapsedMs : undefined;
}

/** `1,234 items/s`; `—` before the first measurement. Below 10 one decimal, else whole. */
export function formatRate(count: number, elapsedMs: number, unit = 'items'): string {
  const r = perSecond(count, elapsedMs);
  if (r === undefined) return `— ${unit}/s`;
  const shown = r < 10 ? String(Math.round(r * 10) / 10) : formatCount(Math.round(r));
  return `${shown} ${unit}/s`;
}

/** The share of a job done, clamped to 0..1; undefined when the total is unknown. */
export function fractionOf(done: number, total: number | undefined): number | undefined {
  if (total === undefined || !Number.isFinite(total) || total <= 0) return undefined;
  return Math.max(0, Math.min(1, done / total));
}

/**
 * Time left at the pace so far: (total - done) at done / elapsed. Undefined until there
 * is a pace (nothing done yet, or no total).
 */
export function etaMs(done: number, total: number | undefined, elapsedMs: number): number | undefined {
  if (total === undefined || done <= 0 || elapsedMs <= 0) return undefined;
  return Math.max(0, ((total - done) * elapsedMs) / done);
}

/** `ETA 8 s`, `ETA 4m 05s`, `ETA 2h 03m`; `ETA —` when unknown. Rounds up: never promises too early. */
export function formatEta(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return 'ETA —';
  const s = Math.ceil(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 60) return `ETA ${s} s`;
  if (s < 3600) return `ETA ${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  return `ETA ${Math.floor(s / 3600)}h ${pad(Math.floor(s / 60) % 60)}m`;
}

/** `48%`, rounded down so 100% means done; `—` when unknown. */
export function formatFraction(fraction: number | undefined): string {
  if (fraction === undefined) return '—';
  return `${Math.floor(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

export const BAR_FULL = '█';
export const BAR_EMPTY = '░';

/** A bar of exactly `width` cells, filled in proportion (rounded down: full only at 1). */
export function barText(fraction: number, width: number): string {
  const w = Math.max(1, Math.floor(width));
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const full = f >= 1 ? w : Math.min(w - 1, Math.floor(f * w));
  return BAR_FULL.repeat(full) + BAR_EMPTY.repeat(w - full);
}

/**
 * A bar for a job of unknown size: a short block that bounces from end to end as `tick`
 * grows (a page read, a second gone), so the screen shows that it moves.
 */
export function indeterminateBar(tick: number, width: number): string {
  const w = Math.max(1, Math.floor(width));
  const block = Math.min(w, Math.max(1, Math.floor(w / 8)));
  const span = w - block;
  if (span === 0) return BAR_FULL.repeat(w);
  const t = Math.abs(Math.floor(tick)) % (2 * span);
  const at = t <= span ? t : 2 * span - t;
  return BAR_EMPTY.repeat(at) + BAR_FULL.repeat(block) + BAR_EMPTY.repeat(span - at);
}

/** How long a line mentions a retry after it was decided (the next redraw after that drops it). */
const RETRY_SHOWN_MS = 3000;

/** " · retrying: throttled ×12" while retries happen, else nothing. */
export function retryText(note: { reason: string; times: number; at: number } | undefined, now = Date.now()): string {
  if (!note || now - note.at > RETRY_SHOWN_MS) return '';
  return ` · retrying: ${note.reason} ×${formatCount(note.times)}`;
}
