import { COMPUTED_FILL, NOTE_FONT } from '../domain/contract/layout';
import type { CellStyle } from '../domain/setup/ops';

/** Applies a plan cell style to a range (fonts and fills only: never values). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case 'title':
      format.font.bold = true;
      format.font.size = 14;
      break;
    case 'header':
      format.font.bold = true;
      break;
    case 'note':
      format.font.italic = true;
      format.font.size = 8;
      format.font.color = NOTE_FONT;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      break;
    case 'label':
      format.font.bold = true;
      break;
    case 'computed':
    case 'figure':
      format.fill.color = COMPUTED_FILL;
      break;
    case 'paragraph':
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      break;
    case 'input':
      break;
  }
}

/** Excel column widths are in points; the contract gives them in characters. */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * 6 + 5);
}
