import { SHEET_ORDER } from '../domain/contract/layout';

/** What the pane needs to know of a workbook to suggest the next step. */
export interface WorkbookInspection {
  /** contract sheets the workbook lacks, in contract order ("Tạo bảng mẫu" would add them) */
  missingSheets: string[];
  /** true when not a single contract sheet exists: nothing to check or compute yet */
  empty: boolean;
}

/** One sync: the worksheet names, compared with the contract's. */
export async function inspectWorkbook(): Promise<WorkbookInspection> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const missingSheets = SHEET_ORDER.filter((name) => !present.has(name));
    return { missingSheets, empty: missingSheets.length === SHEET_ORDER.length };
  });
}
