/** What a cell holds, and how Excel turns what the API writes into that content. */

export type Scalar = string | number | boolean;

/** A formula's error result ("#DIV/0!", "#N/A", …). */
export class CellErrorValue {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export type Computed = Scalar | CellErrorValue | null;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
}

export interface Cell {
  /** Constant content; absent when the cell is empty or holds a formula. */
  value?: Scalar;
  /** Formula text as written, with its leading "=". */
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface Content {
  value?: Scalar;
  formula?: string;
}

export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000' } as const;
export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15;

export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || (cell.value === undefined && cell.formula === undefined);
}

export function hasFormatting(cell: Cell | undefined): boolean {
  return !!cell && (cell.numberFormat !== undefined || (cell.format !== undefined && Object.keys(cell.format).length > 0));
}

// a mantissa is required: "E7" (a cell address, say) is text, "1E7" and ".5" are numbers
const NUMBER_TEXT = /^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Interprets a value written through `values`/`formulas` the way Excel interprets typing:
 * "=…" becomes a formula, numeric text becomes a number (en-US separators, as the API
 * always uses), "5%" a fraction, "TRUE"/"FALSE" booleans, and a leading apostrophe keeps
 * text. A text number format ("@") keeps everything as text. Dates typed as text stay text
 * (the simulator does not parse date strings).
 */
export function interpretInput(input: unknown, numberFormat: string | undefined): Content | null {
  if (input === null || input === undefined) return null; // office-js: null leaves the cell alone
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { value: '#NUM!' };
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (input instanceof Date) return { value: String(input) };
  const text = String(input);
  if (text === '') return {};
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  if (trimmed !== '' && NUMBER_TEXT.test(trimmed) && /\d/.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')) };
  const percent = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  return { value: text };
}
