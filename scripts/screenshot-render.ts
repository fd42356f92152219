// Screen -> SVG -> PNG: draws the xterm buffer of a harness terminal cell by cell
// (backgrounds, colours, bold, italic, dim, inverse, underline), then rasterizes it
// with resvg using only the bundled DejaVu fonts, so a PNG looks the same on every
// machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { IBuffer, IBufferCell } from '@xterm/headless';
import { cellColors, THEME } from './screenshot-colors.js';
import { FONT_FAMILY, FONT_FILES, fontMetrics } from './screenshot-font.js';

/** What the renderer needs from a terminal: the harness's Term satisfies it. */
export interface Screen {
  buffer(): IBuffer;
  readonly cols: number;
  readonly rows: number;
}

export interface RenderOptions {
  fontSize?: number;
  /** Pixel density of the PNG (2 for sharp text on high-DPI displays). */
  scale?: number;
  padding?: number;
}

const esc = (s: string) =>
  // Control characters are not allowed in XML at all; a cell never needs them.
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface Run {
  attrs: string;
  chars: string[];
  xs: number[];
}

export function renderSvg(screen: Screen, opts: RenderOptions = {}): string {
  const size = opts.fontSize ?? 15;
  const pad = opts.padding ?? 12;
  const m = fontMetrics();
  const cw = m.advance * size;
  // Rows as tall as the font's ascent+descent, so box-drawing lines join up.
  const ch = Math.ceil((m.ascent + m.descent) * size);
  const baseline = (ch - (m.ascent + m.descent) * size) / 2 + m.ascent * size;
  const width = Math.ceil(screen.cols * cw + 2 * pad);
  const height = Math.ceil(screen.rows * ch + 2 * pad);
  const buf = screen.buffer();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${THEME.background}"/>`,
  ];
  const texts: string[] = [];
  const cell: IBufferCell | undefined = buf.getNullCell();
  for (let y = 0; y < screen.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    if (!line) continue;
    const top = pad + y * ch;
    const runs = new Map<string, Run>();
    let bgStart = 0;
    let bgColor = THEME.background;
    const flushBg = (end: number) => {
      if (bgColor !== THEME.background && end > bgStart) {
        out.push(`<rect x="${f(pad + bgStart * cw)}" y="${top}" width="${f((end - bgStart) * cw)}" height="${ch}" fill="${bgColor}"/>`);
      }
    };
    for (let x = 0; x < screen.cols; x++) {
      const c = line.getCell(x, cell);
      if (!c || c.getWidth() === 0) continue; // the right half of a wide character
      const { fg, bg } = cellColors(c);
      if (bg !== bgColor) {
        flushBg(x);
        bgStart = x;
        bgColor = bg;
      }
      const chars = c.getChars();
      const left = pad + x * cw;
      if (c.isUnderline()) texts.push(hline(left, top + baseline + size * 0.12, cw * c.getWidth(), fg, size));
      if (c.isStrikethrough()) texts.push(hline(left, top + baseline - size * 0.3, cw * c.getWidth(), fg, size));
      if (!chars.trim()) continue;
      const attrs =
        `fill="${fg}"` + (c.isBold() ? ' font-weight="bold"' : '') + (c.isItalic() ? ' font-style="italic"' : '');
      // One positioned character per cell keeps the grid exact even for glyphs that
      // come from the fallback face with another advance; multi-code-unit cells
      // (surrogate pairs, combining marks) get their own run so x stays aligned.
      const key = chars.length === 1 ? attrs : `${attrs}@${x}`;
      const run = runs.get(key) ?? { attrs, chars: [], xs: [] };
      run.chars.push(chars);
      run.xs.push(left);
      runs.set(key, run);
    }
    flushBg(screen.cols);
    for (const r of runs.values()) {
      texts.push(`<text x="${r.xs.map(f).join(' ')}" y="${f(top + baseline)}" ${r.attrs}>${esc(r.chars.join(''))}</text>`);
    }
  }
  out.push(`<g font-family="${FONT_FAMILY}" font-size="${size}">`, ...texts, '</g></svg>');
  return out.join('\n');
}

const f = (n: number) => String(Math.round(n * 100) / 100);
const hline = (x: number, y: number, w: number, color: string, size: number) =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(Math.max(1, size / 15))}" fill="${color}"/>`;

export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: scale },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/** Writes the visible screen of `term` to `file` as a PNG (directories created). */
export function renderPng(term: Screen, file: string, opts: RenderOptions = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svgToPng(renderSvg(term, opts), opts.scale ?? 1));
}
