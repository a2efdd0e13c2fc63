import type ExcelJS from 'exceljs';
import { rangeAddress } from '../domain/util/a1';
import type { TableModel } from './document';
import { parseRange } from './sheetCells';
import { columnIndexOf, tableGeometry } from './tableGeometry';

/** Conditional formats over table columns (error highlights); Tổng kết owns those in a table body. */

interface ConditionalFormatting {
  ref: string;
  rules: unknown[];
}

function formattings(worksheet: ExcelJS.Worksheet): ConditionalFormatting[] {
  const sheet = worksheet as unknown as { conditionalFormattings?: ConditionalFormatting[] };
  sheet.conditionalFormattings ??= [];
  return sheet.conditionalFormattings;
}

function intersects(ref: string, top: number, left: number, bottom: number, right: number): boolean {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .some((part) => {
      const r = parseRange(part.replace(/\$/g, ''));
      return r.top <= bottom && r.bottom >= top && r.left <= right && r.right >= left;
    });
}

export function clearHighlights(worksheet: ExcelJS.Worksheet, table: TableModel): void {
  const g = tableGeometry(table);
  const list = formattings(worksheet);
  const kept = list.filter((cf) => !intersects(cf.ref, g.firstDataRow, g.firstColumn, g.lastDataRow, g.lastColumn));
  list.splice(0, list.length, ...kept);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function addColumnHighlight(worksheet: ExcelJS.Worksheet, table: TableModel, header: string, formula: string, fill: string): void {
  const index = columnIndexOf(table, header);
  if (index === undefined) throw new Error(`Plan refers to a missing column: ${table.name}[${header}]`);
  const g = tableGeometry(table);
  worksheet.addConditionalFormatting({
    ref: rangeAddress(g.firstDataRow, g.firstColumn + index, g.lastDataRow - g.firstDataRow + 1, 1),
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [formula.startsWith('=') ? formula.slice(1) : formula],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(fill) } } },
      },
    ],
  });
}
