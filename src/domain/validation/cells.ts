/** Reading cell values defensively: a snapshot may hold anything a user can type. */
import type { CellValue } from '../snapshot';
import { serialToIso } from '../util/dates';
import { formatNumberVi } from './formatVi';
import { parseVietnameseDate } from './parseVietnameseDate';
import { parseVietnameseNumber } from './parseVietnameseNumber';

/** Serials of 01/01/1900 and 31/12/9999, the range Excel can show as a date. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell from a row that may be shorter than the headers or not an array at all. */
export function cellAt(row: unknown, index: number): CellValue {
  if (!Array.isArray(row) || index < 0 || index >= row.length) return null;
  const value: unknown = row[index];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** The value as it should be quoted in a message. */
export function quoteCell(value: CellValue): string {
  if (typeof value === 'number') return formatNumberVi(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value ?? '');
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** A number, or a text that reads as one; null otherwise. */
export function numericValue(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseVietnameseNumber(value);
  return null;
}

export function serialToIsoSafe(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return null;
  return serialToIso(serial);
}

/** An ISO date from a serial, a typed date text, or an ISO string; null otherwise. */
export function dateValue(value: CellValue): string | null {
  if (typeof value === 'number') return serialToIsoSafe(value);
  if (typeof value === 'string') return parseVietnameseDate(value)?.iso ?? null;
  return null;
}

/** The value as text for catalogue comparison ("" for empty). */
export function textValue(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
