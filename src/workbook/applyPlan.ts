import type ExcelJS from 'exceljs';
import { EXCEL_ERROR_CODES } from '../domain/compute/values';
import type { PageSetupOp, PlanCell, PlanOp } from '../domain/setup/ops';
import type { CellValue } from '../domain/snapshot';
import { rangeAddress, sheetPrefix } from '../domain/util/a1';
import { setFormatVersion } from './customXml';
import { findTable, type TableModel, type XlsxDocument } from './document';
import { addColumnHighlight, clearHighlights, followTableBody } from './highlights';
import { addTableRows } from './addTableRows';
import { applyRowsChange } from './mergeRows';
import { clearSheet } from './clearSheet';
import { overwrite } from './sharedFormula';
import { applyStyle, setNumberFormat } from './styles';
import { writeTotalsRow } from './totalsRow';
import { columnIndexOf, dataRows, setTableExtent, tableGeometry } from './tableGeometry';
import { excelValidation } from './validation';
import { renameColumnReferencesIn } from './structuredReferences';

/** Excel's table style for every table the add-in creates. */
export const TABLE_STYLE = 'TableStyleMedium2';

export function cellAt(worksheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return worksheet.getCell(row + 1, column + 1);
}

/** Formula text as a file stores it: no leading "=". */
function fileFormula(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** A formula as the file stores it, with the result the plan expects of it (an error code as an error). */
function formulaValue(formula: string, cached: CellValue | undefined): ExcelJS.CellFormulaValue {
  const value: { formula: string; result?: number | string | boolean | { error: string } } = { formula: fileFormula(formula) };
  if (typeof cached === 'string' && (EXCEL_ERROR_CODES as readonly string[]).includes(cached)) value.result = { error: cached };
  else if (cached !== undefined && cached !== null) value.result = cached;
  return value as ExcelJS.CellFormulaValue;
}

function writePlanCell(cell: ExcelJS.Cell, planCell: PlanCell): void {
  if (planCell.formula !== undefined) overwrite(cell, formulaValue(planCell.formula, planCell.cached));
  else overwrite(cell, planCell.value === '' || planCell.value === undefined ? null : planCell.value);
  if (planCell.numberFormat !== undefined) setNumberFormat(cell, planCell.numberFormat);
  if (planCell.style) applyStyle(cell, planCell.style);
}

function worksheetOf(document: XlsxDocument, sheet: string): ExcelJS.Worksheet {
  const worksheet = document.workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`Plan refers to a missing sheet: ${sheet}`);
  return worksheet;
}

function tableOf(document: XlsxDocument, name: string): { worksheet: ExcelJS.Worksheet; table: TableModel } {
  const table = findTable(document, name);
  if (!table) throw new Error(`Plan refers to a missing table: ${name}`);
  return { worksheet: worksheetOf(document, table.sheet), table };
}

function columnIndex(table: TableModel, header: string): number {
  const index = columnIndexOf(table, header);
  if (index === undefined) throw new Error(`Plan refers to a missing column: ${table.name}[${header}]`);
  return index;
}

/** Data cells of a table column: all, or the listed data rows (0-based within the body). */
function columnCells(document: XlsxDocument, tableName: string, header: string, rows: 'all' | readonly number[] = 'all'): ExcelJS.Cell[] {
  const { worksheet, table } = tableOf(document, tableName);
  const column = tableGeometry(table).firstColumn + columnIndex(table, header);
  const body = dataRows(table);
  const selected = rows === 'all' ? body : rows.map((i) => body[i]).filter((r) => r !== undefined);
  return selected.map((row) => cellAt(worksheet, row, column));
}

/** A new table over cells that already hold its header and rows. */
export function newTableModel(name: string, sheet: string, headers: readonly string[], headerRow: number, left: number, dataRowCount: number): TableModel {
  const table: TableModel = {
    name,
    sheet,
    ref: '',
    headerRow: true,
    totalsRow: false,
    columns: headers.map((h) => ({ name: h })),
    styleInfoXml: `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`,
  };
  setTableExtent(table, headerRow, left, dataRowCount, headers.length);
  return table;
}

function addColumns(document: XlsxDocument, name: string, headers: readonly string[]): void {
  const { worksheet, table } = tableOf(document, name);
  const g = tableGeometry(table);
  headers.forEach((header, i) => {
    cellAt(worksheet, g.headerRow, g.lastColumn + 1 + i).value = header;
    table.columns.push({ name: header });
  });
  setTableExtent(table, g.headerRow, g.firstColumn, g.lastDataRow - g.firstDataRow + 1, table.columns.length);
}

/** The header cell and the table part both name the column (Excel requires them to agree). */
function renameColumn(document: XlsxDocument, name: string, from: string, to: string): void {
  const { worksheet, table } = tableOf(document, name);
  const index = table.columns.findIndex((c) => c.name === from);
  if (index < 0) throw new Error(`Plan refers to a missing column: ${name}[${from}]`);
  const g = tableGeometry(table);
  if (table.headerRow) cellAt(worksheet, g.headerRow, g.firstColumn + index).value = to;
  table.columns[index].name = to;
}

/**
 * Replaces a table's data rows; an empty list leaves one empty row (a table always has one).
 * Rows the table no longer covers are emptied.
 */
function replaceTableRows(document: XlsxDocument, name: string, rows: readonly CellValue[][]): void {
  const { worksheet, table } = tableOf(document, name);
  const g = tableGeometry(table);
  if (table.totalsRow) throw new Error(`replaceTableRows on a table with a totals row: ${name}`);
  const width = table.columns.length;
  const oldCount = g.lastDataRow - g.firstDataRow + 1;
  const newCount = Math.max(rows.length, 1);
  for (let r = 0; r < Math.max(oldCount, newCount); r++) {
    for (let c = 0; c < width; c++) {
      const value = rows[r]?.[c];
      overwrite(cellAt(worksheet, g.firstDataRow + r, g.firstColumn + c), value === undefined || value === '' ? null : value);
    }
  }
  setTableExtent(table, g.headerRow, g.firstColumn, newCount, width);
  followTableBody(worksheet, table, g.lastDataRow);
}

/** Steps the file adapter could not or does not apply, as Vietnamese sentences. */
type Notes = string[];

function applyOp(document: XlsxDocument, op: PlanOp, notes: Notes): void {
  switch (op.kind) {
    case 'addSheet':
      document.workbook.addWorksheet(op.sheet);
      break;
    case 'writeCells': {
      const worksheet = worksheetOf(document, op.sheet);
      op.cells.forEach((row, i) => row.forEach((planCell, j) => writePlanCell(cellAt(worksheet, op.row + i, op.column + j), planCell)));
      break;
    }
    case 'addTable': {
      const worksheet = worksheetOf(document, op.sheet);
      op.headers.forEach((h, j) => (cellAt(worksheet, op.row, op.column + j).value = h));
      op.rows.forEach((row, i) => row.forEach((v, j) => (cellAt(worksheet, op.row + 1 + i, op.column + j).value = v === '' ? null : v)));
      document.tables.push(newTableModel(op.table, op.sheet, op.headers, op.row, op.column, op.rows.length));
      break;
    }
    case 'renameTable':
      tableOf(document, op.table).table.name = op.name;
      break;
    case 'renameColumn':
      renameColumn(document, op.table, op.from, op.to);
      break;
    case 'addColumns':
      addColumns(document, op.table, op.headers);
      break;
    case 'columnWidths': {
      const worksheet = worksheetOf(document, op.sheet);
      for (const { column, width } of op.widths) worksheet.getColumn(column + 1).width = width;
      break;
    }
    case 'columnFormat':
      for (const cell of columnCells(document, op.table, op.header)) {
        setNumberFormat(cell, op.numberFormat);
        if (op.computed) applyStyle(cell, 'computed');
      }
      break;
    case 'columnFormula': {
      const formula = fileFormula(op.formula);
      for (const cell of columnCells(document, op.table, op.header, op.rows)) {
        overwrite(cell, { formula } as ExcelJS.CellFormulaValue);
      }
      if (op.rows === 'all') {
        // A formula over the whole column is a calculated column: Excel fills it into new rows.
        const { table } = tableOf(document, op.table);
        table.columns[columnIndex(table, op.header)].calculatedColumnFormula = formula;
      }
      break;
    }
    case 'columnValidation': {
      const validation = excelValidation(op.validation);
      for (const cell of columnCells(document, op.table, op.header)) cell.dataValidation = validation;
      break;
    }
    case 'cellValidation':
      worksheetOf(document, op.sheet).getCell(op.row + 1, op.column + 1).dataValidation = excelValidation(op.validation);
      break;
    case 'addName': {
      const address = rangeAddress(op.row, op.column, op.rowCount ?? 1, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      document.workbook.definedNames.add(`${sheetPrefix(op.sheet)}${address}`, op.name);
      break;
    }
    case 'freezeRows': {
      const worksheet = worksheetOf(document, op.sheet);
      const view = worksheet.views[0] ?? {};
      worksheet.views = [{ ...view, state: 'frozen', xSplit: 0, ySplit: op.rows, topLeftCell: `A${op.rows + 1}` } as ExcelJS.WorksheetView];
      break;
    }
    case 'replaceTableRows':
      replaceTableRows(document, op.table, op.rows);
      break;
    case 'addTableRows': {
      const { worksheet, table } = tableOf(document, op.table);
      addTableRows(worksheet, table, op.rows);
      break;
    }
    case 'deleteTableRows':
      applyRowsChange(document, { table: op.table, remove: op.rows, writeAt: 0, rows: [] });
      break;
    case 'totalsRow': {
      const { worksheet, table } = tableOf(document, op.table);
      const note = writeTotalsRow(worksheet, table, op.cells);
      if (note) notes.push(note);
      break;
    }
    case 'clearSheet':
      clearSheet(document, worksheetOf(document, op.sheet));
      break;
    case 'addChart':
      // exceljs cannot write charts; the add-in draws them when the summary runs in Excel.
      notes.push(`Chưa vẽ biểu đồ "${op.title}" ở trang "${op.sheet}": lệnh tongket không vẽ được biểu đồ; số liệu vẫn đầy đủ.`);
      break;
    case 'clearHighlights': {
      const { worksheet, table } = tableOf(document, op.table);
      clearHighlights(worksheet, table, op.fill);
      break;
    }
    case 'columnHighlight': {
      const { worksheet, table } = tableOf(document, op.table);
      addColumnHighlight(worksheet, table, op.header, op.formula, op.fill);
      break;
    }
    case 'activateSheet': {
      const index = document.workbook.worksheets.indexOf(worksheetOf(document, op.sheet));
      const view = document.workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' };
      document.workbook.views = [{ ...view, firstSheet: 0, activeTab: index }];
      break;
    }
    case 'setFormatVersion':
      setFormatVersion(document.customXml, op.version);
      break;
    case 'pageSetup':
      setPageLayout(worksheetOf(document, op.sheet), op);
      break;
    default: {
      const unknown: never = op;
      throw new Error(`Unknown plan step: ${JSON.stringify(unknown)}`);
    }
  }
}

/** exceljs's paper size code for A4 (the OOXML paperSize enumeration). */
const A4_PAPER_SIZE = 9;

function setPageLayout(worksheet: ExcelJS.Worksheet, op: PageSetupOp): void {
  const inches = (points: number) => points / 72;
  const { margins } = op;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: op.orientation,
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the content needs
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      top: inches(margins.top),
      bottom: inches(margins.bottom),
      left: inches(margins.left),
      right: inches(margins.right),
      header: inches(margins.header),
      footer: inches(margins.footer),
    },
    printTitlesRow: op.titleRows ? `${op.titleRows.first + 1}:${op.titleRows.last + 1}` : undefined,
    printArea: op.printArea,
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&L${op.footer.left}&C${op.footer.center}&R${op.footer.right}` };
}

/**
 * Applies plan steps in order to the workbook held in memory. Returns what it left out
 * (a totals row over typed cells, charts), one Vietnamese sentence each.
 */
export function applyPlan(document: XlsxDocument, ops: readonly PlanOp[]): string[] {
  const notes: Notes = [];
  // Excel rewrites every formula naming a column it renames; so does the file, before the
  // plan writes its own formulas (which name columns in their new spelling already).
  const renames = ops.flatMap((op) => (op.kind === 'renameColumn' ? [{ table: op.table, from: op.from, to: op.to }] : []));
  renameColumnReferencesIn({ worksheets: document.workbook.worksheets, tables: document.tables, definedNamesXml: document.definedNamesXml }, renames);
  for (const op of ops) applyOp(document, op, notes);
  return notes;
}
