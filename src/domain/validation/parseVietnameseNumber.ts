/**
 * Reads a number typed as text, in Vietnamese form ("1.234", "2.105,40", "2,5") and, where
 * it is unambiguous, in English form ("1,234,567", "1,234.5", "0.5"). A single comma is a
 * decimal comma and a single dot followed by exactly three digits is a thousands dot, as in
 * Vietnamese. Returns null for anything that is not a plain number (units, "%", words).
 */

const SPACES = /[\s\u00A0\u202F\u2009]+/g;
const SPACE_GROUPED = /^\d{1,3}( \d{3})+([.,]\d+)?$/;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;

function grouped(integerPart: string, separator: '.' | ','): boolean {
  const escaped = separator === '.' ? '\\.' : ',';
  return new RegExp(`^[1-9]\\d{0,2}(${escaped}\\d{3})+$`).test(integerPart);
}

function parseUnsigned(body: string): number | null {
  if (/^\d+$/.test(body)) return Number(body);
  if (SCIENTIFIC.test(body)) return Number(body);
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (!/^[\d.,]+$/.test(body) || !/^\d/.test(body) || !/\d$/.test(body)) return null;

  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    const integerPart = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (!/^\d+$/.test(fraction) || !grouped(integerPart, thousands)) return null;
    return Number(`${integerPart.split(thousands).join('')}.${fraction}`);
  }
  if (dots > 0) {
    if (grouped(body, '.')) return Number(body.split('.').join(''));
    if (dots === 1) return Number(body); // "0.5", "1234.5": an English decimal point
    return null;
  }
  if (commas > 1) return grouped(body, ',') ? Number(body.split(',').join('')) : null;
  return Number(body.replace(',', '.')); // one decimal comma
}

export function parseVietnameseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  let s = text.normalize('NFC').replace(SPACES, ' ').trim();
  let sign = 1;
  const signMatch = /^([+\-\u2212])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -1;
    s = s.slice(signMatch[0].length);
  }
  if (SPACE_GROUPED.test(s)) s = s.replace(/ /g, '');
  if (s === '' || s.includes(' ')) return null;
  const value = parseUnsigned(s);
  if (value === null || !Number.isFinite(value)) return null;
  return sign * value === 0 ? 0 : sign * value;
}
