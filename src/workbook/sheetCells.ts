import type ExcelJS from 'exceljs';
import type { CellValue } from '../domain/snapshot';
import { isEmptyCell } from '../domain/snapshot';
import { cellFormula, cellValue } from './cellValue';

/** 0-based access to a sheet's cells, as Office.js ranges see them. */

function isHiddenByMerge(cell: ExcelJS.Cell): boolean {
  // exceljs repeats a merged area's value in every cell; Excel keeps it in the top-left one.
  return cell.isMerged && cell.master !== cell;
}

export function valueAt(worksheet: ExcelJS.Worksheet, row: number, column: number): CellValue {
  const cell = worksheet.findCell(row + 1, column + 1);
  if (!cell || isHiddenByMerge(cell)) return null;
  return cellValue(cell);
}

export function formulaAt(worksheet: ExcelJS.Worksheet, row: number, column: number): CellValue {
  const cell = worksheet.findCell(row + 1, column + 1);
  if (!cell || isHiddenByMerge(cell)) return null;
  return cellFormula(cell);
}

export function valuesOf(worksheet: ExcelJS.Worksheet, row: number, column: number, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => valueAt(worksheet, row + r, column + c)));
}

export function formulasOf(worksheet: ExcelJS.Worksheet, row: number, column: number, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => formulaAt(worksheet, row + r, column + c)));
}

/** Rows and columns from A1 to the last cell holding something; null for an empty sheet. */
export function usedExtent(worksheet: ExcelJS.Worksheet): { rows: number; columns: number } | null {
  let rows = 0;
  let columns = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (isHiddenByMerge(cell) || isEmptyCell(cellFormula(cell))) return;
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, columnNumber);
    });
  });
  return rows === 0 ? null : { rows, columns };
}
