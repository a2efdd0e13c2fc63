import type ExcelJS from 'exceljs';
import { readSpec, type ReadSpec } from '../domain/readSpec';
import type { CellValue, NamedCellSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/snapshot';
import { parseCell, parseRange } from '../domain/util/a1';
import { formatVersionOf } from './customXml';
import { isFiltered, type XlsxDocument } from './document';
import { findHandTypedBlocks, type HandTypedBlock, type Occupied } from './handTyped';
import { formulaAt, formulasOf, usedExtent, valueAt, valuesOf } from './sheetCells';
import { tableGeometry } from './tableGeometry';

/** A table as read from a file; `handTyped` when it is a typed block, not yet an Excel table. */
export interface XlsxTableSnapshot extends TableSnapshot {
  handTyped?: true;
}

export interface XlsxSnapshot extends WorkbookSnapshot {
  tables: XlsxTableSnapshot[];
}

function tableSnapshot(
  spec: ReadSpec,
  worksheet: ExcelJS.Worksheet,
  name: string,
  headerRow: number,
  firstColumn: number,
  headers: string[],
  rowCount: number,
  showTotals: boolean,
  filtered = false,
): TableSnapshot {
  const width = headers.length;
  const firstData = headerRow + 1;
  const belowStart = firstData + rowCount + (showTotals ? 1 : 0);
  // A table the spec only locates keeps its size, as the Office.js adapter gives it.
  const located = !spec.readsValues(name);
  return {
    name,
    sheet: worksheet.name,
    headerRow,
    firstColumn,
    headers,
    values: located ? Array.from({ length: rowCount }, () => []) : valuesOf(worksheet, firstData, firstColumn, rowCount, width),
    formulas: located ? Array.from({ length: rowCount }, () => []) : formulasOf(worksheet, firstData, firstColumn, rowCount, width),
    showTotals,
    below: valuesOf(worksheet, belowStart, firstColumn, spec.rowsBelow, width),
    ...(located ? {} : { hiddenRows: hiddenRowsOf(worksheet, firstData, rowCount), filtered }),
  };
}

/** Data rows hidden by hand or by a filter (Excel stores both as hidden rows). */
function hiddenRowsOf(worksheet: ExcelJS.Worksheet, firstRow: number, rowCount: number): number {
  let hidden = 0;
  for (let row = firstRow; row < firstRow + rowCount; row++) if (worksheet.findRow(row + 1)?.hidden) hidden++;
  return hidden;
}

function realTables(spec: ReadSpec, document: XlsxDocument): { tables: TableSnapshot[]; occupied: Occupied[] } {
  const tables: TableSnapshot[] = [];
  const occupied: Occupied[] = [];
  for (const model of document.tables) {
    const worksheet = document.workbook.getWorksheet(model.sheet);
    if (!worksheet) continue;
    const g = tableGeometry(model);
    const rowCount = g.lastDataRow - g.firstDataRow + 1;
    tables.push(tableSnapshot(spec, worksheet, model.name, g.headerRow, g.firstColumn, model.columns.map((c) => c.name), Math.max(rowCount, 0), model.totalsRow, isFiltered(model)));
    const { top, left, bottom, right } = parseRange(model.ref);
    occupied.push({ sheet: model.sheet, top, left, bottom, right });
  }
  return { tables, occupied };
}

/**
 * Defined names that refer to one range ("'Thông tin'!$B$3"), by their top-left cell, as
 * the Office.js adapter reads names of type Range.
 */
function namedCells(workbook: ExcelJS.Workbook): Record<string, NamedCellSnapshot | undefined> {
  const names: Record<string, NamedCellSnapshot | undefined> = {};
  for (const { name, ranges } of workbook.definedNames.model) {
    if (ranges.length !== 1 || name.startsWith('_xlnm.')) continue;
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(ranges[0]);
    if (!match) continue;
    const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    const { row, column } = parseCell(match[3]);
    names[name] = { sheet, row, column, value: valueAt(worksheet, row, column), formula: formulaAt(worksheet, row, column) };
  }
  return names;
}

function handTypedTableSnapshot(spec: ReadSpec, workbook: ExcelJS.Workbook, block: HandTypedBlock): XlsxTableSnapshot {
  const worksheet = workbook.getWorksheet(block.sheet)!;
  const table = tableSnapshot(spec, worksheet, block.name, block.headerRow, block.firstColumn, block.headers, block.rowCount, false);
  return { ...table, handTyped: true };
}

/**
 * Reads the workbook as the Office.js adapter does in its one batch, what `spec` asks for
 * (by default every table's cells: reading a file costs nothing). The highlight rules and
 * charts a spec names are read from the file's parts by their own modules (highlights.ts,
 * summaryCharts.ts).
 */
export function readSnapshot(document: XlsxDocument, spec: ReadSpec = readSpec('everything')): XlsxSnapshot {
  const { workbook } = document;
  const usedExtents: Record<string, { rows: number; columns: number } | undefined> = {};
  for (const worksheet of workbook.worksheets) {
    const extent = usedExtent(worksheet);
    if (extent) usedExtents[worksheet.name] = extent;
  }
  const { tables, occupied } = realTables(spec, document);
  const blocks = findHandTypedBlocks(
    workbook,
    tables.map((t) => t.name),
    occupied,
    usedExtents,
  );
  return {
    sheets: workbook.worksheets.map((w) => w.name),
    tables: [...tables, ...blocks.map((b) => handTypedTableSnapshot(spec, workbook, b))],
    names: namedCells(workbook),
    formatVersion: formatVersionOf(document.customXml),
    usedExtents,
    ...(spec.setupArea ? { setupArea: setupAreaOf(workbook, spec.setupArea) } : {}),
  };
}

/** The formulas (values where none) of the setup area on each contract sheet present. */
function setupAreaOf(workbook: ExcelJS.Workbook, area: NonNullable<ReadSpec['setupArea']>): Record<string, CellValue[][]> {
  const result: Record<string, CellValue[][]> = {};
  for (const sheet of area.sheets) {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet) result[sheet] = formulasOf(worksheet, 0, 0, area.rows, area.columns);
  }
  return result;
}
