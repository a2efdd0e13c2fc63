import type ExcelJS from 'exceljs';
import type { XlsxDocument } from './document';

/**
 * Empties a sheet the add-in owns ("Tổng hợp") before it is rewritten: cells with their
 * formats, merges, conditional formats, validations and tables. Column widths stay.
 */
export function clearSheet(document: XlsxDocument, worksheet: ExcelJS.Worksheet): void {
  // exceljs has no public "clear"; these are the fields its writer reads.
  const sheet = worksheet as unknown as {
    _rows: unknown[];
    _merges: Record<string, unknown>;
    conditionalFormattings: unknown[];
    dataValidations: { model: Record<string, unknown> };
  };
  sheet._rows = [];
  sheet._merges = {};
  sheet.conditionalFormattings = [];
  sheet.dataValidations.model = {};
  document.tables = document.tables.filter((t) => t.sheet !== worksheet.name);
}
