// The screenshot font: DejaVu Sans Mono from the dejavu-fonts-ttf package, loaded
// by file so resvg never falls back to whatever "monospace" a machine has.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FAMILY = 'DejaVu Sans Mono';
const mono = join(dir, 'DejaVuSansMono.ttf');
/** Regular, bold and oblique faces, then DejaVu Sans for glyphs the mono face lacks. */
export const FONT_FILES = [
  mono,
  join(dir, 'DejaVuSansMono-Bold.ttf'),
  join(dir, 'DejaVuSansMono-Oblique.ttf'),
  join(dir, 'DejaVuSansMono-BoldOblique.ttf'),
  join(dir, 'DejaVuSans.ttf'),
  join(dir, 'DejaVuSans-Bold.ttf'),
];

export interface FontMetrics {
  /** All in em: advance of one cell, ascender and descender (positive) from hhea. */
  advance: number;
  ascent: number;
  descent: number;
}

// Read from the font's own tables (head, hhea) rather than hard-coded, so the grid
// stays exact if the package ever ships a revised font.
export function fontMetrics(file = mono): FontMetrics {
  const buf = readFileSync(file);
  const tables = new Map<string, number>();
  const count = buf.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error(`${file}: no head/hhea table`);
  const upem = buf.readUInt16BE(head + 18);
  return {
    // advanceWidthMax: every spacing glyph of a monospace face has this advance.
    advance: buf.readUInt16BE(hhea + 10) / upem,
    ascent: buf.readInt16BE(hhea + 4) / upem,
    descent: -buf.readInt16BE(hhea + 6) / upem,
  };
}
