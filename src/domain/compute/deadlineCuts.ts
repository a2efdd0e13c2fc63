/** CatGiamTTHC: Số ngày cắt giảm and Tỷ lệ cắt giảm. */
import { CAT_GIAM_HEADERS as H, CAT_GIAM_TTHC } from '../contract/tables';
import { arithmetic, equalsText, excelN, excelOr, sumOfCells } from './coercion';
import { sumIfs } from './conditionalAggregates';
import { safeRatioValue } from './safeRatio';
import type { TableComputation } from './types';
import { isExcelError, type ComputedValue, type ExcelValue } from './values';

/** IF(OR(legal="",cut=""),"",N(legal)-N(cut)) */
export function daysCut(legal: ExcelValue, cut: ExcelValue): ComputedValue {
  const skip = excelOr([equalsText(legal, ''), equalsText(cut, '')]);
  if (isExcelError(skip)) return skip;
  if (skip) return '';
  const a = excelN(legal);
  if (isExcelError(a)) return a;
  const b = excelN(cut);
  return isExcelError(b) ? b : a - b;
}

/** IF(OR(N(legal)=0,daysCut=""),"",daysCut/legal) */
export function cutRate(cutDays: ComputedValue, legal: ExcelValue): ComputedValue {
  const guard = excelN(legal);
  if (isExcelError(guard)) return guard;
  if (isExcelError(cutDays)) return cutDays;
  if (guard === 0 || cutDays === '') return '';
  const num = arithmetic(cutDays);
  if (isExcelError(num)) return num;
  const den = arithmetic(legal);
  return isExcelError(den) ? den : num / den;
}

export const DEADLINE_CUTS_COMPUTATION: TableComputation = {
  spec: CAT_GIAM_TTHC,
  row(cells) {
    const cutDays = daysCut(cells(H.legalDays), cells(H.cutDays));
    return { [H.daysCut]: cutDays, [H.cutRate]: cutRate(cutDays, cells(H.legalDays)) };
  },
  formulaTotals(columns) {
    // Σ days cut ÷ Σ legal days of the procedures that have a duration after the cut.
    const legalWithCut = sumIfs(columns(H.legalDays), [{ values: columns(H.cutDays), criterion: '<>' }]);
    return { [H.cutRate]: safeRatioValue(sumOfCells(columns(H.daysCut)), legalWithCut) };
  },
};
