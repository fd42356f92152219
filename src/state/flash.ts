// The one-line message under the body. A newer message replaces an older one; its id tells
// the timer that clears it whether it is still the one on screen.
import { redactSecrets } from '../format/redact.js';
import { visibleControls } from '../format/textWindow.js';

export type FlashLevel = 'info' | 'warn' | 'error';
export interface Flash { level: FlashLevel; text: string; id: number }

/**
 * One line (control characters shown as pictures, so they cannot move the cursor), with credentials redacted (any flash may quote a server message). Redacted
 * before whitespace is folded: an Authorization header is hidden to its line's end.
 */
export const flashText = (text: string): string => visibleControls(redactSecrets(text).replace(/\s+/g, ' ').trim());
