import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress } from '../domain/util/a1';
import type { TableModel } from './document';
import { columnIndexOf, tableGeometry } from './tableGeometry';

/**
 * Conditional formats over table columns (error highlights). Tổng kết's are the expression
 * rules filled with its highlight colour; every other conditional format is the user's.
 */

interface ConditionalRule {
  type?: string;
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } };
}

interface ConditionalFormatting {
  ref: string;
  rules: ConditionalRule[];
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

/** "#F8CBAD" and "FFF8CBAD" (ARGB, as files store colours) name the same colour. */
function sameColour(argb: string | undefined, hex: string): boolean {
  return argb !== undefined && argb.toUpperCase().slice(-6) === hex.replace('#', '').toUpperCase();
}

function isHighlight(rule: ConditionalRule, fill: string): boolean {
  const colour = rule.style?.fill;
  return rule.type === 'expression' && (sameColour(colour?.bgColor?.argb, fill) || sameColour(colour?.fgColor?.argb, fill));
}

/** Removes Tổng kết's highlights (expression rules filled with `fill`) from the table body; the user's formats stay. */
export function clearHighlights(worksheet: ExcelJS.Worksheet, table: TableModel, fill: string): void {
  const g = tableGeometry(table);
  const list = formattings(worksheet);
  const kept = list.flatMap((cf) => {
    if (!intersects(cf.ref, g.firstDataRow, g.firstColumn, g.lastDataRow, g.lastColumn)) return [cf];
    const rules = cf.rules.filter((rule) => !isHighlight(rule, fill));
    return rules.length === 0 ? [] : [{ ...cf, rules }];
  });
  list.splice(0, list.length, ...kept);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * After a table's body changed length (rows added, removed or replaced): the conditional
 * formats that covered its body down to the old last data row end at the new one, as
 * Excel's own do when a table grows (rows.add) or loses rows (delete Up) — so a highlight
 * reaches the rows a merge or an import brought, in the file as in Excel.
 */
export function followTableBody(worksheet: ExcelJS.Worksheet, table: TableModel, oldLastDataRow: number): void {
  const g = tableGeometry(table);
  if (g.lastDataRow === oldLastDataRow) return;
  for (const cf of formattings(worksheet)) {
    cf.ref = cf.ref
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => {
        const r = parseRange(part.replace(/\$/g, ''));
        const inBody = r.top >= g.firstDataRow && r.bottom === oldLastDataRow && r.left <= g.lastColumn && r.right >= g.firstColumn;
        return inBody ? rangeAddress(r.top, r.left, Math.max(1, g.lastDataRow - r.top + 1), r.right - r.left + 1) : part;
      })
      .join(' ');
  }
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
