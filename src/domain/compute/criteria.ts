/**
 * SUMIFS/COUNTIFS criteria ("Cá nhân", ">0", ">=1", "<>") as Excel reads them, and the
 * literal that makes a text criterion match exactly that text.
 */
import { foldCase, parseNumericText } from './coercion';
import { wildcardPattern } from './functions';
import { isExcelError, type ExcelValue } from './values';

type Operator = '=' | '<>' | '<' | '<=' | '>' | '>=';

function splitOperator(criterion: string): [Operator, string] {
  for (const op of ['<=', '>=', '<>', '<', '>', '='] as const) {
    if (criterion.startsWith(op)) return [op, criterion.slice(op.length)];
  }
  return ['=', criterion];
}

function compare(a: number | string, b: number | string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function holds(op: Operator, order: number): boolean {
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<>':
      return order !== 0;
    default:
      return order === 0;
  }
}

export type CellPredicate = (value: ExcelValue) => boolean;

/**
 * A criterion's test of one cell. "=" with text matches text cells case-insensitively with
 * wildcards; "=" with a number matches that number (or the same text); inequalities with a
 * number only match numbers; "" matches blanks and "<>" non-blanks; "<>x" is "not =x".
 */
export function criterionPredicate(criterion: string): CellPredicate {
  const [op, operand] = splitOperator(criterion);
  if (op === '=' || op === '<>') {
    const equal = equalityPredicate(operand);
    return op === '=' ? equal : (v) => !equal(v);
  }
  const number = parseNumericText(operand);
  if (number !== null) {
    return (v) => typeof v === 'number' && holds(op, compare(v, number));
  }
  const text = foldCase(operand);
  return (v) => typeof v === 'string' && holds(op, compare(foldCase(v), text));
}

function equalityPredicate(operand: string): CellPredicate {
  if (operand === '') return (v) => v === null || v === '';
  const number = parseNumericText(operand);
  if (number !== null) {
    return (v) => (typeof v === 'number' && v === number) || (typeof v === 'string' && foldCase(v.trim()) === foldCase(operand.trim()));
  }
  const pattern = wildcardPattern(operand);
  return (v) => typeof v === 'string' && !isExcelError(v) && pattern.test(foldCase(v));
}

/**
 * The criterion text that matches exactly `text`: wildcards are escaped with "~", and a
 * leading comparison sign is protected by an explicit "=".
 */
export function exactTextCriterion(text: string): string {
  const escaped = text.replace(/[~*?]/g, '~$&');
  return /^[=<>]/.test(escaped) ? `=${escaped}` : escaped;
}
