import type { ExportGrid } from '../domain/import/bieu06';
import { visibleGrids } from './exportSheetGrid';
import { loadWorkbookFile } from './file';

/**
 * Reads a one-stop system's export for `import-tthc`: every visible sheet as a grid. The file
 * is only read; an .xls, encrypted or damaged file is refused with the reason (exit 65).
 */
export async function readExportFile(path: string): Promise<ExportGrid[]> {
  const { document } = await loadWorkbookFile(path);
  return visibleGrids(document.workbook);
}
