/**
 * Decimal rounding on the value as Excel shows it (15 significant digits), so binary
 * artefacts such as 0.285 → 0.28499999999999998 or 0.8469 × 100 → 84.69000000000001 never
 * leak into a rounded figure.
 */

export interface DecimalDigits {
  negative: boolean;
  /** integer digits, without leading zeros ("0" for zero) */
  integer: string;
  /** exactly `decimals` digits */
  fraction: string;
}

/** Adds one to a string of decimal digits ("0999" → "1000"). */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/**
 * |value| × 10^shift rounded half away from zero to `decimals` places, as digit strings.
 * `shift` moves the decimal point exactly (2 turns a fraction into a percentage).
 */
export function roundToDigits(value: number, decimals: number, shift = 0): DecimalDigits {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`Bad number of decimals: ${decimals}`);
  const [mantissa, exponentText] = Math.abs(value).toPrecision(15).split('e');
  const [integerPart, fractionPart = ''] = mantissa.split('.');
  let digits = integerPart + fractionPart;
  let point = integerPart.length + (exponentText ? Number(exponentText) : 0) + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + decimals;
  if (digits.length < keep + 1) digits = digits.padEnd(keep + 1, '0');
  let kept = digits.slice(0, keep);
  if (digits[keep] >= '5') kept = incrementDigits(kept.length > 0 ? kept : '0');
  if (kept.length < decimals + 1) kept = kept.padStart(decimals + 1, '0');
  const integer = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '');
  const fraction = kept.slice(kept.length - decimals);
  const isZero = /^0+$/.test(integer) && /^0*$/.test(fraction);
  return { negative: value < 0 && !isZero, integer, fraction };
}

/** Excel's ROUND(value, decimals) for decimals ≥ 0: half away from zero, on the shown value. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const { negative, integer, fraction } = roundToDigits(value, decimals);
  const magnitude = Number(fraction.length > 0 ? `${integer}.${fraction}` : integer);
  return negative ? -magnitude : magnitude;
}
