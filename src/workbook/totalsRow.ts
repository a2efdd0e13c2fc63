import type ExcelJS from 'exceljs';
import { tableCaption } from '../domain/contract/captions';
import { isEmptyCell } from '../domain/snapshot';
import type { TableModel } from './document';
import { cellValue } from './cellValue';
import { overwrite } from './sharedFormula';
import { setNumberFormat } from './styles';
import { columnIndexOf, setTableExtent, tableGeometry } from './tableGeometry';

export interface TotalsCell {
  header: string;
  value?: string;
  formula?: string;
  numberFormat?: string;
}

function fileFormula(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** Excel's own "sum" total is SUBTOTAL(109, the column) (T[H] or T[[H]]); anything else is custom. */
function isColumnSum(formula: string, table: string, header: string): boolean {
  const match = /^SUBTOTAL\(109,([^[]+)\[(?:\[([^\]]+)\]|([^\]]+))\]\)$/i.exec(formula);
  const column = match?.[2] ?? match?.[3];
  return !!match && match[1].toLowerCase() === table.toLowerCase() && column!.replace(/'(.)/g, '$1') === header;
}

/**
 * Shows the table's totals row and writes its cells. The row under the table must be empty
 * when the totals row is not shown yet: the file adapter never overwrites cells outside a
 * table (Excel would ask first). Returns a Vietnamese note when it cannot.
 */
export function writeTotalsRow(worksheet: ExcelJS.Worksheet, table: TableModel, cells: readonly TotalsCell[]): string | null {
  let g = tableGeometry(table);
  const width = table.columns.length;
  if (!table.totalsRow) {
    const below = g.lastDataRow + 1;
    for (let c = 0; c < width; c++) {
      const cell = worksheet.findCell(below + 1, g.firstColumn + c + 1);
      if (cell && !isEmptyCell(cellValue(cell))) {
        return `Không thêm dòng tổng cho ${tableCaption(table.name)}: dòng ngay dưới bảng (dòng ${below + 1}) đang có dữ liệu. Hãy dời dữ liệu đó rồi chạy lại.`;
      }
    }
    table.totalsRow = true;
    setTableExtent(table, g.headerRow, g.firstColumn, g.lastDataRow - g.firstDataRow + 1, width);
    g = tableGeometry(table);
  }
  const totalsRow = g.totalsRow!;
  for (const spec of cells) {
    const index = columnIndexOf(table, spec.header);
    if (index === undefined) continue;
    const column = table.columns[index];
    const cell = worksheet.getCell(totalsRow + 1, g.firstColumn + index + 1);
    delete column.totalsRowLabel;
    delete column.totalsRowFunction;
    delete column.totalsRowFormula;
    if (spec.formula !== undefined) {
      const formula = fileFormula(spec.formula);
      overwrite(cell, { formula } as ExcelJS.CellFormulaValue);
      if (isColumnSum(formula, table.name, column.name)) column.totalsRowFunction = 'sum';
      else {
        column.totalsRowFunction = 'custom';
        column.totalsRowFormula = formula;
      }
      const format = spec.numberFormat ?? worksheet.findCell(g.lastDataRow + 1, g.firstColumn + index + 1)?.numFmt;
      if (format) setNumberFormat(cell, format);
    } else {
      const label = spec.value === undefined || spec.value === '' ? null : spec.value;
      overwrite(cell, label);
      if (label !== null) column.totalsRowLabel = label;
    }
  }
  return null;
}
