/** The contract's `safeRatio`: IF(N(den)=0,"",(num)/(den)), on evaluated operands. */
import { arithmetic, arithmeticSum, excelN } from './coercion';
import { excelError, isExcelError, type ComputedValue, type ExcelValue } from './values';

/**
 * The value of a `+`-joined list of operands as written in a formula: one operand is the
 * cell itself (N() of it sees text as 0), several are an addition (text must be numeric).
 */
export function operandsValue(operands: readonly ExcelValue[]): ExcelValue {
  return operands.length === 1 ? operands[0] : arithmeticSum(operands);
}

export function safeRatioValue(numerator: ExcelValue, denominator: ExcelValue): ComputedValue {
  const guard = excelN(denominator);
  if (isExcelError(guard)) return guard;
  if (guard === 0) return '';
  const num = arithmetic(numerator);
  if (isExcelError(num)) return num;
  const den = arithmetic(denominator);
  if (isExcelError(den)) return den;
  return den === 0 ? excelError('#DIV/0!') : num / den;
}
