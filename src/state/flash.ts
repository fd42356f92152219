// The one-line message under the body. A newer message replaces an older one; its id tells
// the timer that clears it whether it is still the one on screen.
export type FlashLevel = 'info' | 'warn' | 'error';
export interface Flash { level: FlashLevel; text: string; id: number }

/** One line: whitespace (newlines in server messages) folded. */
export const flashText = (text: string): string => text.replace(/\s+/g, ' ').trim();
