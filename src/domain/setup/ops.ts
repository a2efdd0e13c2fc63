import type { Msg } from '../messages';
import type { CellValue } from '../snapshot';
import type { NativeValidation } from './nativeValidation';

/** How a written cell looks; adapters map styles to fonts and fills. */
export type CellStyle = 'title' | 'note' | 'label' | 'input' | 'computed' | 'header' | 'figure' | 'paragraph';

export interface PlanCell {
  value?: CellValue;
  /** a formula with its leading "=" (English function names, "," separators) */
  formula?: string;
  /**
   * the result the domain expects of `formula`, for an adapter that stores results with
   * formulas (the file adapter: viewers that do not recalculate show it). An error is its
   * code text ("#DIV/0!"), as snapshots read error cells; absent = no result stored. Excel
   * computes its own, so the Office.js adapter ignores it.
   */
  cached?: CellValue;
  numberFormat?: string;
  style?: CellStyle;
}

/**
 * One step of a workbook change. Steps are declarative and ordered; both adapters (Office.js
 * and .xlsx) apply the same steps. Rows and columns are 0-based sheet indexes.
 */
export type PlanOp =
  | { kind: 'addSheet'; sheet: string }
  | { kind: 'writeCells'; sheet: string; row: number; column: number; cells: PlanCell[][] }
  | {
      kind: 'addTable';
      sheet: string;
      table: string;
      row: number;
      column: number;
      headers: string[];
      /** the first data rows (at least one: an Excel table always has a data row) */
      rows: CellValue[][];
    }
  /** gives a table the contract's name (one a stopped run created but did not name) */
  | { kind: 'renameTable'; table: string; name: string }
  /**
   * writes a header typed differently from the contract (spaces, case, Unicode form) in the
   * contract's spelling; Excel renames the column and the formulas that use it
   */
  | { kind: 'renameColumn'; table: string; from: string; to: string }
  /** appends columns at the right edge of an existing table */
  | { kind: 'addColumns'; table: string; headers: string[] }
  | { kind: 'columnWidths'; sheet: string; widths: { column: number; width: number }[] }
  | { kind: 'columnFormat'; table: string; header: string; numberFormat: string; computed: boolean }
  /** a computed column's formula: over the whole data body (a calculated column) or the listed rows only */
  | { kind: 'columnFormula'; table: string; header: string; formula: string; rows: 'all' | number[] }
  | { kind: 'columnValidation'; table: string; header: string; validation: NativeValidation }
  /** native validation of one cell outside tables (the report header's dates) */
  | { kind: 'cellValidation'; sheet: string; row: number; column: number; validation: NativeValidation }
  | { kind: 'addName'; name: string; sheet: string; row: number; column: number; rowCount?: number }
  | { kind: 'freezeRows'; sheet: string; rows: number }
  /** replaces a table's data rows (the table keeps one empty row when `rows` is empty) */
  | { kind: 'replaceTableRows'; table: string; existingRows: number; rows: CellValue[][] }
  /**
   * appends data rows under the table's last one (its totals row moves down); a null cell is
   * left empty, so the plan writes computed columns with columnFormula
   */
  | { kind: 'addTableRows'; table: string; rows: CellValue[][] }
  /**
   * deletes data rows (0-based body indexes, ascending); the rows below move up. A table
   * left without rows keeps one empty row, as Excel does.
   */
  | { kind: 'deleteTableRows'; table: string; rows: number[] }
  /** shows the table's totals row and writes its cells (a label or a formula per column) */
  | { kind: 'totalsRow'; table: string; cells: { header: string; value?: string; formula?: string; numberFormat?: string }[] }
  /** empties a sheet the add-in owns (contents, formats and charts), e.g. "Tổng hợp" before a rewrite */
  | { kind: 'clearSheet'; sheet: string }
  | {
      kind: 'addChart';
      sheet: string;
      /** Excel chart type, e.g. "ColumnClustered", "Pie", "BarClustered" */
      chartType: string;
      title: string;
      /** A1 address of the source data on the same sheet */
      source: string;
      seriesBy: 'Columns' | 'Rows';
      /** A1 cells of the chart's top-left and bottom-right corners */
      from: string;
      to: string;
    }
  /** removes Tổng kết's error highlights (custom conditional formats filled with `fill`) from a table's data body; the user's own conditional formats stay */
  | { kind: 'clearHighlights'; table: string; fill: string }
  /** a conditional format over a table column: the formula is relative to the first data cell */
  | { kind: 'columnHighlight'; table: string; header: string; formula: string; fill: string }
  /** the sheet the workbook opens on */
  | { kind: 'activateSheet'; sheet: string }
  | { kind: 'setFormatVersion'; version: number }
  /** A4 print layout of a sheet (see domain/print/printLayout.ts) */
  | PageSetupOp;

/** Page margins in points (1/72 inch), as Office.js takes them. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PageSetupOp {
  kind: 'pageSetup';
  sheet: string;
  orientation: 'portrait' | 'landscape';
  /** always A4; fitted to one page wide, as many pages tall as needed */
  paper: 'A4';
  margins: PageMargins;
  /** 0-based rows repeated at the top of every printed page (the table's header) */
  titleRows?: { first: number; last: number };
  /** A1 range printed instead of the used range (the summary's figure columns) */
  printArea?: string;
  /** footer sections in Excel's header/footer codes (&P page, &N pages, && a literal &) */
  footer: { left: string; center: string; right: string };
}

/** Something that stops the plan from changing part of the workbook; the user decides. */
export interface Conflict {
  sheet: string;
  table: string;
  /** Vietnamese sentence for the user (the workbook, the CLI) */
  message: string;
  /** the same as a message of the tables (every conflict has its template), for the pane in another language */
  text: Msg;
}

export interface SetupPlan {
  ops: PlanOp[];
  conflicts: Conflict[];
  /** Vietnamese one-line summaries of what the plan creates, for the result message */
  created: string[];
  /** the same as messages, for the pane in another language */
  createdText: Msg[];
}
