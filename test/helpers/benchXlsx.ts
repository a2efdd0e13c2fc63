/**
 * A contract workbook file for command-line benchmarks: made by `tongket init`, the report
 * header and the rows typed into it (exceljs, as a user fills the tables), then the template
 * brought up to date so that every computed column holds its formula, as Excel's calculated
 * columns do.
 */
import { INFO_FIRST_ROW, INFO_SHEET, NAMED_CELLS } from '../../src/domain/contract';
import { cellAt } from '../../src/workbook/applyPlan';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { setupWorkbook } from '../../src/workbook/setup';
import { DEFAULT_HEADER, type NamedCellName, type RowInput } from './snapshot';
import { runCli, typeRows } from './xlsxFixtures';

export async function writeBenchWorkbook(file: string, rows: Readonly<Record<string, readonly RowInput[]>>): Promise<void> {
  const init = await runCli(['init', file]);
  if (init.code !== 0) throw new Error(`tongket init failed (${init.code}): ${init.stderr}`);
  const { document } = await loadWorkbookFile(file);
  const info = document.workbook.getWorksheet(INFO_SHEET);
  if (!info) throw new Error(`no sheet ${INFO_SHEET}`);
  NAMED_CELLS.forEach((spec, i) => {
    const value = DEFAULT_HEADER[spec.name as NamedCellName];
    if (spec.kind === 'input' && value !== undefined && value !== null) cellAt(info, INFO_FIRST_ROW + i, 1).value = value;
  });
  for (const [table, tableRows] of Object.entries(rows)) typeRows(document, table, tableRows);
  setupWorkbook(document);
  await saveWorkbookFile(document, file);
}
