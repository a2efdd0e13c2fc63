import type ExcelJS from 'exceljs';
import { COMPUTED_FILL, HEADER_FILL, HEADER_FONT, NOTE_FONT } from '../domain/contract/layout';
import type { CellStyle } from '../domain/setup/ops';
// a shared style must be replaced, never changed, by exceljs's own setters too
import './excelJsStyles';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/**
 * Styles made by `restyle`, by the style changed and the change: cells of one style changed
 * alike share the new style, as exceljs gives cells of one style one object when it loads a
 * file. A computed column of 100,000 rows had 100,000 copies of the same style (some 150
 * bytes each, with its fill). Only a style with a number format is shared: exceljs gives an
 * unformatted style object the id it gave it first, whatever the type of the next cell
 * (a date needs a date format).
 */
const restyled = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
const NO_STYLE = {};

/**
 * A cell's style object may be shared with other cells after exceljs loads a file: every
 * change replaces the object instead of mutating it (a shared one is frozen).
 */
function restyle(cell: ExcelJS.Cell, key: string, change: () => Partial<ExcelJS.Style>): void {
  const base = cell.style;
  // exceljs gives each new cell an empty style of its own: all of them are one base here
  const baseKey = Object.keys(base).length === 0 ? NO_STYLE : base;
  let made = restyled.get(baseKey);
  const shared = made?.get(key);
  if (shared !== undefined) {
    cell.style = shared;
    return;
  }
  const style: Partial<ExcelJS.Style> = { ...base, ...change() };
  cell.style = style;
  if (style.numFmt === undefined) return;
  Object.freeze(style);
  if (!made) restyled.set(baseKey, (made = new Map()));
  made.set(key, style);
}

export function setNumberFormat(cell: ExcelJS.Cell, numberFormat: string): void {
  restyle(cell, `numFmt ${numberFormat}`, () => ({ numFmt: numberFormat }));
}

/** Applies a plan cell style (fonts, fills, alignment; never values). */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style === 'input') return;
  restyle(cell, style, () => styleChange(cell.style, style));
}

function styleChange(current: Partial<ExcelJS.Style>, style: Exclude<CellStyle, 'input'>): Partial<ExcelJS.Style> {
  const font = current.font ?? {};
  const alignment = current.alignment ?? {};
  switch (style) {
    case 'title':
      return { font: { ...font, bold: true, size: 14 } };
    case 'note':
      return {
        font: { ...font, italic: true, size: 8, color: { argb: argb(NOTE_FONT) } },
        alignment: { ...alignment, wrapText: true, vertical: 'top' },
      };
    case 'label':
      return { font: { ...font, bold: true } };
    case 'header':
      return { font: { ...font, bold: true, color: { argb: argb(HEADER_FONT) } }, fill: solid(HEADER_FILL) };
    case 'computed':
    case 'figure':
      return { fill: solid(COMPUTED_FILL) };
    case 'paragraph':
      return { alignment: { ...alignment, wrapText: true, vertical: 'top' } };
  }
}
