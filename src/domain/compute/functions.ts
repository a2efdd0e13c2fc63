/** The Excel worksheet functions the contract's formulas use, on evaluated arguments. */
import { roundHalfAwayFromZero } from '../util/decimal';
import { foldCase } from './coercion';
import { excelError, isExcelError, type ExcelError, type ExcelValue } from './values';

/** ROUND(value, 0…): half away from zero, on the value Excel shows. */
export function excelRound(value: number, decimals: number): number {
  return roundHalfAwayFromZero(value, decimals);
}

/**
 * CEILING(value, significance) with significance > 0: the next multiple up (towards +∞,
 * which for a negative value is towards zero, as Excel 2010 and later do).
 */
export function excelCeiling(value: number, significance: number): number {
  if (value === 0) return 0;
  return Math.ceil(roundHalfAwayFromZero(value / significance, 9)) * significance;
}

/** "*", "?" and "~" escapes of MATCH/SUMIFS text patterns as a case-folded RegExp. */
export function wildcardPattern(pattern: string): RegExp {
  let source = '';
  const chars = Array.from(foldCase(pattern));
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '~' && i + 1 < chars.length && ['*', '?', '~'].includes(chars[i + 1])) {
      source += chars[++i].replace(/[*?]/, '\\$&');
    } else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/**
 * MATCH(lookup, values, 0): 1-based position of the first equal value; text matches
 * case-insensitively with wildcards; numbers match numbers only. #N/A when absent.
 */
export function matchExact(lookup: ExcelValue, values: readonly ExcelValue[]): number | ExcelError {
  if (isExcelError(lookup)) return lookup;
  // A blank lookup value is looked up as 0 (a reference to an empty cell reads as 0).
  const wanted = lookup === null ? 0 : lookup;
  if (typeof wanted === 'string') {
    const pattern = wildcardPattern(wanted);
    const at = values.findIndex((v) => typeof v === 'string' && pattern.test(foldCase(v)));
    return at < 0 ? excelError('#N/A') : at + 1;
  }
  const at = values.findIndex((v) => typeof v === typeof wanted && v === wanted);
  return at < 0 ? excelError('#N/A') : at + 1;
}

/**
 * LOOKUP(x, lookupVector, resultVector) for a number x: the result beside the largest
 * lookup number ≤ x (the last one on ties). This is what Excel's binary search returns
 * when the lookup vector is sorted ascending, as DM_LuongCoSo must be; text and blanks in
 * the vector are skipped. #N/A when every number is greater than x.
 */
export function lookupApproximate(
  x: ExcelValue,
  lookupVector: readonly ExcelValue[],
  resultVector: readonly ExcelValue[],
): ExcelValue {
  if (isExcelError(x)) return x;
  if (typeof x !== 'number') return excelError('#N/A');
  let best = -1;
  lookupVector.forEach((v, i) => {
    if (typeof v === 'number' && v <= x && (best < 0 || v >= (lookupVector[best] as number))) best = i;
  });
  if (best < 0) return excelError('#N/A');
  return best < resultVector.length ? resultVector[best] : null;
}

/** TRIM(text): spaces (U+0020 only, as Excel) cut at both ends and runs of them made one. */
export function excelTrim(value: ExcelValue): string | ExcelError {
  const text = excelText(value);
  if (isExcelError(text)) return text;
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/** A value as the "&" operator turns it into text: numbers to 15 significant digits, TRUE/FALSE, blank "". */
export function excelText(value: ExcelValue): string | ExcelError {
  if (value === null) return '';
  if (isExcelError(value)) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return value;
}
