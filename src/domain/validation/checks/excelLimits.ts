/**
 * Values Excel cannot hold or use, reported at their cell rather than mishandled: a cell over
 * 32.767 characters (a file written by another program can hold one; Excel cuts or refuses
 * it), and a catalogue name over 255 characters, which Excel's MATCH and SUMIFS cannot compare
 * (#VALUE!), so the rows naming it would silently lose their entry, multiplier and amount.
 */
import { headerIndex } from '../../contract/columnHeader';
import { NAMED_CELLS } from '../../contract/header';
import { FORMULA_CATALOGUE as FC } from '../../contract/tables';
import { findSnapshotTable } from '../../compute/tableData';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import { msg } from '../../messages';
import type { Emit } from '../context';
import { finding } from '../makeFinding';

export const EXCEL_CELL_TEXT_LIMIT = 32767;
export const EXCEL_MATCH_TEXT_LIMIT = 255;
const BASIS = msg('basis.excelLimits');
const tooLong = (count: number) => [msg('excel.cellTooLong', { count, limit: EXCEL_CELL_TEXT_LIMIT }), msg('excel.cellTooLong.fix', { limit: EXCEL_CELL_TEXT_LIMIT })] as const;

/** Catalogue columns the workbook's formulas look up with MATCH or compare with SUMIFS. */
const MATCHED_COLUMNS: readonly (readonly [string, string])[] = [
  [FC.awards, FC.awardName],
  [FC.signers, FC.signerName],
  [FC.aliases, FC.alias],
  [FC.aliases, FC.aliasEntry],
];

function where(table: TableSnapshot, row: number, column: number) {
  return { sheet: table.sheet, cell: cellAddress(table.headerRow + 1 + row, table.firstColumn + column), table: table.name, column: String(table.headers[column] ?? '') };
}

const length = (value: CellValue): number => (typeof value === 'string' ? value.length : 0);

/** A table's rows as far as they are rows (the check never throws on a malformed snapshot). */
const rowsOf = (table: TableSnapshot | null | undefined): readonly CellValue[][] =>
  table && Array.isArray(table.values) ? table.values.map((row) => (Array.isArray(row) ? row : [])) : [];

export function checkExcelLimits(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const table of Array.isArray(snapshot.tables) ? snapshot.tables : []) {
    rowsOf(table).forEach((row, r) =>
      row.forEach((value, c) => {
        const n = length(value);
        if (n <= EXCEL_CELL_TEXT_LIMIT) return;
        emit(finding(where(table, r, c), 'error', 'excel.cellTooLong', ...tooLong(n), BASIS));
      }),
    );
  }
  for (const name of Object.keys(snapshot.names ?? {})) {
    const cell = snapshot.names[name];
    const n = cell ? length(cell.value) : 0;
    if (!cell || n <= EXCEL_CELL_TEXT_LIMIT) continue;
    emit(finding({ sheet: cell.sheet, cell: cellAddress(cell.row, cell.column), table: '', column: NAMED_CELLS.find((spec) => spec.name === name)?.label ?? name }, 'error', 'excel.cellTooLong', ...tooLong(n), BASIS));
  }
  for (const [tableName, header] of MATCHED_COLUMNS) {
    const table = findSnapshotTable(snapshot, tableName);
    if (!table || !Array.isArray(table.headers)) continue;
    const c = headerIndex(table.headers, header);
    if (c < 0) continue;
    rowsOf(table).forEach((row, r) => {
      const n = length(row[c]);
      if (n <= EXCEL_MATCH_TEXT_LIMIT || n > EXCEL_CELL_TEXT_LIMIT) return;
      emit(
        finding(where(table, r, c), 'error', 'excel.catalogueNameTooLong',
          msg('excel.catalogueNameTooLong', { count: n, limit: EXCEL_MATCH_TEXT_LIMIT }),
          msg('excel.catalogueNameTooLong.fix', { limit: EXCEL_MATCH_TEXT_LIMIT }),
          BASIS,
        ),
      );
    });
  }
}
