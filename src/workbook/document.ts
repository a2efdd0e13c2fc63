import ExcelJS from 'exceljs';
import type { CustomXmlItem } from './customXml';
import type { SheetFilter } from './sheetFilters';

/**
 * An .xlsx workbook as the command line holds it: the exceljs model for sheets and cells,
 * plus what exceljs does not handle faithfully and the package writer adds back: the
 * Excel tables (ListObjects), custom XML parts and the original defined names.
 */
export interface XlsxDocument {
  workbook: ExcelJS.Workbook;
  /** every Excel table of the workbook, in package order */
  tables: TableModel[];
  /** custom XML parts in package order; ours (the format version) among them */
  customXml: CustomXmlItem[];
  /** the original `<definedName>` elements, kept verbatim (exceljs drops formulas and scopes) */
  definedNamesXml: string[];
  /** each sheet's own `<autoFilter>` (outside tables) as read, by sheet name (see sheetFilters.ts) */
  sheetFilters?: Record<string, SheetFilter>;
}

export function newDocument(): XlsxDocument {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tổng kết';
  return { workbook, tables: [], customXml: [], definedNamesXml: [] };
}

export interface TableColumnModel {
  name: string;
  /** file form, without "=" */
  calculatedColumnFormula?: string;
  totalsRowLabel?: string;
  /** Excel's totals function name: sum, custom, none … */
  totalsRowFunction?: string;
  /** file form, without "=", for totalsRowFunction "custom" */
  totalsRowFormula?: string;
}

export interface TableModel {
  name: string;
  sheet: string;
  /** full range, header and totals included ("A3:L10") */
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  /** the `<tableStyleInfo>` element, verbatim */
  styleInfoXml: string;
  /**
   * the `<autoFilter>` element as read, verbatim (its filter conditions and sort state); a
   * rewritten table keeps it, with its range following the table's
   */
  autoFilterXml?: string;
  /** the part as read from the file, and its shape then: unchanged tables are written back as read */
  original?: { xml: string; signature: string };
}

/** Is a filter condition applied to the table (a filtered column, not only the buttons)? */
export function isFiltered(table: TableModel): boolean {
  return table.autoFilterXml !== undefined && /<filterColumn\b/.test(table.autoFilterXml);
}

export function findTable(document: XlsxDocument, name: string): TableModel | undefined {
  const wanted = name.toLowerCase();
  return document.tables.find((t) => t.name.toLowerCase() === wanted);
}
