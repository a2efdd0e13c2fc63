/**
 * Reads a date typed as text: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy (Vietnamese
 * order, day first) and yyyy-mm-dd. A date whose day and month are both ≤ 12 and differ is
 * ambiguous: Excel on an English locale may have read it month first.
 */
import { isValidIsoDate, toIso } from '../util/dates';

export interface DateTextParts {
  day: number;
  month: number;
  year: number;
  /** the text put the year first (yyyy-mm-dd), so day and month cannot be swapped */
  yearFirst: boolean;
}

const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The parts of a text shaped like a date, valid or not (31/02/2025 has parts). */
export function matchDateText(text: string): DateTextParts | null {
  if (typeof text !== 'string') return null;
  const s = text.normalize('NFC').trim();
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) {
    return { day: Number(dayFirst[1]), month: Number(dayFirst[3]), year: Number(dayFirst[4]), yearFirst: false };
  }
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) {
    return { day: Number(yearFirst[3]), month: Number(yearFirst[2]), year: Number(yearFirst[1]), yearFirst: true };
  }
  return null;
}

export function parseVietnameseDate(text: string): { iso: string; ambiguous: boolean } | null {
  const parts = matchDateText(text);
  if (!parts) return null;
  const { day, month, year, yearFirst } = parts;
  if (year < 1900 || !isValidIsoDate(year, month, day)) return null;
  return { iso: toIso(year, month, day), ambiguous: !yearFirst && day <= 12 && month <= 12 && day !== month };
}
