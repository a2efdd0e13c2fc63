/**
 * What each command reads of a workbook: the read path's policy, in one place, for both
 * adapters to follow. The adapters decide how (requests, payload limits, file parts); the
 * spec decides what: which tables' cells, which columns' formulas, how many rows under each
 * table, and the extras a command needs (setup's own area, the highlight rules, the charts).
 */
import { CATALOGUES } from './contract/catalogues';
import { sameHeader } from './contract/columnHeader';
import { PREVIOUS_TABLE, SHEET_ORDER, SOURCE_TABLE, SUMMARY_SHEET } from './contract/layout';
import { DATA_TABLES } from './contract/tables';
import { SETUP_AREA } from './setup/setupArea';
import { ROWS_READ_BELOW_TABLE } from './snapshot';

/** The commands that read a workbook. `everything` reads every table's cells (a file costs nothing to read). */
export type ReadCommand = 'setup' | 'check' | 'compute' | 'import' | 'merge' | 'everything';

export interface ReadSpec {
  /** Are the body's cells of this table read? Other tables are only located (name, place, size). */
  readsValues(table: string): boolean;
  /**
   * The contract's computed and auto columns of a table, by position, with their formulas:
   * for these the adapter learns which cells hold a formula (typed-over formulas are findings).
   */
  computedColumns(table: { name: string; headers: readonly string[] }): { column: number; formula: string }[];
  /** rows read under each table (under its totals row when shown) */
  rowsBelow: number;
  /** the rectangle from A1 read on each contract sheet present, for setup only (`WorkbookSnapshot.setupArea`) */
  setupArea: { sheets: readonly string[]; rows: number; columns: number } | null;
  /** Are the custom conditional formats on this table's body read? */
  readsHighlights(table: string): boolean;
  /** sheets whose chart names are read */
  chartSheets: readonly string[];
  /**
   * Tables whose first rows are read with the workbook's geometry, so the adapter sizes its
   * reads by real rows (the data tables a template always has; none for setup, which may
   * find none).
   */
  sampledTables: readonly string[];
}

/**
 * The tables whose cells the domain decides on: the contract's data tables and catalogues,
 * the merged sources ("Nguồn": a unit merged again has its row replaced) and last year's
 * figures ("Năm trước": the summary's comparison).
 */
const CONTRACT_TABLES = new Set<string>([...DATA_TABLES.map((t) => t.name), ...CATALOGUES.map((c) => c.name), SOURCE_TABLE.name, PREVIOUS_TABLE.name]);
const DATA_TABLE_NAMES = new Set<string>(DATA_TABLES.map((t) => t.name));

function computedColumns(table: { name: string; headers: readonly string[] }): { column: number; formula: string }[] {
  const spec = DATA_TABLES.find((t) => t.name === table.name);
  if (!spec) return [];
  return table.headers.flatMap((header, column) => {
    const found = spec.columns.find((c) => c.formula && sameHeader(c.header, header));
    return found?.formula ? [{ column, formula: found.formula }] : [];
  });
}

/** What `command` reads. */
export function readSpec(command: ReadCommand): ReadSpec {
  const highlights = command === 'check' || command === 'compute';
  return {
    readsValues: command === 'everything' ? () => true : (table) => CONTRACT_TABLES.has(table),
    computedColumns,
    rowsBelow: ROWS_READ_BELOW_TABLE,
    setupArea: command === 'setup' ? { sheets: SHEET_ORDER, rows: SETUP_AREA.rows, columns: SETUP_AREA.columns } : null,
    readsHighlights: highlights ? (table) => DATA_TABLE_NAMES.has(table) : () => false,
    chartSheets: command === 'compute' ? [SUMMARY_SHEET] : [],
    sampledTables: command === 'check' || command === 'compute' ? DATA_TABLES.map((t) => t.name) : [],
  };
}
