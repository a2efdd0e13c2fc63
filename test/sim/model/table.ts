/** Tables (ListObjects): geometry of header, data body and totals row over a sheet. */
import type { Rect } from '../addressing';
import type { SheetModel } from './sheet';

export interface TableColumnModel {
  id: number;
  name: string;
  /** The calculated-column formula that new rows receive, as Excel remembers it. */
  calculatedFormula?: string;
}

export class TableModel {
  showHeaders = true;
  showTotals = false;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  /** a filter condition is applied (the rows it hides are in the sheet's hiddenRows) */
  filterApplied = false;
  highlightFirstColumn = false;
  highlightLastColumn = false;

  constructor(
    readonly id: string,
    public name: string,
    public sheet: SheetModel,
    /** Header row index. */
    public row: number,
    public col: number,
    public bodyRows: number,
    public columns: TableColumnModel[],
  ) {}

  get columnCount(): number {
    return this.columns.length;
  }

  get bodyStart(): number {
    return this.row + 1;
  }

  get totalsRow(): number | null {
    return this.showTotals ? this.bodyStart + this.bodyRows : null;
  }

  /** Header, body and totals row. */
  get rect(): Rect {
    return { row: this.row, col: this.col, rows: 1 + this.bodyRows + (this.showTotals ? 1 : 0), cols: this.columnCount };
  }

  get headerRect(): Rect {
    return { row: this.row, col: this.col, rows: 1, cols: this.columnCount };
  }

  get bodyRect(): Rect {
    return { row: this.bodyStart, col: this.col, rows: this.bodyRows, cols: this.columnCount };
  }

  get totalsRect(): Rect | null {
    const totals = this.totalsRow;
    return totals === null ? null : { row: totals, col: this.col, rows: 1, cols: this.columnCount };
  }

  columnIndexOf(name: string): number {
    const wanted = name.toLowerCase();
    return this.columns.findIndex((c) => c.name.toLowerCase() === wanted);
  }

  /** One column restricted to the given rows (rows relative to the sheet). */
  columnRect(index: number, fromRow: number, rows: number): Rect {
    return { row: fromRow, col: this.col + index, rows, cols: 1 };
  }
}
