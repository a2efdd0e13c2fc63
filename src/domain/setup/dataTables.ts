/** Setup of the contract's data tables: created, finished after a stopped run, or brought to the contract (missing columns, formulas, validation). */
import { tableCaptionMsg } from '../contract/captions';
import { msg } from '../messages';
import { NOTE_ROW, TABLE_HEADER_ROW, TITLE_ROW } from '../contract/layout';
import { headerKey, sameHeader } from '../contract/columnHeader';
import type { TableSpec } from '../contract/types';
import { refersToColumn } from '../formula/structuredRefs';
import { isEmptyCell, isFormula, type TableSnapshot } from '../snapshot';
import { rangeAddress } from '../util/a1';
import { nativeValidationFor } from './nativeValidation';
import { type SetupPlanner, areaInUse, findTable } from './planner';

export function planDataTable(p: SetupPlanner, spec: TableSpec): void {
  p.ensureSheet(spec.sheet);
  const existing = findTable(p.snapshot, spec.name) ?? p.unnamedOwnTable(spec.sheet, spec.name, TABLE_HEADER_ROW, 0, spec.columns);
  if (!existing) {
    createDataTable(p, spec);
    return;
  }
  if (existing.sheet !== spec.sheet) {
    p.conflict(
      spec.sheet,
      spec.name,
      msg('setup.tableElsewhere', { sheet: spec.sheet, other: existing.sheet }),
    );
    return;
  }
  if (p.finishing) finishDataTable(p, spec, existing);
  updateDataTable(p, spec, existing);
}

function createDataTable(p: SetupPlanner, spec: TableSpec): void {
  const width = spec.columns.length;
  const title = [spec.title];
  const notes = spec.columns.map((c) => c.note ?? '');
  const own = [title, notes, spec.columns.map((c) => c.header)];
  if (!p.free(spec.sheet, TITLE_ROW, 0, own, TABLE_HEADER_ROW + 2, width)) {
    p.conflict(
      spec.sheet,
      spec.name,
      msg('setup.tableBlocked', { range: rangeAddress(TITLE_ROW, 0, TABLE_HEADER_ROW + 2, width), sheet: spec.sheet }),
    );
    return;
  }
  titleAndNotes(p, spec);
  p.table(spec.sheet, spec.name, TABLE_HEADER_ROW, 0, spec.columns.map((c) => ({ ...c, computed: c.kind !== 'input' })));
  for (const column of spec.columns) {
    if (column.formula) {
      p.ops.push({ kind: 'columnFormula', table: spec.name, header: column.header, formula: column.formula, rows: 'all' });
    }
  }
  validations(p, spec, TABLE_HEADER_ROW + 1, spec.columns.map((c) => c.header));
  p.ops.push({ kind: 'freezeRows', sheet: spec.sheet, rows: TABLE_HEADER_ROW + 1 });
  p.create(tableCaptionMsg(spec.name, true));
}

function titleAndNotes(p: SetupPlanner, spec: TableSpec): void {
  p.ops.push({
    kind: 'writeCells',
    sheet: spec.sheet,
    row: TITLE_ROW,
    column: 0,
    cells: [[{ value: spec.title, style: 'title' }]],
  });
  p.ops.push({
    kind: 'writeCells',
    sheet: spec.sheet,
    row: NOTE_ROW,
    column: 0,
    cells: [spec.columns.map((c) => ({ value: c.note ?? '', style: 'note' as const }))],
  });
}

/**
 * What creating the table sets besides the table itself, set again on a table found in a
 * workbook where setup has not finished: title and notes (where the cells above hold them
 * or nothing), widths, the contract's number formats and frozen header.
 */
function finishDataTable(p: SetupPlanner, spec: TableSpec, existing: TableSnapshot): void {
  if (existing.headerRow !== TABLE_HEADER_ROW || existing.firstColumn !== 0) return;
  if (p.ownOrEmpty(spec.sheet, TITLE_ROW, 0, [[spec.title], spec.columns.map((c) => c.note ?? '')])) titleAndNotes(p, spec);
  const columns = existing.headers.flatMap((header) => {
    const column = spec.columns.find((c) => sameHeader(c.header, header));
    return column ? [{ ...column, header, computed: column.kind !== 'input' }] : [];
  });
  p.decorate(spec.sheet, spec.name, existing.firstColumn, existing.headers, columns);
  p.ops.push({ kind: 'freezeRows', sheet: spec.sheet, rows: TABLE_HEADER_ROW + 1 });
}

function updateDataTable(p: SetupPlanner, spec: TableSpec, existing: TableSnapshot): void {
  const headers = [...existing.headers];
  const known = new Set(spec.columns.map((c) => headerKey(c.header)));
  const missing = spec.columns.filter((c) => !headers.some((h) => sameHeader(h, c.header)));
  const foreign = headers.filter((h) => !known.has(headerKey(h)));
  // Only a missing mandatory column suggests a renamed header; optional ones are new in a
  // later format and are appended beside the user's own extra columns.
  if (missing.some((c) => !c.optional) && foreign.length > 0) {
    p.conflict(
      spec.sheet,
      spec.name,
      msg('setup.columnsRenamed', { sheet: spec.sheet, missing: missing.map((c) => c.header), foreign: [...foreign] }),
    );
  } else if (missing.length > 0) {
    const right = existing.firstColumn + headers.length;
    const rows = 1 + existing.values.length + (existing.showTotals ? 1 : 0);
    if (areaInUse(p.snapshot, spec.sheet, existing.headerRow, right, rows, missing.length) && hasDataRightOf(p, existing)) {
      p.conflict(
        spec.sheet,
        spec.name,
        msg('setup.columnsBlocked', { sheet: spec.sheet, columns: missing.map((c) => c.header) }),
      );
    } else {
      p.ops.push({ kind: 'addColumns', table: spec.name, headers: missing.map((c) => c.header) });
      // The notes row above the new columns says what they hold, as in a new workbook, where
      // those cells hold nothing (or the notes of a stopped run).
      const notes = missing.map((c) => c.note ?? '');
      const noteRow = existing.headerRow - 1;
      if (noteRow >= 0 && notes.some((n) => n !== '') && p.free(spec.sheet, noteRow, right, [notes])) {
        p.ops.push({ kind: 'writeCells', sheet: spec.sheet, row: noteRow, column: right, cells: [notes.map((value) => ({ value, style: 'note' as const }))] });
      }
      headers.push(...missing.map((c) => c.header));
      p.create(msg('created.columns', { columns: missing.map((c) => c.header), table: tableCaptionMsg(spec.name) }));
      for (const column of missing) {
        p.ops.push({
          kind: 'columnFormat',
          table: spec.name,
          header: column.header,
          numberFormat: column.numberFormat,
          computed: column.kind !== 'input',
        });
      }
    }
  }
  const order = spec.columns.map((c) => headers.findIndex((h) => sameHeader(h, c.header))).filter((i) => i >= 0);
  if (order.some((v, i) => i > 0 && v < order[i - 1])) {
    p.conflict(
      spec.sheet,
      spec.name,
      msg('setup.columnOrder', { sheet: spec.sheet }),
    );
  }
  const absent = spec.columns.filter((c) => !headers.some((h) => sameHeader(h, c.header))).map((c) => c.header);
  for (const column of spec.columns) {
    if (!column.formula) continue;
    // A formula over a missing (e.g. renamed) column would be refused by Excel: the conflict says why.
    if (absent.some((h) => refersToColumn(column.formula ?? '', h))) continue;
    const index = existing.headers.findIndex((h) => sameHeader(h, column.header));
    const header = index >= 0 ? existing.headers[index] : column.header;
    if (index < 0 && !headers.some((h) => sameHeader(h, column.header))) continue;
    const rows = index < 0 ? 'all' : formulaRows(existing, index);
    if (rows === 'all' || rows.length > 0) {
      if (!p.finishing) p.ops.push({ kind: 'columnFormat', table: spec.name, header, numberFormat: column.numberFormat, computed: true });
      p.ops.push({ kind: 'columnFormula', table: spec.name, header, formula: column.formula, rows });
    }
  }
  validations(p, spec, existing.headerRow + 1, headers, existing.firstColumn);
}

function hasDataRightOf(p: SetupPlanner, existing: TableSnapshot): boolean {
  const used = p.snapshot.usedExtents?.[existing.sheet];
  return !!used && used.columns > existing.firstColumn + existing.headers.length;
}

/** Rows of a computed column where a formula may be written: empty or already a formula. */
function formulaRows(existing: TableSnapshot, index: number): 'all' | number[] {
  const rows: number[] = [];
  existing.formulas.forEach((row, i) => {
    const cell = row[index];
    if (isEmptyCell(cell) || isFormula(cell)) rows.push(i);
  });
  return rows.length === existing.formulas.length ? 'all' : rows;
}

function validations(p: SetupPlanner, spec: TableSpec, firstDataRow: number, headers: readonly string[], firstColumn = 0): void {
  if (!p.caps.dataValidation) return;
  const columnIndexOf = (key: string) => {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) return undefined;
    const index = headers.findIndex((h) => sameHeader(h, column.header));
    return index < 0 ? undefined : firstColumn + index;
  };
  for (const column of spec.columns) {
    if (columnIndexOf(column.key) === undefined) continue;
    const validation = nativeValidationFor(spec, column, firstDataRow, columnIndexOf);
    if (validation) {
      const header = headers.find((h) => sameHeader(h, column.header)) ?? column.header;
      p.ops.push({ kind: 'columnValidation', table: spec.name, header, validation });
    }
  }
}
