/**
 * Rectangles of cells and Excel address strings. Cell-level helpers come from the domain's
 * a1.ts; this adds what a host needs on top: whole rows/columns, sheet quoting the way Excel
 * prints it, and rectangle arithmetic.
 */
import { cellAddress, columnIndex, columnLetter, parseCell, rangeAddress, sheetPrefix } from '../../src/domain/util/a1';
import { simError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0-based top-left corner and size. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function rect(row: number, col: number, rows = 1, cols = 1): Rect {
  return { row, col, rows, cols };
}

export function isEntireColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isEntireRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLUMNS;
}

/** "B3", "A1:C4", "$A$1", "A:C", "3:5" (no sheet part) → rectangle. */
export function parseRect(address: string): Rect {
  const text = address.trim().replace(/\$/g, '');
  const [first, second = first, extra] = text.split(':');
  if (extra !== undefined) throw simError('InvalidArgument', `Bad address "${address}".`);
  if (/^[A-Za-z]{1,3}$/.test(first) && /^[A-Za-z]{1,3}$/.test(second)) {
    const a = columnIndex(first);
    const b = columnIndex(second);
    return checked({ row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(a - b) + 1 }, address);
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const a = Number(first) - 1;
    const b = Number(second) - 1;
    return checked({ row: Math.min(a, b), col: 0, rows: Math.abs(a - b) + 1, cols: MAX_COLUMNS }, address);
  }
  let start: { row: number; column: number };
  let end: { row: number; column: number };
  try {
    start = parseCell(first);
    end = parseCell(second);
  } catch {
    throw simError('InvalidArgument', `Bad address "${address}".`);
  }
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.column, end.column);
  return checked(
    { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.column - start.column) + 1 },
    address,
  );
}

function checked(r: Rect, address: string): Rect {
  if (r.row < 0 || r.col < 0 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLUMNS) {
    throw simError('InvalidArgument', `Address out of the sheet: "${address}".`);
  }
  return r;
}

/** Splits "'Khen thưởng'!A1:B2" into sheet name and the rest. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

/** The local part of an address the way Excel prints it ("A1", "A1:C4", "A:A", "3:3"). */
export function formatRect(r: Rect): string {
  if (isEntireColumns(r)) return `${columnLetter(r.col)}:${columnLetter(r.col + r.cols - 1)}`;
  if (isEntireRows(r)) return `${r.row + 1}:${r.row + r.rows}`;
  return rangeAddress(r.row, r.col, r.rows, r.cols);
}

/** Excel quotes a sheet name only when it is not a plain identifier or looks like a reference. */
export function needsQuotes(sheet: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return true;
  return /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^R(\d*)C(\d*)$/i.test(sheet) || /^(R|C)$/i.test(sheet);
}

export function sheetRef(sheet: string): string {
  return needsQuotes(sheet) ? sheetPrefix(sheet) : `${sheet}!`;
}

export function formatAddress(sheet: string, r: Rect): string {
  return `${sheetRef(sheet)}${formatRect(r)}`;
}

/** "'Sheet'!$A$1:$B$2" — the absolute form defined names and translated formulas use. */
export function absoluteAddress(sheet: string, r: Rect): string {
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
  const start = cell(r.row, r.col);
  const local = r.rows === 1 && r.cols === 1 ? start : `${start}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
  return `${sheetPrefix(sheet)}${local}`;
}

export { cellAddress, columnLetter };

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

/** `a` minus `b` as up to four disjoint rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const pieces: Rect[] = [];
  const aEnd = a.row + a.rows;
  const oEnd = overlap.row + overlap.rows;
  if (overlap.row > a.row) pieces.push({ row: a.row, col: a.col, rows: overlap.row - a.row, cols: a.cols });
  if (oEnd < aEnd) pieces.push({ row: oEnd, col: a.col, rows: aEnd - oEnd, cols: a.cols });
  if (overlap.col > a.col) pieces.push({ row: overlap.row, col: a.col, rows: overlap.rows, cols: overlap.col - a.col });
  const aColEnd = a.col + a.cols;
  const oColEnd = overlap.col + overlap.cols;
  if (oColEnd < aColEnd) pieces.push({ row: overlap.row, col: oColEnd, rows: overlap.rows, cols: aColEnd - oColEnd });
  return pieces;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}
