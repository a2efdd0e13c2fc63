/**
 * Summary figures as small expressions over whole table columns. One definition gives both
 * the live Excel formula written on "Tổng hợp" and the value the domain expects Excel to
 * show, so the two cannot drift apart. Functions used: SUM, SUMIFS, COUNTIFS, COUNTA,
 * INDEX, IF — all in Excel 2019, LibreOffice and HyperFormula.
 */
import { exactTextCriterion } from '../compute/criteria';
import { column, textLiteral } from '../formula/structuredRefs';

export interface ColumnCriterion {
  header: string;
  /** Excel criterion text, e.g. "Cá nhân" (see exactTextCriterion), ">0", "<>" */
  criterion: string;
  /** the text an exact-text criterion matches (see equalsText), which may be typed by the user */
  text?: string;
}

/** Rows whose column holds exactly `text` (case-insensitively, no wildcards), as SUMIFS reads it. */
export const equalsText = (header: string, text: string): ColumnCriterion => ({ header, criterion: exactTextCriterion(text), text });

/**
 * Excel's limits a formula must respect (Excel specifications and limits): its length, a
 * text constant in it, and a SUMIFS/COUNTIFS criterion (longer: #VALUE!).
 */
export const FORMULA_LIMITS = { formula: 8192, textConstant: 255, criterion: 255 } as const;

/** Cells holding texts a formula cannot carry as constants: the absolute address of one holding `text`. */
export interface FormulaTexts {
  ref(text: string): string;
}

/** How texts are written: as constants where Excel allows, or every typed text from a cell. */
export interface RenderOptions {
  texts?: FormulaTexts;
  /** every exact-text criterion from a cell: the formula would be too long otherwise */
  textsInCells: boolean;
}

export type Expression =
  | { op: 'sum'; table: string; header: string }
  | { op: 'sumifs'; table: string; header: string; criteria: readonly ColumnCriterion[] }
  | { op: 'countifs'; table: string; criteria: readonly ColumnCriterion[] }
  | { op: 'counta'; table: string; header: string }
  /** the cell of a column in a data row (1-based); a blank shows as "" in every engine */
  | { op: 'index'; table: string; header: string; row: number }
  | { op: 'add'; terms: readonly Expression[] }
  | { op: 'subtract'; minuend: Expression; subtrahend: Expression }
  /** IF(den=0,"",num/den): a ratio of sums, empty when the denominator is zero */
  | { op: 'ratio'; numerator: Expression; denominator: Expression };

export const sum = (table: string, header: string): Expression => ({ op: 'sum', table, header });
export const sumIfs = (table: string, header: string, criteria: readonly ColumnCriterion[]): Expression =>
  criteria.length === 0 ? sum(table, header) : { op: 'sumifs', table, header, criteria };
export const countIfs = (table: string, criteria: readonly ColumnCriterion[]): Expression => ({ op: 'countifs', table, criteria });
export const countA = (table: string, header: string): Expression => ({ op: 'counta', table, header });
export const indexCell = (table: string, header: string, row: number): Expression => ({ op: 'index', table, header, row });
export const add = (...terms: Expression[]): Expression => (terms.length === 1 ? terms[0] : { op: 'add', terms });
export const subtract = (minuend: Expression, subtrahend: Expression): Expression => ({ op: 'subtract', minuend, subtrahend });
export const ratio = (numerator: Expression, denominator: Expression): Expression => ({ op: 'ratio', numerator, denominator });

/** A text as a formula operand: a constant when short enough (and allowed), else its cell. */
function textOperand(text: string, o: RenderOptions, inCell: boolean): string {
  if (o.texts && (inCell || text.length > FORMULA_LIMITS.textConstant)) return o.texts.ref(text);
  return textLiteral(text);
}

function criteriaArguments(table: string, criteria: readonly ColumnCriterion[], o: RenderOptions): string {
  return criteria.map((c) => `${column(table, c.header)},${textOperand(c.criterion, o, o.textsInCells && c.text !== undefined)}`).join(',');
}

/**
 * One criterion as a 0/1 array for SUMPRODUCT: exact text compares with "=" (as
 * case-insensitive as SUMIFS, no wildcards, and no length limit); "?*" is any non-empty
 * text; "<>" any non-blank cell.
 */
function condition(table: string, c: ColumnCriterion, o: RenderOptions): string {
  const col = column(table, c.header);
  if (c.text !== undefined) return `--(${col}=${textOperand(c.text, o, o.textsInCells)})`;
  if (c.criterion === '?*') return `ISTEXT(${col})*(LEN(${col})>0)`;
  if (c.criterion === '<>') return `--(${col}<>"")`;
  throw new Error(`No SUMPRODUCT form for the criterion ${c.criterion}`);
}

/**
 * SUMIFS/COUNTIFS cannot take a criterion longer than 255 characters (Excel gives #VALUE!):
 * such rows are matched with SUMPRODUCT and "=", which Excel 2019 and LibreOffice evaluate
 * over whole columns without an array formula.
 */
function needsSumproduct(criteria: readonly ColumnCriterion[]): boolean {
  return criteria.some((c) => c.criterion.length > FORMULA_LIMITS.criterion);
}

/** The expression as formula text, without the leading "=". */
export function formulaText(e: Expression, o: RenderOptions = { textsInCells: false }): string {
  switch (e.op) {
    case 'sum':
      return `SUM(${column(e.table, e.header)})`;
    case 'sumifs':
      if (needsSumproduct(e.criteria)) return `SUMPRODUCT(${e.criteria.map((c) => condition(e.table, c, o)).join(',')},${column(e.table, e.header)})`;
      return `SUMIFS(${column(e.table, e.header)},${criteriaArguments(e.table, e.criteria, o)})`;
    case 'countifs':
      if (needsSumproduct(e.criteria)) return `SUMPRODUCT(${e.criteria.map((c) => condition(e.table, c, o)).join(',')})`;
      return `COUNTIFS(${criteriaArguments(e.table, e.criteria, o)})`;
    case 'counta':
      return `COUNTA(${column(e.table, e.header)})`;
    case 'index': {
      const cell = `INDEX(${column(e.table, e.header)},${e.row})`;
      return `IF(${cell}="","",${cell})`;
    }
    case 'add':
      return e.terms.map((t) => formulaText(t, o)).join('+');
    case 'subtract': {
      const subtrahend = e.subtrahend.op === 'add' || e.subtrahend.op === 'subtract' ? `(${formulaText(e.subtrahend, o)})` : formulaText(e.subtrahend, o);
      return `${formulaText(e.minuend, o)}-${subtrahend}`;
    }
    case 'ratio': {
      const operand = (x: Expression) => (x.op === 'add' || x.op === 'subtract' ? `(${formulaText(x, o)})` : formulaText(x, o));
      return `IF(${formulaText(e.denominator, o)}=0,"",${operand(e.numerator)}/${operand(e.denominator)})`;
    }
  }
}

/**
 * The expression as a formula, with "=". Typed texts too long for a formula constant are read
 * from `texts`' cells; when the formula would still exceed Excel's 8.192 characters, every
 * typed text is.
 */
export function formula(e: Expression, texts?: FormulaTexts): string {
  const plain = `=${formulaText(e, { texts, textsInCells: false })}`;
  if (plain.length <= FORMULA_LIMITS.formula || !texts) return plain;
  return `=${formulaText(e, { texts, textsInCells: true })}`;
}
