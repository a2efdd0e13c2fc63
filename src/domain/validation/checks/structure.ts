/**
 * The workbook's shape: contract tables and columns present, nothing typed under a table
 * (Excel does not count it), computed cells still holding their formulas.
 */
import { CATALOGUES, CATALOGUE_SHEET } from '../../contract/catalogues';
import { DATA_TABLES } from '../../contract/tables';
import type { TableSnapshot, WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import { cellAt, isBlank } from '../cells';
import { at, type Emit } from '../context';
import { finding } from '../makeFinding';
import { catalogueTitle } from '../../contract/captions';
import { msg } from '../../messages';
import { columnPresence, spellingDifferences, type ContractColumn } from '../../contract/columnHeader';
import { findTable, type LocatedTable } from '../locatedTable';

interface TableShape {
  name: string;
  sheet: string;
  columns: readonly ContractColumn[];
  catalogue: boolean;
}

const SHAPES: readonly TableShape[] = [
  ...DATA_TABLES.map((t) => ({ name: t.name, sheet: t.sheet, columns: t.columns, catalogue: false })),
  ...CATALOGUES.map((c) => ({ name: c.name, sheet: CATALOGUE_SHEET, columns: c.columns, catalogue: true })),
];

function origin(table: TableSnapshot): { row: number; column: number } {
  const safe = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
  return { row: safe(table.headerRow), column: safe(table.firstColumn) };
}

/** How messages name a shape: a data table by its sheet, a catalogue by its title. */
function placeOf(shape: TableShape, sheet = shape.sheet): { sheet: string; cat: string | null } {
  return { sheet, cat: shape.catalogue ? catalogueTitle(shape.name) : null };
}

function sheetOf(table: TableSnapshot, shape: TableShape): string {
  return typeof table.sheet === 'string' && table.sheet !== '' ? table.sheet : shape.sheet;
}

export function checkTablesPresent(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const shape of SHAPES) {
    const table = findTable(snapshot, shape.name);
    if (!table) {
      const place = placeOf(shape);
      emit(finding({ sheet: shape.sheet, cell: 'A1', table: shape.name, column: '' }, 'warning', 'structure.tableMissing',
        msg('structure.tableMissing', place), msg('structure.tableMissing.fix'), msg('basis.table', place)));
      continue;
    }
    const headers = Array.isArray(table.headers) ? table.headers : [];
    const { missing, misspelt } = columnPresence(shape.columns, headers);
    const { row, column } = origin(table);
    const where = { sheet: sheetOf(table, shape), cell: cellAddress(row, column), table: shape.name };
    if (misspelt.length > 0) {
      // One warning per table, at the first header typed differently, listing them all.
      const ordered = [...misspelt].sort((a, b) => headers.indexOf(a.typed) - headers.indexOf(b.typed));
      const first = headers.indexOf(ordered[0].typed);
      const place = placeOf(shape, where.sheet);
      const listed = ordered.map((m) => ({
        typed: m.typed.replace(/[\r\n\t]+/g, ' '),
        header: m.column.header,
        kinds: spellingDifferences(m.typed, m.column.header),
      }));
      emit(finding({ ...where, cell: cellAddress(row, column + first), column: ordered[0].column.header }, 'warning', 'structure.headerSpelling',
        msg('structure.headerSpelling', { ...place, headers: listed }), msg('structure.headerSpelling.fix'),
        msg('basis.contract', { sheet: where.sheet, column: listed.map((h) => h.header).join(', ') })));
    }
    for (const { header, kind, required } of missing) {
      const place = placeOf(shape, where.sheet);
      emit(finding({ ...where, column: header }, 'error', 'structure.columnMissing',
        msg('structure.columnMissing', { ...place, column: header, blocksCompute: kind === 'input' && required === true }),
        msg('structure.columnMissing.fix', { column: header }),
        msg('basis.contract', { sheet: where.sheet, column: header })));
    }
  }
}

/** One warning per row typed just under a table, at its first non-empty cell. */
export function checkRowsBelow(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const shape of SHAPES) {
    const table = findTable(snapshot, shape.name);
    if (!table || !Array.isArray(table.below)) continue;
    const { row, column } = origin(table);
    const bodyRows = Array.isArray(table.values) ? table.values.length : 0;
    const firstBelow = row + 1 + bodyRows + (table.showTotals === true ? 1 : 0);
    table.below.forEach((cells, k) => {
      if (!Array.isArray(cells)) return;
      const j = cells.findIndex((_, i) => !isBlank(cellAt(cells, i)));
      if (j < 0) return;
      const sheet = sheetOf(table, shape);
      const place = placeOf(shape, sheet);
      const header = typeof table.headers?.[j] === 'string' ? table.headers[j] : '';
      emit(finding({ sheet, cell: cellAddress(firstBelow + k, column + j), table: shape.name, column: header }, 'warning', 'structure.outsideTable',
        msg('structure.outsideTable', { ...place, value: cellAt(cells, j) }), msg('structure.outsideTable.fix'), msg('basis.outsideTable', place)));
    });
  }
}

/** Is a typed value what the formula would show (the same number, or the same text)? */
function sameAsFormula(typed: unknown, computed: unknown): boolean {
  if (typeof typed === 'number' && typeof computed === 'number') return Math.abs(typed - computed) <= 1e-9 * Math.max(1, Math.abs(computed));
  if (typeof typed === 'string' && typeof computed === 'string') return typed.trim() === computed.trim();
  return false;
}

/**
 * A computed or numbering cell whose formula was replaced by a typed value that differs from
 * what the formula gives. A typed value equal to it (the STT a clerk numbers by hand) changes
 * nothing the report shows: no finding; "Tính tổng hợp" still puts the formula back.
 */
export function checkFormulasKept(table: LocatedTable, emit: Emit, computedValue: (row: number, header: string) => unknown = () => undefined): void {
  const formulas: unknown[] = Array.isArray(table.snapshot.formulas) ? table.snapshot.formulas : [];
  const columns = table.spec.columns.filter((c) => c.kind !== 'input' && table.index.has(c.key));
  for (let row = 0; row < formulas.length && row < table.rowCount; row++) {
    for (const column of columns) {
      const formula = cellAt(formulas[row], table.index.get(column.key)!);
      if (isBlank(formula) || (typeof formula === 'string' && formula.startsWith('='))) continue;
      if (sameAsFormula(formula, computedValue(row, column.header))) continue;
      emit(finding(at(table, row, column.key), 'warning', 'structure.formulaOverwritten',
        msg('structure.formulaOverwritten', { column: column.header, value: formula }), msg('structure.formulaOverwritten.fix'),
        msg('basis.computedColumn', { sheet: table.sheet, column: column.header })));
    }
  }
}
