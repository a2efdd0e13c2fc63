/** A1 addressing helpers (0-based indexes in, Excel addresses out). */

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** Quotes a sheet name for use in an address ("'Khen thưởng'!A1"). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** "A3:L10" (or one cell, "$A$3") → 0-based corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [start, end = start] = ref.split(':');
  const a = parseCell(start);
  const b = parseCell(end);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** Parses "B12" (optionally "$B$12") into 0-based indexes. */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}
