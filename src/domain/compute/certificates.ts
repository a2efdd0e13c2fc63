/** GCN: Tỷ lệ đạt chỉ tiêu and Còn phải cấp; the totals rate counts only rows with a target. */
import { GCN, GCN_HEADERS as H } from '../contract/tables';
import { arithmetic, excelN, sumOfCells } from './coercion';
import { sumIfs } from './conditionalAggregates';
import { safeRatioValue } from './safeRatio';
import type { TableComputation } from './types';
import { isExcelError, type ComputedValue, type ExcelValue } from './values';

/** IF(N(target)=0,"",N(issued)/target) */
export function achievement(target: ExcelValue, issued: ExcelValue): ComputedValue {
  return safeRatioValue(excelN(issued), target);
}

/** IF(N(target)=0,"",MAX(target-N(issued),0)) */
export function remaining(target: ExcelValue, issued: ExcelValue): ComputedValue {
  const guard = excelN(target);
  if (isExcelError(guard)) return guard;
  if (guard === 0) return '';
  const t = arithmetic(target);
  if (isExcelError(t)) return t;
  const i = excelN(issued);
  return isExcelError(i) ? i : Math.max(t - i, 0);
}

export const CERTIFICATES_COMPUTATION: TableComputation = {
  spec: GCN,
  row(cells) {
    const target = cells(H.target);
    const issued = cells(H.issued);
    return { [H.achievement]: achievement(target, issued), [H.remaining]: remaining(target, issued) };
  },
  formulaTotals(columns) {
    const issuedWithTarget = sumIfs(columns(H.issued), [{ values: columns(H.target), criterion: '>0' }]);
    return { [H.achievement]: safeRatioValue(issuedWithTarget, sumOfCells(columns(H.target))) };
  },
};
