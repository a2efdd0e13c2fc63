/**
 * Values as Excel holds them. A blank cell (null) exists only as an input: a formula never
 * yields a blank, and its "" is a text that arithmetic rejects with #VALUE!.
 */
import type { CellValue } from '../snapshot';

export const EXCEL_ERROR_CODES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An error value, distinct from any text, so a cross-check can report it. */
export interface ExcelError {
  error: ExcelErrorCode;
}

/** What a formula gives: "" is the empty-looking result of IF(…,"",…). */
export type ComputedValue = number | string | boolean | ExcelError;

/** What a formula can read: a computed value or a blank cell. */
export type ExcelValue = ComputedValue | null;

export function excelError(code: ExcelErrorCode): ExcelError {
  return { error: code };
}

export function isExcelError(value: unknown): value is ExcelError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { error?: unknown }).error === 'string' &&
    (EXCEL_ERROR_CODES as readonly string[]).includes((value as { error: string }).error)
  );
}

/**
 * An input cell as a formula sees it: "" and null are blank; the text of an error code is
 * that error (Office.js and the file adapters report error cells as their code).
 */
export function inputValue(cell: CellValue | undefined): ExcelValue {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'string' && (EXCEL_ERROR_CODES as readonly string[]).includes(cell)) {
    return excelError(cell as ExcelErrorCode);
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) return excelError('#NUM!');
  return cell;
}
