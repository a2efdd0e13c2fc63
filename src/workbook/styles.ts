import type ExcelJS from 'exceljs';
import { COMPUTED_FILL, HEADER_FILL, HEADER_FONT, NOTE_FONT } from '../domain/contract/layout';
import type { CellStyle } from '../domain/setup/ops';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/**
 * A cell's style object may be shared with other cells after exceljs loads a file: every
 * change replaces the object instead of mutating it.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

export function setNumberFormat(cell: ExcelJS.Cell, numberFormat: string): void {
  restyle(cell, { numFmt: numberFormat });
}

/** Applies a plan cell style (fonts, fills, alignment; never values). */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const font = cell.style.font ?? {};
  const alignment = cell.style.alignment ?? {};
  switch (style) {
    case 'title':
      restyle(cell, { font: { ...font, bold: true, size: 14 } });
      break;
    case 'note':
      restyle(cell, {
        font: { ...font, italic: true, size: 8, color: { argb: argb(NOTE_FONT) } },
        alignment: { ...alignment, wrapText: true, vertical: 'top' },
      });
      break;
    case 'label':
      restyle(cell, { font: { ...font, bold: true } });
      break;
    case 'header':
      restyle(cell, { font: { ...font, bold: true, color: { argb: argb(HEADER_FONT) } }, fill: solid(HEADER_FILL) });
      break;
    case 'computed':
    case 'figure':
      restyle(cell, { fill: solid(COMPUTED_FILL) });
      break;
    case 'paragraph':
      restyle(cell, { alignment: { ...alignment, wrapText: true, vertical: 'top' } });
      break;
    case 'input':
      break;
  }
}
