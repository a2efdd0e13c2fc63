import { formatXml } from '../domain/contract/layout';
import type { NativeValidation } from '../domain/setup/nativeValidation';
import type { CellStyle, PageSetupOp, PlanCell, PlanOp } from '../domain/setup/ops';
import type { CellValue } from '../domain/snapshot';
import { rangeAddress } from '../domain/util/a1';
import { packBatches, PAYLOAD_BUDGET_BYTES, valueBytes } from './payload';
import type { Highlight } from './readSnapshot';
import { applyStyle, charactersToPoints } from './styles';
import { supportsExcelApi } from './host';

export interface ApplyState {
  /** custom conditional formats found on the tables' bodies, as read (Tổng kết's are told by their fill) */
  highlights?: Record<string, Highlight[]>;
  /** names of the charts on each sheet the plan may clear, as read before planning */
  chartsBySheet?: Record<string, string[]>;
  /** id of the custom XML part that holds the format version, if the workbook has one */
  formatPartId: string | null;
}

/**
 * A value as Excel must store it. Excel reads text written through the API as if typed: "- Số
 * cuộc thanh tra" would become a formula, "1/2" a date. A leading apostrophe keeps text as it
 * is (Excel does not store the apostrophe) — except in cells formatted as text ("@"), which
 * take input literally and need none.
 */
export function asWritten(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

function cellFormula(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  return cell.numberFormat === '@' ? (cell.value ?? '') : asWritten(cell.value);
}

/** Rows for a table whose columns are formatted as text (KiemTra): literal, no apostrophe. */
function literal(value: CellValue): string | number | boolean {
  return value ?? '';
}

/** Estimated request size of an operation (its cell contents dominate). */
export function opBytes(op: PlanOp): number {
  switch (op.kind) {
    case 'addTable':
      return op.rows.reduce((sum, row) => sum + row.reduce<number>((s, v) => s + valueBytes(v), 0), 200);
    case 'columnFormula':
      return 200 + (op.rows === 'all' ? 1 : runsOf(op.rows).length) * (op.formula.length * 2 + 120);
    default:
      return 400;
  }
}

function sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

function columnBody(context: Excel.RequestContext, table: string, header: string): Excel.Range {
  return context.workbook.tables.getItem(table).columns.getItem(header).getDataBodyRange();
}

/** Consecutive row indexes grouped into runs, so one range write covers each run. */
export function runsOf(rows: readonly number[]): { start: number; count: number }[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}

/**
 * Sets one value, number format or formula on every cell of a range ("single input copy",
 * as Ctrl+Enter does): a tiny request whatever the size of the range, and over a whole table
 * column it makes a calculated column.
 */
export function fillRange(range: Excel.Range, property: 'formulas' | 'numberFormat' | 'values', value: string | number): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

/** A unit of work small enough for one request; big plan steps are split into several. */
interface Step {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

function rowsBytes(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce<number>((sum, row) => sum + row.reduce<number>((s, v) => s + valueBytes(v), 8), 0);
}

/**
 * Table rows are rewritten by shrinking the body to one row, then appending in payload-sized
 * chunks. The table's columns are text-formatted, so values are written literally.
 */
function replaceRowsSteps(op: Extract<PlanOp, { kind: 'replaceTableRows' }>, budget: number): Step[] {
  const steps: Step[] = [
    {
      bytes: 300 + (op.rows[0] ? rowsBytes([op.rows[0]]) : 0),
      queue(context) {
        const table = context.workbook.tables.getItem(op.table);
        const body = table.getDataBodyRange();
        if (op.existingRows > 1) body.getRow(1).getResizedRange(op.existingRows - 2, 0).delete('Up');
        const first = table.getDataBodyRange().getRow(0);
        if (op.rows.length === 0) first.clear('Contents');
        else first.values = [op.rows[0].map(literal)];
      },
    },
  ];
  return [...steps, ...appendRowsSteps(op.table, op.rows.slice(1), budget)];
}

/**
 * New table rows in payload-sized chunks. Text goes literally: the contract's text columns
 * are formatted as text ("@"), which new rows take from the row above.
 */
function appendRowsSteps(tableName: string, values: readonly (readonly CellValue[])[], budget: number): Step[] {
  const rows = values.map((r) => r.map(literal));
  const bytesPerRow = rows.length > 0 ? Math.ceil(rowsBytes(rows) / rows.length) : 1;
  const size = Math.max(1, Math.floor(budget / bytesPerRow));
  const steps: Step[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    steps.push({
      bytes: rowsBytes(chunk) + 200,
      queue(context) {
        context.workbook.tables.getItem(tableName).rows.add(undefined, chunk);
      },
    });
  }
  return steps;
}

/**
 * Rows deleted a run at a time from the bottom up, so the indexes of the runs still to
 * delete stay valid; a small action each, however many rows a run holds.
 */
function deleteRowsSteps(op: Extract<PlanOp, { kind: 'deleteTableRows' }>): Step[] {
  return runsOf(op.rows)
    .reverse()
    .map((run) => ({
      bytes: 300,
      queue(context: Excel.RequestContext) {
        const body = context.workbook.tables.getItem(op.table).getDataBodyRange();
        body.getRow(run.start).getResizedRange(run.count - 1, 0).delete('Up');
      },
    }));
}

/** Bytes of one written cell: its content, number format and the style actions it needs. */
function cellBytes(cell: PlanCell): number {
  return valueBytes(cell.formula ?? cell.value) + (cell.numberFormat ? cell.numberFormat.length * 2 + 8 : 0) + 24;
}

/** Runs of neighbouring cells of one row that share a style: one format action each. */
export function styleRuns(row: readonly PlanCell[]): { start: number; count: number; style: CellStyle }[] {
  const runs: { start: number; count: number; style: CellStyle }[] = [];
  row.forEach((cell, i) => {
    const last = runs[runs.length - 1];
    if (!cell.style) return;
    if (last && last.style === cell.style && last.start + last.count === i) last.count++;
    else runs.push({ start: i, count: 1, style: cell.style });
  });
  return runs;
}

/** Cells are written a block of rows per step, each step within the request budget. */
function writeCellsSteps(op: Extract<PlanOp, { kind: 'writeCells' }>, budget: number): Step[] {
  const columns = Math.max(0, ...op.cells.map((r) => r.length));
  if (columns === 0) return [];
  const padded = op.cells.map((r) => [...r, ...Array<PlanCell>(columns - r.length).fill({ value: null })]);
  const rowBytes = padded.map((r) => r.reduce((sum, c) => sum + cellBytes(c), 0) + styleRuns(r).length * 160);
  const steps: Step[] = [];
  let start = 0;
  while (start < padded.length) {
    let end = start;
    let bytes = 200;
    while (end < padded.length && (end === start || bytes + rowBytes[end] <= budget)) bytes += rowBytes[end++];
    const rows = padded.slice(start, end);
    const first = op.row + start;
    steps.push({ bytes, queue: (context) => writeRows(context, op.sheet, first, op.column, rows) });
    start = end;
  }
  return steps;
}

function writeRows(context: Excel.RequestContext, sheetName: string, row: number, column: number, rows: PlanCell[][]): void {
  const range = sheetOf(context, sheetName).getRange(rangeAddress(row, column, rows.length, rows[0].length));
  const formats = rows.map((r) => r.map((c) => c.numberFormat));
  if (formats.some((r) => r.some((f) => f !== undefined))) {
    range.numberFormat = formats.map((r) => r.map((f) => f ?? 'General'));
  }
  range.formulas = rows.map((r) => r.map(cellFormula));
  rows.forEach((r, i) => {
    for (const run of styleRuns(r)) applyStyle(range.getCell(i, run.start).getResizedRange(0, run.count - 1), run.style);
  });
}

function stepsOf(op: PlanOp, state: ApplyState, budget: number): Step[] {
  // Page layout is ExcelApi 1.9: on Excel 2019 the sheets keep the user's print settings.
  if (op.kind === 'pageSetup' && !supportsExcelApi('1.9')) return [];
  if (op.kind === 'replaceTableRows') return replaceRowsSteps(op, budget);
  if (op.kind === 'addTableRows') return appendRowsSteps(op.table, op.rows, budget);
  if (op.kind === 'writeCells') return writeCellsSteps(op, budget);
  if (op.kind === 'deleteTableRows') return deleteRowsSteps(op);
  return [{ bytes: opBytes(op), queue: (context) => queue(context, op, state) }];
}

/** Replaces a range's native data validation (ExcelApi 1.8; plans hold none on older hosts). */
function setValidation(range: Excel.Range, validation: NativeValidation): void {
  const { rule, alertStyle, title, message } = validation;
  range.dataValidation.clear();
  switch (rule.type) {
    case 'WholeNumber':
      range.dataValidation.rule = { wholeNumber: { formula1: rule.formula1, operator: rule.operator } };
      break;
    case 'Decimal':
      range.dataValidation.rule = { decimal: { formula1: rule.formula1, operator: rule.operator } };
      break;
    case 'Date':
      range.dataValidation.rule = { date: { formula1: rule.formula1, operator: rule.operator } };
      break;
    case 'List':
      range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.source } };
      break;
    case 'Custom':
      range.dataValidation.rule = { custom: { formula: rule.formula } };
      break;
  }
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.errorAlert = { showAlert: true, style: alertStyle, title, message };
}

/** Steps that stepsOf splits by payload are not queued whole. */
type WholeOp = Exclude<PlanOp, { kind: 'writeCells' | 'replaceTableRows' | 'addTableRows' | 'deleteTableRows' }>;

function setPageLayout(context: Excel.RequestContext, op: PageSetupOp): void {
  const layout = sheetOf(context, op.sheet).pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = op.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // One page wide, as many pages tall as needed. Office.js documents the zoom's fields only as
  // "number of pages to fit … null if percentage scale is used" (Excel.PageLayoutZoomOptions,
  // ExcelApi 1.9): 0 is neither forbidden nor defined there. The same engine's VBA
  // PageSetup.FitToPagesTall documents False (0) as "scaled according to FitToPagesWide", and the
  // file format's fitToHeight="0" means automatic; leaving the field out is not the same (a sheet
  // set to fit keeps its own pages-tall, 1 by default). Not yet tried on a real Excel.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.topMargin = op.margins.top;
  layout.bottomMargin = op.margins.bottom;
  layout.leftMargin = op.margins.left;
  layout.rightMargin = op.margins.right;
  layout.headerMargin = op.margins.header;
  layout.footerMargin = op.margins.footer;
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = op.footer.left;
  footer.centerFooter = op.footer.center;
  footer.rightFooter = op.footer.right;
  if (op.titleRows) layout.setPrintTitleRows(`$${op.titleRows.first + 1}:$${op.titleRows.last + 1}`);
  if (op.printArea) layout.setPrintArea(op.printArea);
}

function queue(context: Excel.RequestContext, op: WholeOp, state: ApplyState): void {
  switch (op.kind) {
    case 'pageSetup':
      setPageLayout(context, op);
      break;
    case 'totalsRow': {
      const table = context.workbook.tables.getItem(op.table);
      table.showTotals = true;
      for (const cell of op.cells) {
        const range = table.columns.getItem(cell.header).getTotalRowRange();
        if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
        range.formulas = [[cell.formula ?? asWritten(cell.value)]];
      }
      break;
    }
    case 'clearSheet': {
      const sheet = sheetOf(context, op.sheet);
      for (const name of state.chartsBySheet?.[op.sheet] ?? []) sheet.charts.getItem(name).delete();
      sheet.getRange().clear('All');
      break;
    }
    case 'addChart': {
      const sheet = sheetOf(context, op.sheet);
      const chart = sheet.charts.add(op.chartType as Excel.ChartType, sheet.getRange(op.source), op.seriesBy);
      chart.title.text = op.title;
      chart.setPosition(op.from, op.to);
      break;
    }
    case 'clearHighlights':
      // Only Tổng kết's own highlights go, and rules without a formula (a stopped run's, which
      // highlight nothing); the user's conditional formats stay.
      for (const { format, fill, formula } of state.highlights?.[op.table] ?? []) {
        if (fill?.toUpperCase() === op.fill.toUpperCase() || formula === '') format.delete();
      }
      break;
    case 'columnHighlight': {
      const format = columnBody(context, op.table, op.header).conditionalFormats.add('Custom');
      // The fill first: a run stopped between the two leaves a rule the next run knows as its own.
      format.custom.format.fill.color = op.fill;
      format.custom.rule.formula = op.formula;
      break;
    }
    case 'addSheet':
      context.workbook.worksheets.add(op.sheet);
      break;
    case 'addTable': {
      const sheet = sheetOf(context, op.sheet);
      const address = rangeAddress(op.row, op.column, 1 + op.rows.length, op.headers.length);
      sheet.getRange(rangeAddress(op.row, op.column, 1, op.headers.length)).values = [op.headers];
      const table = sheet.tables.add(address, true);
      table.name = op.table;
      table.style = 'TableStyleMedium2';
      table.getDataBodyRange().values = op.rows.map((r) => r.map(asWritten));
      break;
    }
    case 'renameTable':
      context.workbook.tables.getItem(op.table).name = op.name;
      break;
    case 'renameColumn':
      context.workbook.tables.getItem(op.table).columns.getItem(op.from).name = op.to;
      break;
    case 'addColumns': {
      const table = context.workbook.tables.getItem(op.table);
      for (const header of op.headers) table.columns.add(undefined, undefined, header);
      break;
    }
    case 'columnWidths': {
      const sheet = sheetOf(context, op.sheet);
      for (const { column, width } of op.widths) {
        sheet.getRange(rangeAddress(0, column, 1, 1)).getEntireColumn().format.columnWidth = charactersToPoints(width);
      }
      break;
    }
    case 'columnFormat': {
      const body = columnBody(context, op.table, op.header);
      fillRange(body, 'numberFormat', op.numberFormat);
      if (op.computed) applyStyle(body, 'computed');
      break;
    }
    case 'columnFormula': {
      const body = columnBody(context, op.table, op.header);
      if (op.rows === 'all') {
        // One formula over the whole column makes it a calculated column: new rows get it too.
        fillRange(body, 'formulas', op.formula);
      } else {
        for (const run of runsOf(op.rows)) {
          fillRange(body.getRow(run.start).getResizedRange(run.count - 1, 0), 'formulas', op.formula);
        }
      }
      break;
    }
    case 'columnValidation':
      setValidation(columnBody(context, op.table, op.header), op.validation);
      break;
    case 'cellValidation':
      setValidation(sheetOf(context, op.sheet).getRange(rangeAddress(op.row, op.column, 1, 1)), op.validation);
      break;
    case 'addName': {
      const range = sheetOf(context, op.sheet).getRange(rangeAddress(op.row, op.column, op.rowCount ?? 1, 1));
      context.workbook.names.add(op.name, range);
      break;
    }
    case 'freezeRows':
      sheetOf(context, op.sheet).freezePanes.freezeRows(op.rows);
      break;
    case 'activateSheet':
      sheetOf(context, op.sheet).activate();
      break;
    case 'setFormatVersion': {
      const xml = formatXml(op.version);
      if (state.formatPartId) context.workbook.customXmlParts.getItem(state.formatPartId).setXml(xml);
      else context.workbook.customXmlParts.add(xml);
      break;
    }
    default: {
      const unknown: never = op;
      throw new Error(`Unknown plan step: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Applies plan steps in order, in as few requests as the payload limit allows. Returns the
 * number of syncs it made.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  ops: readonly PlanOp[],
  state: ApplyState,
  options: {
    budget?: number;
    beforeEachSync?: () => void;
    /** queues work after the last batch's writes, in the same request (a read-back of their results) */
    withLastBatch?: () => void;
  } = {},
): Promise<number> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  const steps = ops.flatMap((op) => stepsOf(op, state, budget));
  const batches = packBatches(steps, (step) => step.bytes, budget);
  if (batches.length === 0) batches.push([]);
  let syncs = 0;
  for (const [index, batch] of batches.entries()) {
    options.beforeEachSync?.();
    for (const step of batch) step.queue(context);
    if (index === batches.length - 1) options.withLastBatch?.();
    // One sync per payload-sized batch: the loop runs once unless the data exceeds 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  return syncs;
}

