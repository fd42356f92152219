// NO_COLOR (https://no-color.org): no colour, but the other text attributes stay. Chalk 5
// does not read NO_COLOR, and its "no colour" level drops bold, dim and inverse too, which
// would hide the cursor row and the text cursor (both drawn inverse). So colour is taken
// out of the escape sequences on their way to the terminal instead.

// Select Graphic Rendition: ESC [ params m. Params are `;`-separated; `:` joins sub-params.
const SGR = /\x1b\[([0-9;:]*)m/g;

const isColour = (code: number): boolean =>
  (code >= 30 && code <= 39) || (code >= 40 && code <= 49) || (code >= 90 && code <= 97) || (code >= 100 && code <= 107) || code === 59;

/** The SGR parameters without colours: 38/48/58 take their 5;n or 2;r;g;b along. */
function keepNonColour(params: string): string[] {
  const parts = params.split(';');
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const code = Number(parts[i].split(':')[0]);
    if ((code === 38 || code === 48 || code === 58) && !parts[i].includes(':')) {
      i += parts[i + 1] === '5' ? 2 : parts[i + 1] === '2' ? 4 : 0;
    } else if (!isColour(code)) {
      kept.push(parts[i]);
    }
  }
  return kept;
}

/** `text` with every colour taken out of its SGR sequences; bold, dim, inverse... kept. */
export function stripColour(text: string): string {
  return text.replace(SGR, (seq, params: string) => {
    if (params === '') return seq; // ESC[m is a reset
    const kept = keepNonColour(params);
    return kept.length ? `\x1b[${kept.join(';')}m` : '';
  });
}

/**
 * NO_COLOR set and not empty, and FORCE_COLOR unset: as in Node's own colour detection,
 * FORCE_COLOR (which chalk reads) wins over NO_COLOR when both are given.
 */
export const wantsNoColour = (env: NodeJS.ProcessEnv): boolean => !!env.NO_COLOR && env.FORCE_COLOR === undefined;

/** Filters every string written to `stream` (Ink writes each frame as one string). */
export function filterColour(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? stripColour(chunk) : chunk, ...rest)) as typeof stream.write;
}
