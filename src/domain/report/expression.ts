/**
 * Summary figures as small expressions over whole table columns. One definition gives both
 * the live Excel formula written on "Tổng hợp" and the value the domain expects Excel to
 * show, so the two cannot drift apart. Functions used: SUM, SUMIFS, COUNTIFS, COUNTA,
 * INDEX, IF — all in Excel 2019, LibreOffice and HyperFormula.
 */
import { column, textLiteral } from '../formula/structuredRefs';

export interface ColumnCriterion {
  header: string;
  /** Excel criterion text, e.g. "Cá nhân" (see exactTextCriterion), ">0", "<>" */
  criterion: string;
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

function criteriaArguments(table: string, criteria: readonly ColumnCriterion[]): string {
  return criteria.map((c) => `${column(table, c.header)},${textLiteral(c.criterion)}`).join(',');
}

/** The expression as formula text, without the leading "=". */
export function formulaText(e: Expression): string {
  switch (e.op) {
    case 'sum':
      return `SUM(${column(e.table, e.header)})`;
    case 'sumifs':
      return `SUMIFS(${column(e.table, e.header)},${criteriaArguments(e.table, e.criteria)})`;
    case 'countifs':
      return `COUNTIFS(${criteriaArguments(e.table, e.criteria)})`;
    case 'counta':
      return `COUNTA(${column(e.table, e.header)})`;
    case 'index': {
      const cell = `INDEX(${column(e.table, e.header)},${e.row})`;
      return `IF(${cell}="","",${cell})`;
    }
    case 'add':
      return e.terms.map(formulaText).join('+');
    case 'subtract': {
      const subtrahend = e.subtrahend.op === 'add' || e.subtrahend.op === 'subtract' ? `(${formulaText(e.subtrahend)})` : formulaText(e.subtrahend);
      return `${formulaText(e.minuend)}-${subtrahend}`;
    }
    case 'ratio': {
      const operand = (x: Expression) => (x.op === 'add' || x.op === 'subtract' ? `(${formulaText(x)})` : formulaText(x));
      return `IF(${formulaText(e.denominator)}=0,"",${operand(e.numerator)}/${operand(e.denominator)})`;
    }
  }
}

export function formula(e: Expression): string {
  return `=${formulaText(e)}`;
}
