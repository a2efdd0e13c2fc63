import { sameHeader } from '../domain/contract/columnHeader';
import { parseRange, rangeAddress } from '../domain/util/a1';
import type { TableModel } from './document';

/** Where a table's parts stand on its sheet (0-based rows and columns, inclusive). */
export interface TableGeometry {
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  firstDataRow: number;
  lastDataRow: number;
  /** the totals row, or null when it is not shown */
  totalsRow: number | null;
}

export function tableGeometry(table: TableModel): TableGeometry {
  const { top, left, bottom, right } = parseRange(table.ref);
  const totalsRow = table.totalsRow ? bottom : null;
  const headerRow = table.headerRow ? top : top - 1;
  return {
    headerRow,
    firstColumn: left,
    lastColumn: right,
    firstDataRow: headerRow + 1,
    lastDataRow: totalsRow === null ? bottom : bottom - 1,
    totalsRow,
  };
}

/** Data rows (0-based sheet rows). */
export function dataRows(table: TableModel): number[] {
  const g = tableGeometry(table);
  return Array.from({ length: Math.max(g.lastDataRow - g.firstDataRow + 1, 0) }, (_, i) => g.firstDataRow + i);
}

/** Sets the table's range from its header row, data rows and columns (totals row follows). */
export function setTableExtent(table: TableModel, headerRow: number, left: number, dataRowCount: number, columnCount: number): void {
  const top = table.headerRow ? headerRow : headerRow + 1;
  const rows = (table.headerRow ? 1 : 0) + dataRowCount + (table.totalsRow ? 1 : 0);
  table.ref = rangeAddress(top, left, rows, columnCount);
}

/** Index of a header among the table's columns, matched exactly first, then as a user reads it. */
export function columnIndexOf(table: TableModel, header: string): number | undefined {
  let index = table.columns.findIndex((c) => c.name === header);
  if (index < 0) index = table.columns.findIndex((c) => sameHeader(c.name, header));
  return index < 0 ? undefined : index;
}
