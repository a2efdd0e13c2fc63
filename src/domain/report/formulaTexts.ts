/**
 * Texts the "Tổng hợp" formulas read from cells rather than carry as constants: a typed title
 * longer than Excel's 255-character formula constant, or every typed text of a formula that
 * would otherwise exceed 8.192 characters. They stand in one column right of the charts,
 * under a caption, and are rewritten with the sheet.
 */
import { columnLetter } from '../util/a1';
import { CELL_TEXT_LIMIT } from './cellText';
import type { FormulaTexts } from './expression';

/** Column R: right of the figures (A–G) and of the charts (I–O), outside the print area. */
export const FORMULA_TEXT_COLUMN = 17;
export const FORMULA_TEXT_CAPTION = 'Văn bản dài dùng trong công thức (không sửa)';

export class FormulaTextCells implements FormulaTexts {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  ref(text: string): string {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.texts.length;
      // a cell holds no more (an over-long typed value is a finding of the check)
      this.texts.push(text.slice(0, CELL_TEXT_LIMIT));
      this.index.set(text, at);
    }
    // the caption is in row 1
    return `$${columnLetter(FORMULA_TEXT_COLUMN)}$${at + 2}`;
  }
}
