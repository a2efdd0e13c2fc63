import { CATALOGUES, CATALOGUE_SHEET } from '../contract/catalogues';
import { capitalised, namedCellCaption, tableCaption } from '../contract/captions';
import { INFO_COLUMN_WIDTHS, INFO_FIRST_ROW, INFO_SHEET, NAMED_CELLS } from '../contract/header';
import {
  CHECK_SHEET,
  CHECK_TABLE,
  FORMAT_VERSION,
  NOTE_ROW,
  SHEET_ORDER,
  SUMMARY_MARKER_NAME,
  SUMMARY_SHEET,
  TABLE_HEADER_ROW,
  TITLE_ROW,
  catalogueFirstColumn,
} from '../contract/layout';
import { headerKey, sameHeader } from '../contract/columnHeader';
import { DATA_TABLES } from '../contract/tables';
import type { CatalogueSpec, TableSpec } from '../contract/types';
import { refersToColumn } from '../formula/structuredRefs';
import { isEmptyCell, isFormula, type CellValue, type TableSnapshot, type WorkbookSnapshot } from '../snapshot';
import { isoToSerial } from '../util/dates';
import { rangeAddress } from '../util/a1';
import { headerDateValidation, listRangeName, nativeValidationFor, needsListRange } from './nativeValidation';
import { headerRenames, withContractHeaders } from './headerSpelling';
import type { Conflict, PlanCell, PlanOp, SetupPlan } from './ops';

export interface HostCapabilities {
  /** native data validation (ExcelApi 1.8) */
  dataValidation: boolean;
}

/**
 * The rectangle from A1, on every contract sheet, where setup writes its titles, notes,
 * labels, table headers and list ranges. The Office.js adapter reads it for setup
 * (`WorkbookSnapshot.setupArea`) so that a run cut short by a failed request recognises its
 * own half-written cells as its own, instead of as a user's data in the way.
 */
export const SETUP_AREA = (() => {
  const listRanges = DATA_TABLES.flatMap((t) => t.columns.filter((c) => c.list?.kind === 'fixed' && needsListRange(c.list.values)));
  const longestList = Math.max(0, ...listRanges.map((c) => (c.list?.kind === 'fixed' ? c.list.values.length : 0)));
  return {
    rows: Math.max(TABLE_HEADER_ROW + 2, INFO_FIRST_ROW + NAMED_CELLS.length, CHECK_TABLE.headerRow + 2, TABLE_HEADER_ROW + 1 + longestList, 2),
    columns: Math.max(
      ...DATA_TABLES.map((t) => t.columns.length),
      catalogueFirstColumn(CATALOGUES.length) + 2 * listRanges.length,
      CHECK_TABLE.columns.length,
      3,
    ),
  };
})();

function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

/** Does anything already stand in the rectangle (0-based, inclusive start, sizes)? */
function areaInUse(
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

class Planner {
  readonly ops: PlanOp[] = [];
  readonly conflicts: Conflict[] = [];
  readonly created: string[] = [];
  private readonly sheets: Set<string>;
  private readonly newSheets = new Set<string>();
  /**
   * No setup of this format version has finished here (the version is written last): a
   * run may have stopped part-way, so what setup sets on things that already exist (titles,
   * widths, formats, frozen rows, catalogue rows) is set again.
   */
  readonly finishing: boolean;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly caps: HostCapabilities,
  ) {
    this.sheets = new Set(snapshot.sheets);
    this.finishing = snapshot.formatVersion === null || snapshot.formatVersion < FORMAT_VERSION;
  }

  /**
   * Whether a rectangle is free for setup's `cells`: no table there, and each cell empty or
   * holding what setup itself writes there (a run that stopped part-way left it). Without
   * the setup area read, any used cell counts as taken.
   */
  private free(sheet: string, row: number, column: number, cells: readonly (readonly CellValue[])[], rows = cells.length, columns = Math.max(0, ...cells.map((r) => r.length))): boolean {
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
  private ownOrEmpty(sheet: string, row: number, column: number, cells: readonly (readonly CellValue[])[]): boolean {
    return this.snapshot.setupArea?.[sheet] !== undefined && this.free(sheet, row, column, cells);
  }

  ensureSheet(sheet: string): void {
    if (this.sheets.has(sheet)) return;
    this.sheets.add(sheet);
    this.newSheets.add(sheet);
    this.ops.push({ kind: 'addSheet', sheet });
    this.created.push(`Trang tính "${sheet}"`);
  }

  isNewSheet(sheet: string): boolean {
    return this.newSheets.has(sheet);
  }

  conflict(sheet: string, table: string, message: string): void {
    this.conflicts.push({ sheet, table, message });
  }

  dataTable(spec: TableSpec): void {
    this.ensureSheet(spec.sheet);
    const existing = findTable(this.snapshot, spec.name) ?? this.unnamedOwnTable(spec.sheet, spec.name, TABLE_HEADER_ROW, 0, spec.columns);
    if (!existing) {
      this.createDataTable(spec);
      return;
    }
    if (existing.sheet !== spec.sheet) {
      this.conflict(
        spec.sheet,
        spec.name,
        `Bảng số liệu của trang "${spec.sheet}" đang nằm ở trang "${existing.sheet}"; giữ nguyên, không tạo bảng mới.`,
      );
      return;
    }
    if (this.finishing) this.finishDataTable(spec, existing);
    this.updateDataTable(spec, existing);
  }

  /**
   * A table at the place and with the headers of a missing contract table, under a name that
   * is not the contract's: a run stopped between creating the table and naming it. It is
   * renamed and treated as the contract's table.
   */
  private unnamedOwnTable(sheet: string, name: string, headerRow: number, column: number, columns: readonly { header: string }[]): TableSnapshot | undefined {
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

  private createDataTable(spec: TableSpec): void {
    const width = spec.columns.length;
    const title = [spec.title];
    const notes = spec.columns.map((c) => c.note ?? '');
    const own = [title, notes, spec.columns.map((c) => c.header)];
    if (!this.free(spec.sheet, TITLE_ROW, 0, own, TABLE_HEADER_ROW + 2, width)) {
      this.conflict(
        spec.sheet,
        spec.name,
        `Vùng ${rangeAddress(TITLE_ROW, 0, TABLE_HEADER_ROW + 2, width)} của trang "${spec.sheet}" đã có dữ liệu hoặc bảng khác; ` +
          `không tạo bảng để tránh ghi đè. Hãy dời dữ liệu đó hoặc tạo bảng ở trang trống.`,
      );
      return;
    }
    this.titleAndNotes(spec);
    this.table(spec.sheet, spec.name, TABLE_HEADER_ROW, 0, spec.columns.map((c) => ({ ...c, computed: c.kind !== 'input' })));
    for (const column of spec.columns) {
      if (column.formula) {
        this.ops.push({ kind: 'columnFormula', table: spec.name, header: column.header, formula: column.formula, rows: 'all' });
      }
    }
    this.validations(spec, TABLE_HEADER_ROW + 1, spec.columns.map((c) => c.header));
    this.ops.push({ kind: 'freezeRows', sheet: spec.sheet, rows: TABLE_HEADER_ROW + 1 });
    this.created.push(capitalised(tableCaption(spec.name)));
  }

  private titleAndNotes(spec: TableSpec): void {
    this.ops.push({
      kind: 'writeCells',
      sheet: spec.sheet,
      row: TITLE_ROW,
      column: 0,
      cells: [[{ value: spec.title, style: 'title' }]],
    });
    this.ops.push({
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
  private finishDataTable(spec: TableSpec, existing: TableSnapshot): void {
    if (existing.headerRow !== TABLE_HEADER_ROW || existing.firstColumn !== 0) return;
    if (this.ownOrEmpty(spec.sheet, TITLE_ROW, 0, [[spec.title], spec.columns.map((c) => c.note ?? '')])) this.titleAndNotes(spec);
    const columns = existing.headers.flatMap((header) => {
      const column = spec.columns.find((c) => sameHeader(c.header, header));
      return column ? [{ ...column, header, computed: column.kind !== 'input' }] : [];
    });
    this.decorate(spec.sheet, spec.name, existing.firstColumn, existing.headers, columns);
    this.ops.push({ kind: 'freezeRows', sheet: spec.sheet, rows: TABLE_HEADER_ROW + 1 });
  }

  private updateDataTable(spec: TableSpec, existing: TableSnapshot): void {
    const headers = [...existing.headers];
    const known = new Set(spec.columns.map((c) => headerKey(c.header)));
    const missing = spec.columns.filter((c) => !headers.some((h) => sameHeader(h, c.header)));
    const foreign = headers.filter((h) => !known.has(headerKey(h)));
    // Only a missing mandatory column suggests a renamed header; optional ones are new in a
    // later format and are appended beside the user's own extra columns.
    if (missing.some((c) => !c.optional) && foreign.length > 0) {
      this.conflict(
        spec.sheet,
        spec.name,
        `${capitalised(tableCaption(spec.name))} thiếu cột ${missing.map((c) => `"${c.header}"`).join(', ')} và có cột lạ ` +
          `${foreign.map((h) => `"${h}"`).join(', ')} — có thể tiêu đề đã bị đổi tên. Hãy sửa lại tiêu đề cho đúng mẫu; ` +
          'chưa thêm cột nào.',
      );
    } else if (missing.length > 0) {
      const right = existing.firstColumn + headers.length;
      const rows = 1 + existing.values.length + (existing.showTotals ? 1 : 0);
      if (areaInUse(this.snapshot, spec.sheet, existing.headerRow, right, rows, missing.length) && this.hasDataRightOf(existing)) {
        this.conflict(
          spec.sheet,
          spec.name,
          `Không thêm được cột ${missing.map((c) => `"${c.header}"`).join(', ')} vào ${tableCaption(spec.name)}: bên phải bảng đã có dữ liệu.`,
        );
      } else {
        this.ops.push({ kind: 'addColumns', table: spec.name, headers: missing.map((c) => c.header) });
        headers.push(...missing.map((c) => c.header));
        this.created.push(`Cột ${missing.map((c) => `"${c.header}"`).join(', ')} trong ${tableCaption(spec.name)}`);
        for (const column of missing) {
          this.ops.push({
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
      this.conflict(
        spec.sheet,
        spec.name,
        `Thứ tự cột của ${tableCaption(spec.name)} khác mẫu; các cột vẫn được nhận theo tiêu đề, nhưng nên đưa về đúng thứ tự.`,
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
      const rows = index < 0 ? 'all' : this.formulaRows(existing, index);
      if (rows === 'all' || rows.length > 0) {
        if (!this.finishing) this.ops.push({ kind: 'columnFormat', table: spec.name, header, numberFormat: column.numberFormat, computed: true });
        this.ops.push({ kind: 'columnFormula', table: spec.name, header, formula: column.formula, rows });
      }
    }
    this.validations(spec, existing.headerRow + 1, headers, existing.firstColumn);
  }

  private hasDataRightOf(existing: TableSnapshot): boolean {
    const used = this.snapshot.usedExtents?.[existing.sheet];
    return !!used && used.columns > existing.firstColumn + existing.headers.length;
  }

  /** Rows of a computed column where a formula may be written: empty or already a formula. */
  private formulaRows(existing: TableSnapshot, index: number): 'all' | number[] {
    const rows: number[] = [];
    existing.formulas.forEach((row, i) => {
      const cell = row[index];
      if (isEmptyCell(cell) || isFormula(cell)) rows.push(i);
    });
    return rows.length === existing.formulas.length ? 'all' : rows;
  }

  private validations(spec: TableSpec, firstDataRow: number, headers: readonly string[], firstColumn = 0): void {
    if (!this.caps.dataValidation) return;
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
        this.ops.push({ kind: 'columnValidation', table: spec.name, header, validation });
      }
    }
  }

  /** A new table: headers, first rows (one empty row by default), column widths and formats. */
  private table(
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
  private decorate(
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

  catalogues(): void {
    this.ensureSheet(CATALOGUE_SHEET);
    CATALOGUES.forEach((spec, index) => this.catalogue(spec, catalogueFirstColumn(index)));
    this.listRanges(catalogueFirstColumn(CATALOGUES.length));
  }

  private catalogue(spec: CatalogueSpec, column: number): void {
    const existing = findTable(this.snapshot, spec.name) ?? this.unnamedOwnTable(CATALOGUE_SHEET, spec.name, TABLE_HEADER_ROW, column, spec.columns);
    const rows: CellValue[][] = spec.rows.map((row) =>
      spec.columns.map((c) => {
        const value = row[c.key] ?? null;
        return c.type === 'date' && typeof value === 'string' ? isoToSerial(value) : value;
      }),
    );
    const title: PlanOp = { kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TITLE_ROW, column, cells: [[{ value: spec.title, style: 'title' }]] };
    if (existing) {
      const missing = spec.columns.filter((c) => !c.optional && !existing.headers.some((h) => sameHeader(h, c.header)));
      if (missing.length > 0) {
        this.conflict(
          CATALOGUE_SHEET,
          spec.name,
          `Danh mục ${spec.name} thiếu cột ${missing.map((c) => `"${c.header}"`).join(', ')}; các quy tắc dùng giá trị mặc định.`,
        );
      } else if (this.finishing && existing.sheet === CATALOGUE_SHEET && existing.headerRow === TABLE_HEADER_ROW && existing.firstColumn === column) {
        if (this.ownOrEmpty(CATALOGUE_SHEET, TITLE_ROW, column, [[spec.title]])) this.ops.push(title);
        // Created but not yet filled: the default rows go in (an empty catalogue holds nothing typed).
        if (existing.values.length === rows.length && existing.values.every((r) => r.every(isEmptyCell))) {
          this.ops.push({ kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TABLE_HEADER_ROW + 1, column, cells: rows.map((r) => r.map((value) => ({ value }))) });
        }
        this.decorate(CATALOGUE_SHEET, spec.name, column, existing.headers, spec.columns);
      }
      return;
    }
    const width = spec.columns.length;
    const own = [[spec.title], [], spec.columns.map((c) => c.header)];
    let at = column;
    // A catalogue added by a later version finds its place taken in an older workbook (by the
    // list ranges, say): it goes right of everything on the sheet instead.
    if (!this.free(CATALOGUE_SHEET, TITLE_ROW, at, own, TABLE_HEADER_ROW + 2, width)) {
      const used = this.snapshot.usedExtents?.[CATALOGUE_SHEET];
      const right = Math.max(used?.columns ?? 0, ...this.snapshot.tables.filter((t) => t.sheet === CATALOGUE_SHEET).map((t) => t.firstColumn + t.headers.length)) + 1;
      if (right > at && this.free(CATALOGUE_SHEET, TITLE_ROW, right, own, TABLE_HEADER_ROW + 2, width)) at = right;
    }
    if (!this.free(CATALOGUE_SHEET, TITLE_ROW, at, own, TABLE_HEADER_ROW + 2, width)) {
      this.conflict(
        CATALOGUE_SHEET,
        spec.name,
        `Vùng ${rangeAddress(TITLE_ROW, column, TABLE_HEADER_ROW + 2, width)} của trang "${CATALOGUE_SHEET}" đã có dữ liệu; ` +
          `không tạo danh mục ${spec.name}. Các quy tắc dùng giá trị mặc định.`,
      );
      return;
    }
    this.ops.push({ ...title, column: at });
    this.table(CATALOGUE_SHEET, spec.name, TABLE_HEADER_ROW, at, spec.columns, rows);
    this.created.push(capitalised(tableCaption(spec.name)));
  }

  /** Fixed lists whose values hold commas, as named ranges for native validation. */
  private listRanges(firstColumn: number): void {
    if (!this.caps.dataValidation) return;
    let column = firstColumn;
    for (const table of DATA_TABLES) {
      for (const spec of table.columns) {
        if (spec.list?.kind !== 'fixed' || !needsListRange(spec.list.values)) continue;
        const name = listRangeName(table, spec);
        const width: PlanOp = { kind: 'columnWidths', sheet: CATALOGUE_SHEET, widths: [{ column, width: 24 }] };
        if (this.snapshot.names[name]) {
          if (this.finishing) this.ops.push(width);
        } else {
          const cells: PlanCell[][] = [
            [{ value: `${table.name} — ${spec.header}`, style: 'label' }],
            ...spec.list.values.map((v) => [{ value: v, numberFormat: '@' }]),
          ];
          this.ops.push({ kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TABLE_HEADER_ROW, column, cells });
          this.ops.push({
            kind: 'addName',
            name,
            sheet: CATALOGUE_SHEET,
            row: TABLE_HEADER_ROW + 1,
            column,
            rowCount: spec.list.values.length,
          });
          this.ops.push(width);
        }
        column += 2;
      }
    }
  }

  info(): void {
    this.ensureSheet(INFO_SHEET);
    const title: PlanCell[][] = [[{ value: 'THÔNG TIN BÁO CÁO', style: 'title' }]];
    if (this.isNewSheet(INFO_SHEET) || (this.finishing && this.ownOrEmpty(INFO_SHEET, TITLE_ROW, 0, values(title)))) {
      this.ops.push({ kind: 'writeCells', sheet: INFO_SHEET, row: TITLE_ROW, column: 0, cells: title });
      this.ops.push({ kind: 'columnWidths', sheet: INFO_SHEET, widths: INFO_COLUMN_WIDTHS.map((width, column) => ({ column, width })) });
    }
    NAMED_CELLS.forEach((spec, i) => {
      const row = INFO_FIRST_ROW + i;
      const named = this.snapshot.names[spec.name];
      const validation = spec.type === 'date' && this.caps.dataValidation;
      if (named) {
        if (this.finishing && validation && named.sheet === INFO_SHEET && named.row === row && named.column === 1) {
          this.ops.push({ kind: 'cellValidation', sheet: INFO_SHEET, row, column: 1, validation: headerDateValidation(spec.name, spec.label) });
        }
        return;
      }
      const cells: PlanCell[] = [
        { value: spec.label, style: 'label' },
        spec.formula
          ? { formula: spec.formula, numberFormat: spec.numberFormat, style: 'computed' }
          : { value: null, numberFormat: spec.numberFormat, style: 'input' },
        { value: spec.note ?? '', style: 'note' },
      ];
      if (!this.free(INFO_SHEET, row, 0, [[spec.label, spec.formula ?? null]], 1, 2)) {
        this.conflict(
          INFO_SHEET,
          '',
          `Chưa có ${namedCellCaption(spec.name)} (tên ${spec.name}) và ô ${rangeAddress(row, 0, 1, 2)} của trang "${INFO_SHEET}" đã có dữ liệu; ` +
            `hãy đặt tên ${spec.name} cho ô chứa "${spec.label}".`,
        );
        return;
      }
      this.ops.push({ kind: 'writeCells', sheet: INFO_SHEET, row, column: 0, cells: [cells] });
      this.ops.push({ kind: 'addName', name: spec.name, sheet: INFO_SHEET, row, column: 1 });
      this.created.push(capitalised(namedCellCaption(spec.name)));
      if (validation) {
        this.ops.push({ kind: 'cellValidation', sheet: INFO_SHEET, row, column: 1, validation: headerDateValidation(spec.name, spec.label) });
      }
    });
  }

  checkSheet(): void {
    this.ensureSheet(CHECK_SHEET);
    const headerRow = CHECK_TABLE.headerRow;
    const top: PlanCell[][] = [
      [{ value: 'KẾT QUẢ KIỂM TRA DỮ LIỆU', style: 'title' }],
      [{ value: 'Thời điểm kiểm tra', style: 'label' }, { value: 'Chưa kiểm tra' }],
      [{ value: 'Số lỗi', style: 'label' }, { value: null }],
      [{ value: 'Số cảnh báo', style: 'label' }, { value: null }],
    ];
    const topOp: PlanOp = { kind: 'writeCells', sheet: CHECK_SHEET, row: 0, column: 0, cells: top };
    const existing = findTable(this.snapshot, CHECK_TABLE.name) ?? this.unnamedOwnTable(CHECK_SHEET, CHECK_TABLE.name, headerRow, 0, CHECK_TABLE.columns);
    if (existing) {
      if (this.finishing && existing.sheet === CHECK_SHEET && existing.headerRow === headerRow && existing.firstColumn === 0) {
        if (this.ownOrEmpty(CHECK_SHEET, 0, 0, values(top))) this.ops.push(topOp);
        this.decorate(CHECK_SHEET, CHECK_TABLE.name, 0, existing.headers, CHECK_TABLE.columns);
      }
      return;
    }
    const own = [...values(top), [], CHECK_TABLE.columns.map((c) => c.header)];
    if (!this.free(CHECK_SHEET, 0, 0, own, headerRow + 2, CHECK_TABLE.columns.length)) {
      this.conflict(CHECK_SHEET, CHECK_TABLE.name, `Trang "${CHECK_SHEET}" đã có dữ liệu; không tạo bảng kết quả kiểm tra.`);
      return;
    }
    this.ops.push(topOp);
    // Text format: a cell address such as "E7" or a message starting with a digit stays text.
    this.table(CHECK_SHEET, CHECK_TABLE.name, headerRow, 0, CHECK_TABLE.columns);
    this.created.push(capitalised(tableCaption(CHECK_TABLE.name)));
  }

  summarySheet(): void {
    this.ensureSheet(SUMMARY_SHEET);
    const marked = this.snapshot.names[SUMMARY_MARKER_NAME]?.sheet === SUMMARY_SHEET;
    if (marked) return;
    const cells: PlanCell[][] = [
      [{ value: 'TỔNG HỢP SỐ LIỆU', style: 'title' }],
      [{ value: 'Chưa tính tổng hợp: bấm "Tính tổng hợp" trong ngăn Tổng kết.', style: 'note' }],
    ];
    const used = this.snapshot.usedExtents?.[SUMMARY_SHEET];
    // Setup's own two cells, left by a run that stopped before marking the sheet, are no obstacle.
    const ownOnly = !used || (used.rows <= cells.length && used.columns <= 1 && this.ownOrEmpty(SUMMARY_SHEET, 0, 0, values(cells)));
    if (!this.isNewSheet(SUMMARY_SHEET) && !ownOnly) {
      this.conflict(
        SUMMARY_SHEET,
        '',
        `Trang "${SUMMARY_SHEET}" đã có sẵn và không do Tổng kết tạo; Tổng kết không ghi vào trang này. ` +
          `Hãy đổi tên trang đó rồi bấm lại để Tổng kết tạo trang "${SUMMARY_SHEET}" của mình.`,
      );
      return;
    }
    this.ops.push({ kind: 'writeCells', sheet: SUMMARY_SHEET, row: 0, column: 0, cells });
    this.ops.push({ kind: 'addName', name: SUMMARY_MARKER_NAME, sheet: SUMMARY_SHEET, row: 0, column: 0 });
  }

  formatVersion(): void {
    if (this.snapshot.formatVersion === null || this.snapshot.formatVersion < FORMAT_VERSION) {
      this.ops.push({ kind: 'setFormatVersion', version: FORMAT_VERSION });
    }
  }
}

function values(cells: readonly (readonly PlanCell[])[]): CellValue[][] {
  return cells.map((row) => row.map((c) => c.formula ?? c.value ?? null));
}

/** Was the workbook made by a newer Tổng kết (a later format version)? Then nothing is changed. */
export function isNewerFormat(snapshot: WorkbookSnapshot): boolean {
  return snapshot.formatVersion !== null && snapshot.formatVersion > FORMAT_VERSION;
}

/**
 * What "Tạo / cập nhật bảng mẫu" must do to bring a workbook to the contract: creates what is
 * missing, rewrites only formula cells of computed columns, and reports every conflict
 * instead of overwriting. Running the plan's result through it again plans no new content.
 */
export function planSetup(typed: WorkbookSnapshot, caps: HostCapabilities): SetupPlan {
  const snapshot = withContractHeaders(typed);
  const planner = new Planner(snapshot, caps);
  if (isNewerFormat(snapshot)) {
    planner.conflict(
      '',
      '',
      `Sổ này theo mẫu phiên bản ${snapshot.formatVersion}, mới hơn phiên bản ${FORMAT_VERSION} của Tổng kết đang dùng; ` +
        'hãy cập nhật Tổng kết. Không thay đổi gì.',
    );
    return { ops: [], conflicts: planner.conflicts, created: [] };
  }
  for (const rename of headerRenames(typed)) {
    planner.ops.push({ kind: 'renameColumn', ...rename });
    planner.created.push(`Tiêu đề cột "${rename.from}" của bảng ${rename.table} viết lại đúng mẫu: "${rename.to}"`);
  }
  // Sheets are created in contract order, before any content, so positions are stable.
  for (const sheet of SHEET_ORDER) planner.ensureSheet(sheet);
  planner.info();
  // Catalogues first: the data tables' formulas refer to them.
  planner.catalogues();
  for (const table of DATA_TABLES) planner.dataTable(table);
  planner.summarySheet();
  planner.checkSheet();
  // A workbook no setup has finished in opens on its header sheet, where the clerk starts
  // typing; before the version, which marks the setup finished.
  if (snapshot.formatVersion === null) planner.ops.push({ kind: 'activateSheet', sheet: INFO_SHEET });
  planner.formatVersion();
  return { ops: planner.ops, conflicts: planner.conflicts, created: planner.created };
}
