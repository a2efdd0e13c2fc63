/**
 * KhenThuong: Mức thưởng and Thành tiền, as the contract's formulas give them.
 * Mức thưởng = IFERROR(IF(OR(award="",who="",N(date)=0,mult=""),"",
 *   CEILING(ROUND(mult × INDEX(lương, MATCH(date, từ ngày, 1)), 0), 10000)), "").
 */
import { KHEN_THUONG, KHEN_THUONG_HEADERS as H, RECIPIENT } from '../contract/tables';
import { AWARD_CATALOGUE_HEADERS as A, BASE_SALARY_HEADERS as B, type ComputeCatalogues } from './catalogues';
import { arithmetic, equalsText, excelN, excelOr } from './coercion';
import { excelCeiling, excelRound, lookupApproximate, matchExact } from './functions';
import type { RowCells, TableComputation } from './types';
import { isExcelError, type ComputedValue, type ExcelError, type ExcelValue } from './values';

/** The rounding multiple written in the contract's formula (NĐ 152/2025 Điều 49 k2). */
export const BONUS_ROUNDING = 10000;

/** MATCH results per catalogue column and title text: the same few titles repeat over thousands of rows. */
const matchCache = new WeakMap<readonly ExcelValue[], Map<string, number | ExcelError>>();

function matchTitle(award: ExcelValue, names: readonly ExcelValue[]): number | ExcelError {
  if (typeof award !== 'string') return matchExact(award, names);
  let cache = matchCache.get(names);
  if (!cache) {
    cache = new Map();
    matchCache.set(names, cache);
  }
  let position = cache.get(award);
  if (position === undefined) {
    position = matchExact(award, names);
    cache.set(award, position);
  }
  return position;
}

/**
 * INDEX(DM_DanhHieu[Hệ số …], MATCH(award, DM_DanhHieu[Tên], 0)) for the row's recipient type;
 * "" when the type is none of Cá nhân, Tập thể, Hộ gia đình.
 */
export function awardMultiplier(award: ExcelValue, who: ExcelValue, catalogues: ComputeCatalogues): ExcelValue {
  let header: string | null = null;
  for (const [type, column] of [
    [RECIPIENT.individual, A.individual],
    [RECIPIENT.collective, A.collective],
    [RECIPIENT.household, A.household],
  ] as const) {
    const same = equalsText(who, type);
    if (isExcelError(same)) return same;
    if (same) {
      header = column;
      break;
    }
  }
  if (header === null) return '';
  const position = matchTitle(award, catalogues.awards.column(A.name));
  if (isExcelError(position)) return position;
  return catalogues.awards.column(header)[position - 1] ?? null;
}

export function unitAmount(award: ExcelValue, who: ExcelValue, date: ExcelValue, catalogues: ComputeCatalogues): ComputedValue {
  const multiplier = awardMultiplier(award, who, catalogues);
  const dateNumber = excelN(date);
  const skip = excelOr([
    equalsText(award, ''),
    equalsText(who, ''),
    isExcelError(dateNumber) ? dateNumber : dateNumber === 0,
    equalsText(multiplier, ''),
  ]);
  if (skip !== false) return ''; // TRUE, or an error caught by IFERROR
  const salary = lookupApproximate(date, catalogues.baseSalaries.column(B.from), catalogues.baseSalaries.column(B.amount));
  const m = arithmetic(multiplier);
  const s = arithmetic(salary);
  if (isExcelError(m) || isExcelError(s)) return '';
  return excelCeiling(excelRound(m * s, 0), BONUS_ROUNDING);
}

/** IF(N(unit)=0,"",unit*N(quantity)) */
export function amount(unit: ComputedValue, quantity: ExcelValue): ComputedValue {
  const guard = excelN(unit);
  if (isExcelError(guard)) return guard;
  if (guard === 0) return '';
  const u = arithmetic(unit);
  if (isExcelError(u)) return u;
  const q = excelN(quantity);
  return isExcelError(q) ? q : u * q;
}

export const AWARDS_COMPUTATION: TableComputation = {
  spec: KHEN_THUONG,
  row(cells: RowCells, catalogues) {
    const unit = unitAmount(cells(H.award), cells(H.recipientType), cells(H.decisionDate), catalogues);
    return { [H.unitAmount]: unit, [H.amount]: amount(unit, cells(H.quantity)) };
  },
};
