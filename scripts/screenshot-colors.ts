// Terminal colours -> CSS hex for the screenshot renderer. A dark theme (the VS Code
// terminal palette) so screenshots look like the app does in most users' terminals.
import type { IBufferCell } from '@xterm/headless';

export const THEME = {
  background: '#1e1e1e',
  foreground: '#cccccc',
  ansi: [
    '#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5',
    '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff',
  ],
};

const hex = (n: number) => '#' + n.toString(16).padStart(6, '0');
const rgb = (r: number, g: number, b: number) => hex((r << 16) | (g << 8) | b);

/** xterm's 256-colour palette: 16 theme colours, a 6x6x6 cube, 24 greys. */
export function paletteColor(i: number): string {
  if (i < 16) return THEME.ansi[i];
  if (i < 232) {
    const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
    const c = i - 16;
    return rgb(level(Math.floor(c / 36)), level(Math.floor(c / 6) % 6), level(c % 6));
  }
  const g = 8 + (i - 232) * 10;
  return rgb(g, g, g);
}

/** Halfway between two colours: how terminals draw dim (SGR 2) text. */
export function blend(a: string, b: string): string {
  const p = (s: string, i: number) => parseInt(s.slice(1 + i * 2, 3 + i * 2), 16);
  return rgb(...([0, 1, 2].map((i) => Math.round((p(a, i) + p(b, i)) / 2)) as [number, number, number]));
}

/** Final foreground and background of a cell, after inverse, dim and invisible. */
export function cellColors(cell: IBufferCell): { fg: string; bg: string } {
  const pick = (isRgb: boolean, isPalette: boolean, n: number, dflt: string) =>
    isRgb ? hex(n) : isPalette ? paletteColor(n) : dflt;
  let fg = pick(cell.isFgRGB(), cell.isFgPalette(), cell.getFgColor(), THEME.foreground);
  let bg = pick(cell.isBgRGB(), cell.isBgPalette(), cell.getBgColor(), THEME.background);
  if (cell.isInverse()) [fg, bg] = [bg, fg];
  if (cell.isDim()) fg = blend(fg, bg);
  if (cell.isInvisible()) fg = bg;
  return { fg, bg };
}
