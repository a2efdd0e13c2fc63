/**
 * What the adapters read from a workbook, in one batch, for the domain to decide on.
 * The domain never learns where a snapshot came from (Office.js, an .xlsx file, a test).
 */

/**
 * A cell value as Excel's API returns it: numbers (dates are serial numbers), text,
 * booleans; an empty cell is "" (Office.js) or null (files) — the domain treats both as empty.
 */
export type CellValue = string | number | boolean | null;

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** 0-based sheet row of the header row */
  headerRow: number;
  /** 0-based sheet column of the first column */
  firstColumn: number;
  headers: string[];
  /** data body, one array per row, in header order (no totals row) */
  values: CellValue[][];
  /**
   * the same cells' formulas as Office.js `range.formulas` gives them: the formula text
   * (starting with "=") where there is one, otherwise the value. A host that only tells
   * which cells hold a formula gives FORMULA_CELL ("=") for them; for columns the adapter
   * does not ask about, the value stands in.
   */
  formulas: CellValue[][];
  showTotals: boolean;
  /**
   * the rows just under the table (under its totals row when shown), across the table's
   * columns: anything typed there is outside the table and is not counted
   */
  below: CellValue[][];
  /**
   * how many data rows are hidden (by hand or by a filter), and whether a filter condition
   * is applied to the table or its sheet; absent when the host cannot tell. Hiding and
   * filtering are for viewing: every row still counts.
   */
  hiddenRows?: number;
  filtered?: boolean;
}

export interface NamedCellSnapshot {
  sheet: string;
  /** 0-based */
  row: number;
  /** 0-based */
  column: number;
  value: CellValue;
  formula: CellValue;
}

export interface WorkbookSnapshot {
  sheets: string[];
  tables: TableSnapshot[];
  names: Record<string, NamedCellSnapshot | undefined>;
  /** the contract version stored in the workbook, null when none is stored */
  formatVersion: number | null;
  /**
   * per sheet, the extent of its used cells counted from A1 (rows and columns up to the
   * last non-empty cell); absent for sheets that hold nothing
   */
  usedExtents?: Record<string, { rows: number; columns: number } | undefined>;
  /**
   * per contract sheet, the formulas (values where no formula) of the rectangle from A1
   * where setup writes titles, labels and headers (`SETUP_AREA`); read for setup only, so
   * that it tells its own half-written cells from a user's
   */
  setupArea?: Record<string, CellValue[][] | undefined>;
}

/** A cell known to hold a formula whose text was not read. */
export const FORMULA_CELL = '=';

/** How many rows under a table the adapters read for data typed outside it. */
export const ROWS_READ_BELOW_TABLE = 5;

export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isFormula(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.startsWith('=');
}
