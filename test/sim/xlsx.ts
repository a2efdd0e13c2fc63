/**
 * Exports a SimWorkbook to .xlsx with exceljs (Node or bundler; kept out of the browser-safe
 * core). Written: sheets (order, visibility, tab colour, frozen panes), values, formulas in
 * file form ("Table[[#This Row],[Header]]"; exceljs wants them without "=") with cached
 * results, number formats, fills, fonts, alignment, locking, column widths, row heights,
 * merges, tables (header, body, totals row), defined names, data validation and custom
 * conditional formats. Not written: custom XML parts (exceljs has no API for them) and
 * charts (exceljs cannot create charts).
 */
import ExcelJS from 'exceljs';
import { Rect, cellAddress, formatRect } from './addressing';
import { nameFormula } from './api/names';
import { toFileForm } from './formulas/translate';
import { CellErrorValue, Computed } from './model/cells';
import { SheetModel, keyCol, keyRow } from './model/sheet';
import type { TableModel } from './model/table';
import type { ValidationEntry } from './model/validation';
import type { SimWorkbook } from './workbook';

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

const ALERT_STYLES: Record<string, 'stop' | 'warning' | 'information'> = {
  Stop: 'stop',
  Warning: 'warning',
  Information: 'information',
};

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** Points (the API's unit) to Excel's character-based width for Calibri 11. */
function widthInCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function cachedResult(value: Computed): ExcelJS.CellFormulaValue['result'] {
  if (value instanceof CellErrorValue) return { error: value.code as ExcelJS.CellErrorValue['error'] };
  if (value === null) return undefined;
  return value;
}

function cellValue(wb: SimWorkbook, sheet: SheetModel, row: number, col: number): ExcelJS.CellValue {
  const cell = sheet.cell(row, col);
  if (!cell) return null;
  if (cell.formula !== undefined) {
    const formula = toFileForm(cell.formula, wb, { sheet, row, col }).replace(/^=/, '');
    return { formula, result: cachedResult(wb.computed(sheet, row, col)) } as ExcelJS.CellFormulaValue;
  }
  return cell.value ?? null;
}

function stripEquals(value: string | number): string | number {
  return typeof value === 'string' ? value.replace(/^=/, '') : value;
}

function validationFor(entry: ValidationEntry): ExcelJS.DataValidation | null {
  const rule = entry.rule;
  if (!rule) return null;
  const common = {
    allowBlank: entry.ignoreBlanks,
    showErrorMessage: entry.errorAlert.showAlert,
    errorStyle: ALERT_STYLES[entry.errorAlert.style] ?? 'stop',
    errorTitle: entry.errorAlert.title || undefined,
    error: entry.errorAlert.message || undefined,
    showInputMessage: entry.prompt.showPrompt,
    promptTitle: entry.prompt.title || undefined,
    prompt: entry.prompt.message || undefined,
  };
  if (rule.list) {
    const source = rule.list.source.startsWith('=') ? rule.list.source.slice(1) : `"${rule.list.source}"`;
    return { ...common, type: 'list', formulae: [source] };
  }
  if (rule.custom) return { ...common, type: 'custom', formulae: [stripEquals(rule.custom.formula)] };
  const kinds = ['wholeNumber', 'decimal', 'textLength', 'date', 'time'] as const;
  for (const kind of kinds) {
    const basic = rule[kind];
    if (!basic) continue;
    const formulae = [stripEquals(basic.formula1)];
    if (basic.formula2 !== undefined) formulae.push(stripEquals(basic.formula2));
    const type = kind === 'wholeNumber' ? 'whole' : kind;
    // exceljs' typings omit 'time', which it writes like the others
    return { ...common, type: type as ExcelJS.DataValidation['type'], operator: OPERATORS[basic.operator] ?? 'between', formulae };
  }
  return null;
}

function addTable(wb: SimWorkbook, ws: ExcelJS.Worksheet, table: TableModel): void {
  const sheet = table.sheet;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = table.bodyStart; r < table.bodyStart + table.bodyRows; r++) {
    rows.push(table.columns.map((_, j) => cellValue(wb, sheet, r, table.col + j)));
  }
  const totals = table.totalsRow;
  const columns: ExcelJS.TableColumnProperties[] = table.columns.map((column, j) => {
    const props: ExcelJS.TableColumnProperties = { name: column.name, filterButton: table.showFilterButton };
    if (totals === null) return props;
    const cell = sheet.cell(totals, table.col + j);
    if (cell?.formula !== undefined) {
      props.totalsRowFunction = 'custom';
      props.totalsRowFormula = toFileForm(cell.formula, wb, { sheet, row: totals, col: table.col + j }).replace(/^=/, '');
    } else if (j === 0) props.totalsRowLabel = cell?.value === undefined ? '' : String(cell.value);
    else props.totalsRowFunction = 'none';
    return props;
  });
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.col),
    headerRow: true,
    totalsRow: table.showTotals,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: table.showBandedRows },
    columns,
    rows,
  });
}

function writeCells(wb: SimWorkbook, sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const row = keyRow(key);
    const col = keyCol(key);
    const cell = sheet.cells.get(key)!;
    const target = ws.getCell(row + 1, col + 1);
    target.value = cellValue(wb, sheet, row, col);
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    const f = cell.format;
    if (!f) continue;
    if (f.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
    if (f.bold || f.italic || f.fontColor || f.fontSize || f.fontName) {
      target.font = {
        ...(f.bold ? { bold: true } : {}),
        ...(f.italic ? { italic: true } : {}),
        ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
        ...(f.fontSize ? { size: f.fontSize } : {}),
        ...(f.fontName ? { name: f.fontName } : {}),
      };
    }
    if (f.wrapText || f.horizontalAlignment || f.verticalAlignment) {
      const horizontal = f.horizontalAlignment?.toLowerCase();
      const vertical = f.verticalAlignment?.toLowerCase();
      target.alignment = {
        ...(f.wrapText ? { wrapText: true } : {}),
        ...(horizontal && horizontal !== 'general' ? { horizontal: horizontal as ExcelJS.Alignment['horizontal'] } : {}),
        ...(vertical ? { vertical: (vertical === 'center' ? 'middle' : vertical) as ExcelJS.Alignment['vertical'] } : {}),
      };
    }
    if (f.locked === false) target.protection = { locked: false };
  }
}

function rangeRef(r: Rect): string {
  return formatRect(r);
}

/** OOXML paper size codes of the paper sizes the add-in sets (Excel.PaperType names). */
const PAPER_SIZE: Record<string, number> = { Letter: 1, A4: 9, A3: 8, Legal: 5 };

/** The sheet's page layout (Worksheet.pageLayout) as the .xlsx stores it, so a PDF export prints as Excel would. */
function setPageLayout(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const layout = sheet.pageLayout;
  const inches = (points: number) => points / 72;
  const fit = layout.zoom.horizontalFitToPages !== undefined || layout.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_SIZE[layout.paperSize] ?? PAPER_SIZE.Letter,
    orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
    ...(fit
      ? { fitToPage: true, fitToWidth: layout.zoom.horizontalFitToPages ?? 0, fitToHeight: layout.zoom.verticalFitToPages ?? 0 }
      : { scale: layout.zoom.scale ?? 100 }),
    horizontalCentered: layout.centerHorizontally,
    margins: {
      top: inches(layout.margins.top),
      bottom: inches(layout.margins.bottom),
      left: inches(layout.margins.left),
      right: inches(layout.margins.right),
      header: inches(layout.margins.header),
      footer: inches(layout.margins.footer),
    },
    ...(layout.printTitleRows ? { printTitlesRow: layout.printTitleRows.replace(/\$/g, '') } : {}),
    ...(layout.printArea ? { printArea: layout.printArea.replace(/\$/g, '') } : {}),
  };
  const { left, center, right } = layout.footer;
  if (left || center || right) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${left}&C${center}&R${right}` };
}

export async function toXlsx(wb: SimWorkbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tổng kết simulator';
  for (const sheet of wb.worksheetList) {
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.visibility === 'Visible' ? 'visible' : sheet.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
      views: [
        sheet.frozenRows || sheet.frozenColumns
          ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, showGridLines: sheet.showGridlines }
          : { state: 'normal', showGridLines: sheet.showGridlines },
      ],
    });
    setPageLayout(ws, sheet);
    for (const table of wb.tableList.filter((t) => t.sheet === sheet)) addTable(wb, ws, table);
    writeCells(wb, sheet, ws); // after the tables: exceljs writes its own header/total cells
    for (const [col, points] of sheet.columnWidths) ws.getColumn(col + 1).width = widthInCharacters(points);
    for (const [row, points] of sheet.rowHeights) ws.getRow(row + 1).height = points;
    for (const merge of sheet.merges) ws.mergeCells(rangeRef(merge));
    for (const entry of sheet.validations) {
      const validation = validationFor(entry);
      if (!validation) continue;
      // exceljs has no range-level API in its typings; per-cell is what it writes anyway (merged on save)
      for (let r = entry.rect.row; r < entry.rect.row + Math.min(entry.rect.rows, 20000); r++) {
        for (let c = entry.rect.col; c < entry.rect.col + entry.rect.cols; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
      }
    }
    for (const cf of sheet.conditionalFormats) {
      if (cf.type !== 'Custom' || !cf.formula) continue;
      ws.addConditionalFormatting({
        ref: rangeRef(cf.rect),
        rules: [
          {
            type: 'expression',
            priority: cf.priority + 1,
            formulae: [toFileForm(cf.formula, wb, { sheet, row: cf.rect.row, col: cf.rect.col }).replace(/^=/, '')],
            style: {
              ...(cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } } } : {}),
              ...(cf.fontColor || cf.bold ? { font: { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) } } : {}),
            },
          },
        ],
      });
    }
  }
  for (const named of wb.namedItemList) {
    if (!named.target) continue; // constant names are not supported by exceljs' definedNames
    book.definedNames.add(nameFormula(named).slice(1), named.name);
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

