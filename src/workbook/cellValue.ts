import type ExcelJS from 'exceljs';
import type { CellValue } from '../domain/snapshot';

/**
 * exceljs cell values → the values Office.js would give (`range.values` / `range.formulas`).
 * Dates become Excel serial numbers (1900 system): exceljs turns date-formatted numbers into
 * JS Dates at UTC midnight.
 */

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/**
 * The number a Date was read from, when the file adapter made it (see exactDates.ts): a
 * date-time keeps its exact serial rather than one rounded to the millisecond.
 */
export const STORED_SERIAL = Symbol.for('tongket.storedSerial');
export interface StoredSerial {
  serial: number;
  date1904: boolean;
  /** the Date's time when read: a Date changed since is converted afresh */
  time: number;
}

export function dateToSerial(date: Date): number {
  const stored = (date as Date & { [STORED_SERIAL]?: StoredSerial })[STORED_SERIAL];
  if (stored && !stored.date1904 && stored.time === date.getTime()) return stored.serial;
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

type Raw = ExcelJS.CellValue | undefined;

function isObject(value: Raw): value is Exclude<Raw, null | undefined | string | number | boolean | Date> & object {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A plain (non-formula) value. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if (typeof v.error === 'string') return v.error;
    if ('text' in v && 'hyperlink' in v) return plainValue(v.text);
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
  }
  return null;
}

function isFormulaValue(value: Raw): boolean {
  return isObject(value) && ('formula' in value || 'sharedFormula' in value);
}

/** The value as `range.values` gives it: a formula's cached result (missing → null). */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  return plainValue(cell.value);
}

/**
 * "=" + formula text, one string per distinct text. A calculated column repeats one formula
 * on every row (the award multiplier's is 4,755 characters); "=" + text made per cell is a
 * small pair of pointers until something compares it, which then gives every cell its own
 * flat copy — hundreds of megabytes for 100,000 rows.
 */
const FORMULA_CACHE_LIMIT = 10_000;
const formulaTexts = new Map<string, string>();

function withEquals(text: string): string {
  let formula = formulaTexts.get(text);
  if (formula === undefined) {
    if (formulaTexts.size >= FORMULA_CACHE_LIMIT) formulaTexts.clear();
    formula = `=${text}`;
    formulaTexts.set(text, formula);
  }
  return formula;
}

/** The cell as `range.formulas` gives it: "=" + formula text, else the value. */
export function cellFormula(cell: ExcelJS.Cell): CellValue {
  if (isFormulaValue(cell.value)) {
    // `cell.formula` translates a shared formula from its master cell.
    const text = cell.formula;
    if (text) return withEquals(text);
  }
  return cellValue(cell);
}
