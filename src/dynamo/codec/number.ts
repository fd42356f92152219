/**
 * DynamoDB number rules, on the text alone: a JS double would lose digits.
 * Limits from the DynamoDB developer guide: 38 significant digits, magnitude
 * 1E-130 to 9.9999999999999999999999999999999999999E+125, or zero.
 */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export const MAX_DIGITS = 38;
export const MIN_EXPONENT = -130;
export const MAX_EXPONENT = 125;

/** A number as sign, significant digits (no leading/trailing zeros) and scientific exponent. */
export interface DecimalParts {
  negative: boolean;
  /** '' for zero */
  digits: string;
  /** the value is d1.d2d3... x 10^exponent */
  exponent: number;
}

export type NumberCheck = { ok: true; parts: DecimalParts } | { ok: false; reason: string };

export function checkDynamoNumber(text: string): NumberCheck {
  const m = NUMBER.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    return { ok: false, reason: `${JSON.stringify(text)} is not a number` };
  }
  const [, sign, int, frac = '', exp = '0'] = m;
  const all = int + frac;
  const lead = all.length - all.replace(/^0+/, '').length;
  const trimmed = all.slice(lead).replace(/0+$/, '');
  const negative = sign === '-';
  if (trimmed === '') return { ok: true, parts: { negative, digits: '', exponent: 0 } };
  if (trimmed.length > MAX_DIGITS) {
    return {
      ok: false,
      reason: `${text} has ${trimmed.length} significant digits; DynamoDB numbers keep at most ${MAX_DIGITS}`,
    };
  }
  // Exponents past a few digits are out of range whatever the mantissa; avoid parsing them.
  const expDigits = exp.replace(/^[+-]?0*/, '');
  const expValue = expDigits.length > 9 ? (exp.startsWith('-') ? -Infinity : Infinity) : Number(exp);
  const exponent = expValue + int.length - lead - 1;
  if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
    return {
      ok: false,
      reason:
        `${text} is out of range: DynamoDB numbers are 0 or between 1E-130 and ` +
        `9.9999999999999999999999999999999999999E+125 in magnitude`,
    };
  }
  return { ok: true, parts: { negative, digits: trimmed, exponent } };
}

/** Equal for numerically equal texts (`1`, `1.0`, `10E-1`), so NS duplicates are found. */
export function numberKey(parts: DecimalParts): string {
  if (parts.digits === '') return '0';
  return `${parts.negative ? '-' : ''}${parts.digits}e${parts.exponent}`;
}

/**
 * The same value as JSON number text. DynamoDB returns JSON-shaped numbers already;
 * this only rewrites forms it accepts on input but JSON does not (`+1`, `.5`, `007`).
 */
export function toJsonNumberText(text: string): string | undefined {
  if (JSON_NUMBER.test(text)) return text;
  const m = NUMBER.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, int, frac = '', exp] = m;
  const whole = int.replace(/^0+(?=\d)/, '') || '0';
  return `${sign === '-' ? '-' : ''}${whole}${frac ? `.${frac}` : ''}${exp !== undefined ? `e${exp}` : ''}`;
}
