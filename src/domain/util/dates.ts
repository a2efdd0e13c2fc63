/** Excel serial dates (1900 system) ⇄ ISO dates, without time zones. */

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / DAY_MS);
}

export function serialToIso(serial: number): string {
  const date = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

/** "2025-06-09" → "09/06/2025" */
export function isoToVietnamese(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function isValidIsoDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The local calendar date of a moment, as ISO yyyy-mm-dd. */
export function localIsoDate(date: Date): string {
  return toIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
