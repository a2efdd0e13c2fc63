/**
 * Vietnamese number and date formatting for report text: "." groups thousands, "," marks
 * decimals, no space before "%". Rounding is half up (away from zero) on the value as
 * Excel shows it, so 0,65 prints "65,00%" and never "64,99%". Non-finite numbers throw:
 * callers must never print NaN.
 */
import { roundToDigits, type DecimalDigits } from '../util/decimal';

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function render({ negative, integer, fraction }: DecimalDigits): string {
  return `${negative ? '-' : ''}${groupThousands(integer)}${fraction ? `,${fraction}` : ''}`;
}

/** A whole number: 12480 → "12.480", -1234 → "-1.234" (fractions are rounded). */
export function formatCount(value: number): string {
  return render(roundToDigits(value, 0));
}

/** Exactly `decimals` decimals: (1250.75, 2) → "1.250,75". */
export function formatDecimal(value: number, decimals: number): string {
  return render(roundToDigits(value, decimals));
}

/** At most `maxDecimals` decimals, trailing zeros dropped: (12.5, 2) → "12,5", (3, 2) → "3". */
export function formatNumber(value: number, maxDecimals = 2): string {
  const digits = roundToDigits(value, maxDecimals);
  const fraction = digits.fraction.replace(/0+$/, '');
  return render({ ...digits, fraction, negative: digits.negative && (digits.integer !== '0' || fraction !== '') });
}

/**
 * A fraction as a percentage with 2 decimals, a whole one without them as reports write it:
 * 0.8469 → "84,69%", 0.655 → "65,50%", 1 → "100%", 0.65 → "65%".
 */
export function formatPercent(fraction: number, decimals = 2): string {
  const digits = roundToDigits(fraction, decimals, 2);
  return `${render(/^0*$/.test(digits.fraction) ? { ...digits, fraction: '' } : digits)}%`;
}

/** Whole đồng with the unit: 702000 → "702.000 đồng". Use formatCount for a table cell. */
export function formatMoney(amount: number): string {
  return `${formatCount(amount)} đồng`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function dateParts(iso: string): [string, string, string] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return [match[1], match[2], match[3]];
}

/** Tables and forms: "2025-06-09" → "09/06/2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${d}/${m}/${y}`;
}

/**
 * Prose, as Nghị định 30/2020/NĐ-CP writes dates: a leading zero for days below 10 and for
 * months 1 and 2 only — "2025-06-09" → "09/6/2025", "2025-01-15" → "15/01/2025". The word
 * "ngày" is the caller's ("từ ngày 15/12/2024 đến ngày 14/12/2025").
 */
export function formatProseDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  const month = Number(m) < 3 ? m : String(Number(m));
  return `${d}/${month}/${y}`;
}

/** "dd/mm/yyyy hh:mm" of a wall-clock date-time. */
export function formatDateTime(parts: { year: number; month: number; day: number; hour: number; minute: number }): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(parts.day)}/${two(parts.month)}/${parts.year} ${two(parts.hour)}:${two(parts.minute)}`;
}
