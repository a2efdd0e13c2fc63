/** The shared state and place tests of setup's planning (planSetup). */
import { CATALOGUES } from '../contract/catalogues';
import { CHECK_TABLE, FORMAT_VERSION } from '../contract/layout';
import { sameHeader } from '../contract/columnHeader';
import { DATA_TABLES } from '../contract/tables';
import { isEmptyCell, type CellValue, type TableSnapshot, type WorkbookSnapshot } from '../snapshot';
import type { Conflict, PlanCell, PlanOp } from './ops';
import { msg, vi, type Msg } from '../messages';

export interface HostCapabilities {
  /** native data validation (ExcelApi 1.8) */
  dataValidation: boolean;
}

export function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

/** Does anything already stand in the rectangle (0-based, inclusive start, sizes)? */
export function areaInUse(
  snapshot: WorkbookSnapshot,
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number,
): boolean {
  const used = snapshot.usedExtents?.[sheet];
  const tableHere = snapshot.tables.some(
    (t) =>
      t.sheet === sheet &&
      t.headerRow <= row + rows - 1 &&
      t.headerRow + t.values.length + (t.showTotals ? 1 : 0) >= row &&
      t.firstColumn <= column + columns - 1 &&
      t.firstColumn + t.headers.length - 1 >= column,
  );
  if (tableHere) return true;
  if (!used) return false;
  return row < used.rows && column < used.columns;
}

/**
 * What the areas of setup share: the plan being built (operations, conflicts, what was
 * created), the snapshot it starts from, the sheets there will be, and the tests of whether a
 * place is free for setup's own cells. Each area (header, catalogues, data tables, the other
 * sheets) plans through it.
 */
export class SetupPlanner {
  readonly ops: PlanOp[] = [];
  readonly conflicts: Conflict[] = [];
  readonly created: string[] = [];
  readonly createdText: Msg[] = [];
  private readonly sheets: Set<string>;
  private readonly newSheets = new Set<string>();
  /**
   * No setup of this format version has finished here (the version is written last): a
   * run may have stopped part-way, so what setup sets on things that already exist (titles,
   * widths, formats, frozen rows, catalogue rows) is set again.
   */
  readonly finishing: boolean;

  constructor(
    readonly snapshot: WorkbookSnapshot,
    readonly caps: HostCapabilities,
  ) {
    this.sheets = new Set(snapshot.sheets);
    this.finishing = snapshot.formatVersion === null || snapshot.formatVersion < FORMAT_VERSION;
  }

  /**
   * Whether a rectangle is free for setup's `cells`: no table there, and each cell empty or
   * holding what setup itself writes there (a run that stopped part-way left it). Without
   * the setup area read, any used cell counts as taken.
   */
  free(sheet: string, row: number, column: number, cells: readonly (readonly CellValue[])[], rows = cells.length, columns = Math.max(0, ...cells.map((r) => r.length))): boolean {
    if (this.isNewSheet(sheet)) return true;
    const area = this.snapshot.setupArea?.[sheet];
    if (!area) return !areaInUse(this.snapshot, sheet, row, column, rows, columns);
    if (areaInUse({ ...this.snapshot, usedExtents: {} }, sheet, row, column, rows, columns)) return false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const found = area[row + r]?.[column + c];
        if (isEmptyCell(found)) continue;
        const own = cells[r]?.[c];
        if (typeof found !== 'string' || typeof own !== 'string' || found.normalize('NFC') !== own.normalize('NFC')) return false;
      }
    }
    return true;
  }

  /** Whether a rectangle holds setup's own cells or nothing, as read (false when not read). */
  ownOrEmpty(sheet: string, row: number, column: number, cells: readonly (readonly CellValue[])[]): boolean {
    return this.snapshot.setupArea?.[sheet] !== undefined && this.free(sheet, row, column, cells);
  }

  ensureSheet(sheet: string): void {
    if (this.sheets.has(sheet)) return;
    this.sheets.add(sheet);
    this.newSheets.add(sheet);
    this.ops.push({ kind: 'addSheet', sheet });
    this.create(msg('created.sheet', { sheet }));
  }

  isNewSheet(sheet: string): boolean {
    return this.newSheets.has(sheet);
  }

  conflict(sheet: string, table: string, message: Msg): void {
    this.conflicts.push({ sheet, table, message: vi(message), text: message });
  }

  /** One line of what the plan creates. */
  create(line: Msg): void {
    this.created.push(vi(line));
    this.createdText.push(line);
  }

  /**
   * A table at the place and with the headers of a missing contract table, under a name that
   * is not the contract's: a run stopped between creating the table and naming it. It is
   * renamed and treated as the contract's table.
   */
  unnamedOwnTable(sheet: string, name: string, headerRow: number, column: number, columns: readonly { header: string }[]): TableSnapshot | undefined {
    const contractNames = new Set([...DATA_TABLES, ...CATALOGUES, CHECK_TABLE].map((t) => t.name.toLowerCase()));
    const found = this.snapshot.tables.find(
      (t) =>
        t.sheet === sheet &&
        t.headerRow === headerRow &&
        t.firstColumn === column &&
        !contractNames.has(t.name.toLowerCase()) &&
        t.headers.length === columns.length &&
        t.headers.every((h, i) => sameHeader(h, columns[i].header)),
    );
    if (!found) return undefined;
    this.ops.push({ kind: 'renameTable', table: found.name, name });
    return { ...found, name };
  }

  /** A new table: headers, first rows (one empty row by default), column widths and formats. */
  table(
    sheet: string,
    name: string,
    row: number,
    column: number,
    columns: readonly { header: string; width: number; numberFormat: string; computed?: boolean }[],
    rows: CellValue[][] = [],
  ): void {
    this.ops.push({
      kind: 'addTable',
      sheet,
      table: name,
      row,
      column,
      headers: columns.map((c) => c.header),
      rows: rows.length > 0 ? rows : [columns.map(() => null)],
    });
    this.decorate(sheet, name, column, columns.map((c) => c.header), columns);
  }

  /** Widths and number formats of a table's columns (`columns` in the table's order, by its headers). */
  decorate(
    sheet: string,
    name: string,
    firstColumn: number,
    headers: readonly string[],
    columns: readonly { header: string; width: number; numberFormat: string; computed?: boolean }[],
  ): void {
    const widths = columns.flatMap((c) => {
      const index = headers.findIndex((h) => sameHeader(h, c.header));
      return index < 0 ? [] : [{ column: firstColumn + index, width: c.width }];
    });
    this.ops.push({ kind: 'columnWidths', sheet, widths });
    for (const c of columns) {
      this.ops.push({ kind: 'columnFormat', table: name, header: c.header, numberFormat: c.numberFormat, computed: c.computed ?? false });
    }
  }
}

export function values(cells: readonly (readonly PlanCell[])[]): CellValue[][] {
  return cells.map((row) => row.map((c) => c.formula ?? c.value ?? null));
}
