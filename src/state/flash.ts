// The one-line message under the body. A newer message replaces an older one.
export type FlashLevel = 'info' | 'warn' | 'error';
export interface Flash { level: FlashLevel; text: string; id: number }

let next = 1;
export function flash(level: FlashLevel, text: string): Flash {
  return { level, text: text.replace(/\s+/g, ' ').trim(), id: next++ };
}
