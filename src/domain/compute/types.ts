/** Computation results, addressable by table name and column header for cross-checks. */
import type { TableSpec } from '../contract/types';
import type { ComputeCatalogues } from './catalogues';
import type { ComputedValue, ExcelError, ExcelValue } from './values';

export interface ComputedTable {
  name: string;
  sheet: string;
  /** headers of the auto (STT) and computed columns, in contract order */
  computedHeaders: string[];
  /** per data row: the value of every auto/computed column, by header */
  rows: Record<string, ComputedValue>[];
  /**
   * the totals row by header: the label, every 'sum' column (input or computed) and every
   * 'formula' total; null for a table without a totals row
   */
  totals: Record<string, ComputedValue> | null;
  /** contract headers the snapshot's table lacks (their cells are read as blank) */
  missingColumns: string[];
}

export interface ComputedWorkbook {
  /** by table name (KhenThuong, XepLoai, TTHC, CatGiamTTHC, GCN, ChiTieu) for the tables present */
  tables: Record<string, ComputedTable>;
}

/** One row as its formulas see it: computed cells of the row, else its input cells. */
export type RowCells = (header: string) => ExcelValue;

/** A whole column as totals-row formulas see it (input or computed cells). */
export type ColumnCells = (header: string) => readonly ExcelValue[];

export interface TableComputation {
  spec: TableSpec;
  /** the computed columns of one row, in formula order */
  row(cells: RowCells, catalogues: ComputeCatalogues): Record<string, ComputedValue>;
  /** the totals of kind 'formula', by header */
  formulaTotals?(columns: ColumnCells): Record<string, ComputedValue | ExcelError>;
}
