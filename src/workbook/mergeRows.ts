import type ExcelJS from 'exceljs';
import type { RowsChange } from '../domain/merge';
import { isEmptyCell } from '../domain/snapshot';
import { cellAt } from './applyPlan';
import { valueAt } from './sheetCells';
import { findTable, type TableModel, type XlsxDocument } from './document';
import { overwrite } from './sharedFormula';
import { followTableBody } from './highlights';
import { setTableExtent, tableGeometry } from './tableGeometry';

interface CellCopy {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  validation: ExcelJS.DataValidation | undefined;
}

/** A cell as it can be written elsewhere: a shared formula's clone gets its own text. */
function capture(cell: ExcelJS.Cell): CellCopy {
  const raw = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  const value =
    raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)
      ? ({ formula: cell.formula, result: raw.result } as ExcelJS.CellFormulaValue)
      : cell.value;
  return { value, style: { ...cell.style }, validation: cell.dataValidation };
}

function put(cell: ExcelJS.Cell, copy: CellCopy): void {
  overwrite(cell, copy.value);
  cell.style = { ...copy.style };
  if (copy.validation) cell.dataValidation = copy.validation;
}

function bodyCount(table: TableModel): number {
  const g = tableGeometry(table);
  return g.lastDataRow - g.firstDataRow + 1;
}

function newBodyCount(table: TableModel, change: RowsChange): number {
  const kept = bodyCount(table) - change.remove.length;
  return Math.max(kept, change.writeAt + change.rows.length, 1);
}

/**
 * Where a change would grow its table over cells that hold something (the file adapter never
 * overwrites cells outside a table): a Vietnamese sentence, or null.
 */
export function growthBlocked(document: XlsxDocument, change: RowsChange): string | null {
  const table = findTable(document, change.table);
  if (!table) return `Sổ tổng hợp không có bảng ${change.table}.`;
  const worksheet = document.workbook.getWorksheet(table.sheet)!;
  const g = tableGeometry(table);
  const extra = table.totalsRow ? 1 : 0;
  const from = g.firstDataRow + bodyCount(table) + extra;
  const to = g.firstDataRow + newBodyCount(table, change) + extra;
  for (let row = from; row < to; row++) {
    for (let column = g.firstColumn; column <= g.lastColumn; column++) {
      if (!isEmptyCell(valueAt(worksheet, row, column))) {
        return `Bảng ở trang "${table.sheet}" cần thêm dòng nhưng ô ${cellAt(worksheet, row, column).address} ngay dưới bảng đang có dữ liệu; hãy dời dữ liệu đó rồi gộp lại.`;
      }
    }
  }
  return null;
}

/**
 * Applies one table's merge: removed rows close up (cells below move up with their
 * formats), new rows are written from `writeAt` with the formats and validation of the row
 * above and the table's calculated-column formulas, and the totals row follows the body.
 */
export function applyRowsChange(document: XlsxDocument, change: RowsChange): void {
  const table = findTable(document, change.table)!;
  const worksheet = document.workbook.getWorksheet(table.sheet)!;
  const g = tableGeometry(table);
  const width = table.columns.length;
  const oldCount = bodyCount(table);
  const count = newBodyCount(table, change);
  const row = (i: number) => g.firstDataRow + i;
  const totals = table.totalsRow ? Array.from({ length: width }, (_, c) => capture(cellAt(worksheet, g.totalsRow!, g.firstColumn + c))) : null;
  const template = Array.from({ length: width }, (_, c) => capture(cellAt(worksheet, row(0), g.firstColumn + c)));

  if (change.remove.length > 0) {
    const removed = new Set(change.remove);
    const first = change.remove[0];
    const moving: CellCopy[][] = [];
    for (let i = first; i < oldCount; i++) {
      if (!removed.has(i)) moving.push(Array.from({ length: width }, (_, c) => capture(cellAt(worksheet, row(i), g.firstColumn + c))));
    }
    moving.forEach((cells, k) => cells.forEach((copy, c) => put(cellAt(worksheet, row(first + k), g.firstColumn + c), copy)));
  }
  change.rows.forEach((values, k) => {
    values.forEach((value, c) => {
      const cell = cellAt(worksheet, row(change.writeAt + k), g.firstColumn + c);
      const formula = table.columns[c].calculatedColumnFormula;
      put(cell, { ...template[c], value: formula ? ({ formula } as ExcelJS.CellFormulaValue) : value === '' ? null : value });
    });
  });
  // A body left without rows keeps one empty row, as Excel does; rows it no longer covers
  // (and the old totals row) are emptied.
  const kept = oldCount - change.remove.length;
  for (let i = Math.max(kept, change.writeAt + change.rows.length); i < count; i++) {
    table.columns.forEach((column, c) => {
      const formula = column.calculatedColumnFormula;
      put(cellAt(worksheet, row(i), g.firstColumn + c), { ...template[c], value: formula ? ({ formula } as ExcelJS.CellFormulaValue) : null });
    });
  }
  for (let i = count; i < oldCount + (totals ? 1 : 0); i++) {
    for (let c = 0; c < width; c++) put(cellAt(worksheet, row(i), g.firstColumn + c), { value: null, style: {}, validation: undefined });
  }
  setTableExtent(table, g.headerRow, g.firstColumn, count, width);
  followTableBody(worksheet, table, g.lastDataRow);
  if (totals) totals.forEach((copy, c) => put(cellAt(worksheet, row(count), g.firstColumn + c), copy));
}
