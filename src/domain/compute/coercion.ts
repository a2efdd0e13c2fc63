/** How Excel turns a value into a number or compares it, operator by operator. */
import { excelError, isExcelError, type ExcelError, type ExcelValue } from './values';

/**
 * Numeric text as arithmetic accepts it. Only the locale-independent form is recognised
 * ("1250.5", "1e3", "12%"); dates, thousands separators and currency in text are treated
 * as not numeric (Excel would read some of them according to the user's locale).
 */
const NUMERIC_TEXT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/;

export function parseNumericText(text: string): number | null {
  const match = NUMERIC_TEXT.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] === '%' ? value / 100 : value;
}

/** N(value): numbers pass, TRUE/FALSE are 1/0, text and blanks are 0, errors propagate. */
export function excelN(value: ExcelValue): number | ExcelError {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return 0;
  return value;
}

/** The operand of + − × ÷: blanks are 0, numeric text converts, other text is #VALUE!. */
export function arithmetic(value: ExcelValue): number | ExcelError {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseNumericText(value) ?? excelError('#VALUE!');
  return value;
}

/** a + b + … with arithmetic coercion; the first error wins. */
export function arithmeticSum(values: readonly ExcelValue[]): number | ExcelError {
  let total = 0;
  for (const v of values) {
    const n = arithmetic(v);
    if (isExcelError(n)) return n;
    total += n;
  }
  return total;
}

/**
 * SUM over references: only numbers count (text, "" and booleans in cells are skipped);
 * the first error propagates. SUBTOTAL(109, …) is the same on an unfiltered table.
 */
export function sumOfCells(values: readonly ExcelValue[]): number | ExcelError {
  let total = 0;
  for (const v of values) {
    if (isExcelError(v)) return v;
    if (typeof v === 'number') total += v;
  }
  return total;
}

/** Excel's case folding for text comparison (no Unicode normalisation, as in Excel). */
export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** `value = "text"`: blank equals "", text compares case-insensitively, others are FALSE. */
export function equalsText(value: ExcelValue, text: string): boolean | ExcelError {
  if (value === null) return text === '';
  if (isExcelError(value)) return value;
  if (typeof value !== 'string') return false;
  return foldCase(value) === foldCase(text);
}

/** OR(…) over already evaluated conditions: the first error propagates. */
export function excelOr(conditions: readonly (boolean | ExcelError)[]): boolean | ExcelError {
  for (const c of conditions) if (isExcelError(c)) return c;
  return conditions.some((c) => c === true);
}
