/**
 * How each contract sheet prints: A4, one page wide, the table's header repeated on every
 * page, margins after Nghị định 30/2020/NĐ-CP Phụ lục I (top and bottom 20 mm, left 30 mm,
 * right 15 mm), and a footer naming the unit and numbering the pages — what a clerk
 * attaches to a report without touching Page Setup.
 */
import { CATALOGUES, CATALOGUE_SHEET } from '../contract/catalogues';
import { INFO_COLUMN_WIDTHS, INFO_SHEET } from '../contract/header';
import { CHECK_TABLE, SUMMARY_SHEET, TABLE_HEADER_ROW } from '../contract/layout';
import { DATA_TABLES } from '../contract/tables';
import type { PageMargins, PageSetupOp } from '../setup/ops';

const MM = 72 / 25.4;

export const PRINT_MARGINS: PageMargins = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
  header: Math.round(8 * MM),
  footer: Math.round(8 * MM),
};

/**
 * Widest sheet (in Excel's character widths) that still prints portrait on A4 without
 * shrinking the text below a readable size: 165 mm of printable width holds about 90
 * characters of the default font; up to a tenth more is shrunk, wider turns landscape.
 */
const PORTRAIT_MAX_WIDTH = 100;

/** Excel's header/footer codes treat "&" as a command: a unit named "A & B" must be escaped. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&').slice(0, 120);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Each contract sheet's printed width and the rows repeated on every page. */
function sheetShapes(summaryWidths: readonly number[]): { sheet: string; width: number; headerRow?: number }[] {
  return [
    { sheet: INFO_SHEET, width: sum(INFO_COLUMN_WIDTHS) },
    ...DATA_TABLES.map((t) => ({ sheet: t.sheet, width: sum(t.columns.map((c) => c.width)), headerRow: TABLE_HEADER_ROW })),
    { sheet: SUMMARY_SHEET, width: sum(summaryWidths) },
    { sheet: CHECK_TABLE.sheet, width: sum(CHECK_TABLE.columns.map((c) => c.width)), headerRow: CHECK_TABLE.headerRow },
    {
      sheet: CATALOGUE_SHEET,
      width: sum(CATALOGUES.flatMap((c) => c.columns.map((col) => col.width))) + CATALOGUES.length,
      headerRow: TABLE_HEADER_ROW,
    },
  ];
}

export interface PrintLayoutOptions {
  /** sheets that exist (or are being created) in the workbook */
  sheets: readonly string[];
  /** the reporting unit, for the footer ("" when not typed yet) */
  unit: string;
  /** the summary sheet's column widths, and the A1 range of its content */
  summary: { columnWidths: readonly number[]; area: string } | null;
}

export function printLayoutOps(options: PrintLayoutOptions): PageSetupOp[] {
  const present = new Set(options.sheets);
  return sheetShapes(options.summary?.columnWidths ?? []).flatMap(({ sheet, width, headerRow }) => {
    if (!present.has(sheet)) return [];
    const op: PageSetupOp = {
      kind: 'pageSetup',
      sheet,
      orientation: width > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait',
      paper: 'A4',
      margins: PRINT_MARGINS,
      footer: { left: footerText(options.unit), center: 'Trang &P/&N', right: footerText(sheet) },
    };
    if (headerRow !== undefined) op.titleRows = { first: headerRow, last: headerRow };
    if (sheet === SUMMARY_SHEET && options.summary) op.printArea = options.summary.area;
    return [op];
  });
}
