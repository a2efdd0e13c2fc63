import type ExcelJS from 'exceljs';
import type { ExportGrid } from '../domain/import/bieu06';
import type { CellValue } from '../domain/snapshot';
import { cellValue } from './cellValue';
import { parseRange } from '../domain/util/a1';

/** A sheet's cells and merged ranges; a merged range's value only in its top-left cell, as stored. */
export function gridOf(worksheet: ExcelJS.Worksheet): ExportGrid {
  const cells: CellValue[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) {
      const cell = row.getCell(c);
      values.push(cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell));
    }
    cells.push(values);
  }
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).map(parseRange);
  return { sheet: worksheet.name, cells, merges };
}

/** The sheets a user sees, as grids, in workbook order. */
export function visibleGrids(workbook: ExcelJS.Workbook): ExportGrid[] {
  return workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden').map(gridOf);
}
