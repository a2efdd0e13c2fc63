/**
 * DM_DanhHieu as the KhenThuong formulas read it (contract/tables.ts): the multiplier of a
 * row in force is taken only when it is a number and exactly one row of the award covers the
 * decision date. So a multiplier typed as text, or two rows of one award whose validity
 * overlaps, leave Mức thưởng empty — each is reported at its catalogue cell, never left silent.
 */
import { AWARD_CATALOGUE_HEADERS as AH, DM_DANH_HIEU } from '../../contract/catalogues';
import { catalogueTitle } from '../../contract/captions';
import { headerIndex } from '../../contract/columnHeader';
import { MULTIPLIER_COLUMNS } from '../../contract/tables';
import { findSnapshotTable } from '../../compute/tableData';
import { msg } from '../../messages';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import { cellAt, dateValue, isBlank, numericValue, textValue } from '../cells';
import type { Emit } from '../context';
import { finding } from '../makeFinding';
import { textKey } from '../textKey';

const CATALOGUE = catalogueTitle(DM_DANH_HIEU.name);

interface CatalogueRow {
  index: number;
  name: string;
  basis: string;
  from: string | null;
  to: string | null;
}

function where(table: TableSnapshot, row: number, column: number) {
  return {
    sheet: table.sheet,
    cell: cellAddress(table.headerRow + 1 + row, table.firstColumn + column),
    table: table.name,
    column: String(table.headers[column] ?? ''),
  };
}

function basis(row: CatalogueRow, column: string) {
  return msg('basis.catalogue', { basis: row.basis || null, cat: CATALOGUE, column });
}

/** Text in a multiplier cell: SUMIFS/COUNTIFS skip it, so the amount would stay empty. */
function checkMultiplierText(table: TableSnapshot, rows: readonly CatalogueRow[], raw: readonly unknown[], emit: Emit): void {
  for (const [, header] of MULTIPLIER_COLUMNS) {
    const c = headerIndex(table.headers, header);
    if (c < 0) continue;
    for (const row of rows) {
      const value: CellValue = cellAt(raw[row.index], c);
      if (typeof value !== 'string' || isBlank(value)) continue;
      const number = numericValue(value);
      emit(finding(where(table, row.index, c), 'error', 'award.multiplierText',
        msg('award.multiplierText', { column: header, award: row.name, value }),
        msg('award.multiplierText.fix', { number }), basis(row, header)));
    }
  }
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);

/** Two rows of one award covering a common day: the later row is reported, naming the earlier one. */
function checkOverlaps(table: TableSnapshot, rows: readonly CatalogueRow[], emit: Emit): void {
  const fromColumn = headerIndex(table.headers, AH.from);
  const toColumn = headerIndex(table.headers, AH.to);
  if (fromColumn < 0 && toColumn < 0) return;
  const seen = new Map<string, CatalogueRow[]>();
  for (const row of rows) {
    const key = textKey(row.name);
    const before = seen.get(key) ?? [];
    const other = before.find((o) => {
      const start = later(o.from, row.from);
      const end = earlier(o.to, row.to);
      return start === null || end === null || start <= end;
    });
    if (other) {
      emit(finding(where(table, row.index, fromColumn >= 0 ? fromColumn : toColumn), 'error', 'award.periodOverlap',
        msg('award.periodOverlap', {
          award: row.name,
          from: row.from,
          to: row.to,
          cell: cellAddress(table.headerRow + 1 + other.index, table.firstColumn + (fromColumn >= 0 ? fromColumn : toColumn)),
          otherFrom: other.from,
          otherTo: other.to,
          overlapFrom: later(other.from, row.from),
          overlapTo: earlier(other.to, row.to),
        }),
        msg('award.periodOverlap.fix', { award: row.name }), basis(row, `${AH.from}, ${AH.to}`)));
    }
    before.push(row);
    seen.set(key, before);
  }
}

export function checkAwardCatalogue(snapshot: WorkbookSnapshot, emit: Emit): void {
  const table = findSnapshotTable(snapshot, DM_DANH_HIEU.name);
  if (!table || !Array.isArray(table.headers) || !Array.isArray(table.values)) return;
  const nameColumn = headerIndex(table.headers, AH.name);
  if (nameColumn < 0) return;
  const column = (header: string) => headerIndex(table.headers, header);
  const [basisColumn, fromColumn, toColumn] = [column(AH.basis), column(AH.from), column(AH.to)];
  const raw: readonly unknown[] = table.values;
  const rows: CatalogueRow[] = [];
  raw.forEach((values, index) => {
    const name = textValue(cellAt(values, nameColumn));
    if (name === '') return;
    rows.push({
      index,
      name,
      basis: textValue(cellAt(values, basisColumn)),
      from: fromColumn < 0 ? null : dateValue(cellAt(values, fromColumn)),
      to: toColumn < 0 ? null : dateValue(cellAt(values, toColumn)),
    });
  });
  checkMultiplierText(table, rows, raw, emit);
  checkOverlaps(table, rows, emit);
}
