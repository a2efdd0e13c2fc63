import type ExcelJS from 'exceljs';
import { isEmptyCell, type CellValue } from '../domain/snapshot';
import type { TableModel } from './document';
import { cellValue } from './cellValue';
import { WorkbookFileError } from './errors';
import { overwrite } from './sharedFormula';
import { followTableBody } from './highlights';
import { setTableExtent, tableGeometry } from './tableGeometry';

function cellAt(worksheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return worksheet.getCell(row + 1, column + 1);
}

/**
 * Appends data rows as Excel does when a table grows: the totals row moves down, each new
 * row takes the formats and data validation of the last data row. Cells outside the table
 * are never overwritten: when the rows it needs hold anything, nothing is changed.
 */
export function addTableRows(worksheet: ExcelJS.Worksheet, table: TableModel, rows: readonly CellValue[][]): void {
  if (rows.length === 0) return;
  const g = tableGeometry(table);
  const width = table.columns.length;
  const firstFree = (g.totalsRow ?? g.lastDataRow) + 1;
  for (let r = firstFree; r < firstFree + rows.length; r++) {
    for (let c = 0; c < width; c++) {
      const cell = worksheet.findCell(r + 1, g.firstColumn + c + 1);
      if (cell && !isEmptyCell(cellValue(cell))) {
        throw new WorkbookFileError(
          `Không đủ chỗ thêm ${rows.length} dòng vào bảng ${table.name}: ô ${cell.address} trang "${table.sheet}" ngay dưới bảng đang có dữ liệu. Hãy dời dữ liệu đó rồi chạy lại.`,
          'refused',
        );
      }
    }
  }
  if (g.totalsRow !== null) {
    for (let c = 0; c < width; c++) {
      const from = cellAt(worksheet, g.totalsRow, g.firstColumn + c);
      const to = cellAt(worksheet, g.totalsRow + rows.length, g.firstColumn + c);
      overwrite(to, from.value);
      to.style = { ...from.style };
      overwrite(from, null);
    }
  }
  const template = g.lastDataRow;
  rows.forEach((row, k) => {
    const r = g.lastDataRow + 1 + k;
    for (let c = 0; c < width; c++) {
      const source = cellAt(worksheet, template, g.firstColumn + c);
      const cell = cellAt(worksheet, r, g.firstColumn + c);
      cell.style = { ...source.style };
      if (source.dataValidation) cell.dataValidation = source.dataValidation;
      const value = row[c];
      overwrite(cell, value === undefined || value === '' ? null : value);
    }
  });
  setTableExtent(table, g.headerRow, g.firstColumn, g.lastDataRow - g.firstDataRow + 1 + rows.length, width);
  followTableBody(worksheet, table, g.lastDataRow);
}
