/**
 * Snapshot builders for tests: a workbook as the adapters would read it, laid out by the
 * contract (named cells on "Thông tin", tables under their title rows, catalogues side by
 * side on "Danh mục"), with rows given compactly by column key or header.
 */
import {
  CATALOGUES,
  CATALOGUE_SHEET,
  DATA_TABLES,
  INFO_FIRST_ROW,
  INFO_SHEET,
  NAMED_CELLS,
  SHEET_ORDER,
  TABLE_HEADER_ROW,
  catalogueFirstColumn,
  type CatalogueSpec,
  type TableSpec,
} from '../../src/domain/contract';
import { sameHeader } from '../../src/domain/contract/columnHeader';
import type { CellValue, NamedCellSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/domain/snapshot';
import { isoToSerial } from '../../src/domain/util/dates';

/** A row by column key ("quantity") or exact header ("Số lượng"). */
export type RowInput = Readonly<Record<string, CellValue>>;

export type NamedCellName = 'DonViBaoCao' | 'KyBaoCaoTu' | 'KyBaoCaoDen' | 'NgayBaoCao' | 'BoQuyTac';

export interface SnapshotOptions {
  /** named-cell values; dates as serials (use `serial`) */
  header?: Partial<Record<NamedCellName, CellValue>>;
  /** formula of BoQuyTac (default: the contract's); a typed override has no "=" */
  ruleSetFormula?: CellValue;
  /** named cells left out of the workbook */
  omitNames?: readonly NamedCellName[];
  /** data rows per table name */
  rows?: Readonly<Record<string, readonly RowInput[]>>;
  /** header lists per table name (extra, reordered or missing columns; for a catalogue, its columns respelt in order) */
  headers?: Readonly<Record<string, readonly string[]>>;
  /** rows typed under a table, per table name, in its header order */
  below?: Readonly<Record<string, readonly CellValue[][]>>;
  /** catalogue rows (by column key) replacing the defaults, per catalogue name */
  catalogues?: Readonly<Record<string, readonly RowInput[]>>;
  /** tables (data or catalogue) left out of the workbook */
  omitTables?: readonly string[];
  /** show the totals row of data tables (default true) */
  showTotals?: boolean;
}

export const serial = isoToSerial;

export const DEFAULT_HEADER: Readonly<Record<NamedCellName, CellValue>> = {
  DonViBaoCao: 'Sở Nông nghiệp và Môi trường',
  KyBaoCaoTu: serial('2024-12-15'),
  KyBaoCaoDen: serial('2025-12-14'),
  NgayBaoCao: serial('2025-12-20'),
  BoQuyTac: 'TDKT-2025',
};

function valueFor(row: RowInput, key: string, header: string): CellValue | undefined {
  if (Object.prototype.hasOwnProperty.call(row, key)) return row[key];
  if (Object.prototype.hasOwnProperty.call(row, header)) return row[header];
  return undefined;
}

function dataTable(spec: TableSpec, options: SnapshotOptions): TableSnapshot {
  const headers = [...(options.headers?.[spec.name] ?? spec.columns.map((c) => c.header))];
  const rows = options.rows?.[spec.name] ?? [];
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  rows.forEach((row, i) => {
    const valueRow: CellValue[] = [];
    const formulaRow: CellValue[] = [];
    for (const header of headers) {
      const column = spec.columns.find((c) => sameHeader(c.header, header));
      const given = valueFor(row, column?.key ?? header, header);
      if (column && column.kind !== 'input' && given === undefined) {
        // the formula is in place; its result is "" unless given as `<key>#result`
        const result = valueFor(row, `${column.key}#result`, `${header}#result`);
        valueRow.push(result ?? (column.kind === 'auto' ? i + 1 : ''));
        formulaRow.push(column.formula ?? '');
      } else {
        // `<key>#formula` puts a formula in an input cell; its value is what `<key>` gives
        const formula = valueFor(row, `${column?.key ?? header}#formula`, `${header}#formula`);
        valueRow.push(given ?? '');
        formulaRow.push(formula ?? given ?? '');
      }
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  });
  return {
    name: spec.name,
    sheet: spec.sheet,
    headerRow: TABLE_HEADER_ROW,
    firstColumn: 0,
    headers,
    values,
    formulas,
    showTotals: options.showTotals ?? spec.totalsRow,
    below: (options.below?.[spec.name] ?? []).map((r) => [...r]),
  };
}

function catalogueCell(value: CellValue | undefined, type: string): CellValue {
  if (value === undefined || value === null) return '';
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return serial(value);
  return value;
}

function catalogueTable(spec: CatalogueSpec, index: number, options: SnapshotOptions): TableSnapshot {
  const rows = options.catalogues?.[spec.name] ?? spec.rows;
  const values = rows.map((row) => spec.columns.map((c) => catalogueCell(row[c.key] ?? undefined, c.type)));
  return {
    name: spec.name,
    sheet: CATALOGUE_SHEET,
    headerRow: TABLE_HEADER_ROW,
    firstColumn: catalogueFirstColumn(index),
    headers: [...(options.headers?.[spec.name] ?? spec.columns.map((c) => c.header))],
    values,
    formulas: values.map((r) => [...r]),
    showTotals: false,
    below: (options.below?.[spec.name] ?? []).map((r) => [...r]),
  };
}

function namedCells(options: SnapshotOptions): Record<string, NamedCellSnapshot | undefined> {
  const names: Record<string, NamedCellSnapshot | undefined> = {};
  NAMED_CELLS.forEach((spec, i) => {
    const name = spec.name as NamedCellName;
    if (options.omitNames?.includes(name)) return;
    const value = options.header && name in options.header ? (options.header[name] ?? null) : DEFAULT_HEADER[name];
    const formula = name === 'BoQuyTac' ? (options.ruleSetFormula ?? spec.formula ?? value) : value;
    names[name] = { sheet: INFO_SHEET, row: INFO_FIRST_ROW + i, column: 1, value, formula };
  });
  return names;
}

/** A workbook snapshot laid out by the contract; with no options, a clean empty workbook. */
export function buildSnapshot(options: SnapshotOptions = {}): WorkbookSnapshot {
  const omitted = new Set(options.omitTables ?? []);
  const tables: TableSnapshot[] = [
    ...DATA_TABLES.filter((t) => !omitted.has(t.name)).map((t) => dataTable(t, options)),
    ...CATALOGUES.map((c, i) => [c, i] as const)
      .filter(([c]) => !omitted.has(c.name))
      .map(([c, i]) => catalogueTable(c, i, options)),
  ];
  return { sheets: [...SHEET_ORDER], tables, names: namedCells(options), formatVersion: 1 };
}

/** Deep-freezes a value so that any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
