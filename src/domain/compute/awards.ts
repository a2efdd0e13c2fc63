/**
 * KhenThuong: the catalogue entries a row names, the multiplier in force on its decision date,
 * Mức thưởng and Thành tiền — as the contract's formulas give them (see contract/tables.ts):
 * - Danh hiệu / Người ký theo danh mục: the alias table (DM_TenGoi) first, then the entry itself;
 * - Hệ số: SUMIFS/COUNTIFS over the DM_DanhHieu rows of the entry whose validity covers the date;
 * - Mức thưởng: the amount the decision states, else CEILING(ROUND(hệ số × lương cơ sở, 0), 10000).
 */
import { FORMULA_CATALOGUE as FC, KHEN_THUONG, KHEN_THUONG_HEADERS as H, MULTIPLIER_COLUMNS } from '../contract/tables';
import type { CatalogueColumns, ComputeCatalogues } from './catalogues';
import { arithmetic, equalsText, excelN, excelOr } from './coercion';
import { countIfs, sumIfs, type CriterionColumn } from './conditionalAggregates';
import { excelCeiling, excelRound, excelText, excelTrim, lookupApproximate, matchExact } from './functions';
import type { RowCells, TableComputation } from './types';
import { isExcelError, type ComputedValue, type ExcelError, type ExcelValue } from './values';

/** The rounding multiple written in the contract's formula (NĐ 152/2025 Điều 49 k2). */
export const BONUS_ROUNDING = 10000;

/** MATCH results per catalogue column and looked-up text: the same few names repeat over thousands of rows. */
const matchCache = new WeakMap<readonly ExcelValue[], Map<string, number | ExcelError>>();

function cachedMatch(lookup: ExcelValue, values: readonly ExcelValue[]): number | ExcelError {
  if (typeof lookup !== 'string') return matchExact(lookup, values);
  let cache = matchCache.get(values);
  if (!cache) {
    cache = new Map();
    matchCache.set(values, cache);
  }
  let position = cache.get(lookup);
  if (position === undefined) {
    position = matchExact(lookup, values);
    cache.set(lookup, position);
  }
  return position;
}

/** INDEX(column, MATCH(lookup, names, 0)) */
function indexMatch(lookup: ExcelValue, names: readonly ExcelValue[], column: readonly ExcelValue[]): ExcelValue {
  const position = cachedMatch(lookup, names);
  if (isExcelError(position)) return position;
  return column[position - 1] ?? null;
}

/** A value as INDEX gives it to a formula cell: a blank reads as 0. */
function asResult(value: ExcelValue): ComputedValue {
  return value === null ? 0 : value;
}

/**
 * IF(TRIM(x)="","",IFERROR(INDEX(names,MATCH(INDEX(alias targets,MATCH(TRIM(x),aliases,0)),names,0)),
 * IFERROR(INDEX(names,MATCH(TRIM(x),names,0)),""))) — without the outer INDEX/MATCH on the
 * alias target when it need not be an entry (signers).
 */
export function catalogueEntry(
  typed: ExcelValue,
  entries: CatalogueColumns,
  nameColumn: string,
  aliases: CatalogueColumns,
  targetMustExist: boolean,
): ComputedValue {
  const trimmed = excelTrim(typed);
  if (isExcelError(trimmed)) return trimmed;
  if (trimmed === '') return '';
  const names = entries.column(nameColumn);
  const target = indexMatch(trimmed, aliases.column(FC.alias), aliases.column(FC.aliasEntry));
  if (!isExcelError(target)) {
    const viaAlias = targetMustExist ? indexMatch(target, names, names) : target;
    if (!isExcelError(viaAlias)) return asResult(viaAlias);
  }
  const direct = indexMatch(trimmed, names, names);
  return isExcelError(direct) ? '' : asResult(direct);
}

/** One SUMIFS/COUNTIFS criterion pair: the column and the criterion text. */
function criterion(values: readonly ExcelValue[], text: string): CriterionColumn {
  return { values, criterion: text };
}

/**
 * The inclusion–exclusion of the formula: Σ over rows of the entry − rows starting after the
 * date − rows ending before it + rows doing both. `count` counts the numbers ≥ 0 instead.
 */
function inForce(entry: string, date: ExcelValue, column: string, count: boolean, awards: CatalogueColumns): number | ExcelError {
  const values = awards.column(column);
  const dateText = excelText(date);
  if (isExcelError(dateText)) return dateText;
  const byName = criterion(awards.column(FC.awardName), entry);
  const later = criterion(awards.column(FC.from), `>${dateText}`);
  const ended = criterion(awards.column(FC.to), `<${dateText}`);
  const term = (criteria: CriterionColumn[]): number | ExcelError =>
    count ? countIfs([...criteria, criterion(values, '>=0')]) : sumIfs(values, criteria);
  const parts = [term([byName]), term([byName, later]), term([byName, ended]), term([byName, later, ended])];
  for (const p of parts) if (isExcelError(p)) return p;
  const [all, startingLater, endedBefore, both] = parts as number[];
  return all - startingLater - endedBefore + both;
}

/** The Hệ số column: "" unless exactly one row in force gives a number for the recipient type. */
export function multiplier(entry: ComputedValue, who: ExcelValue, date: ExcelValue, catalogues: ComputeCatalogues): ComputedValue {
  const dateNumber = excelN(date);
  const skip = excelOr([equalsText(entry, ''), isExcelError(dateNumber) ? dateNumber : dateNumber === 0]);
  if (skip !== false) return '';
  for (const [type, column] of MULTIPLIER_COLUMNS) {
    const same = equalsText(who, type);
    if (isExcelError(same)) return '';
    if (!same) continue;
    // entry is text here: "" was skipped, an error would have made the OR an error
    const name = typeof entry === 'string' ? entry : String(entry);
    const rows = inForce(name, date, column, true, catalogues.awards);
    if (isExcelError(rows)) return '';
    if (rows !== 1) return '';
    const value = inForce(name, date, column, false, catalogues.awards);
    return isExcelError(value) ? '' : value;
  }
  return '';
}

export function unitAmount(cells: RowCells, multiplierValue: ComputedValue, catalogues: ComputeCatalogues): ComputedValue {
  const date = cells(H.decisionDate);
  const dateNumber = excelN(date);
  const skip = excelOr([
    equalsText(cells(H.award), ''),
    equalsText(cells(H.recipientType), ''),
    isExcelError(dateNumber) ? dateNumber : dateNumber === 0,
  ]);
  if (skip !== false) return ''; // TRUE, or an error caught by IFERROR
  const decided = cells(H.decidedAmount);
  const decidedNumber = excelN(decided);
  if (isExcelError(decidedNumber)) return '';
  if (decidedNumber > 0) return asResult(decided);
  const none = equalsText(multiplierValue, '');
  if (isExcelError(none)) return '';
  if (none) return '';
  const salary = lookupApproximate(date, catalogues.baseSalaries.column(FC.salaryFrom), catalogues.baseSalaries.column(FC.salary));
  const m = arithmetic(multiplierValue);
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
    const entry = catalogueEntry(cells(H.award), catalogues.awards, FC.awardName, catalogues.aliases, true);
    const signer = catalogueEntry(cells(H.authority), catalogues.signers, FC.signerName, catalogues.aliases, false);
    const factor = multiplier(entry, cells(H.recipientType), cells(H.decisionDate), catalogues);
    const unit = unitAmount(cells, factor, catalogues);
    return {
      [H.unitAmount]: unit,
      [H.amount]: amount(unit, cells(H.quantity)),
      [H.awardEntry]: entry,
      [H.signerEntry]: signer,
      [H.multiplier]: factor,
    };
  },
};

