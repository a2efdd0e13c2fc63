import { promises as fs } from 'node:fs';
import { newDocument, type XlsxDocument } from '../../workbook/document';
import { CliError, EXIT } from '../errors';
import { loadWorkbookFile, refuseUnsupported } from '../../workbook/file';
import { droppedChartsNote } from '../../workbook/summaryCharts';

/** The workbook a writing command works on, and where the result goes. */
export interface WriteTarget {
  document: XlsxDocument;
  /** the input did not exist and is created */
  created: boolean;
  output: string;
  /** what the rewrite leaves out on purpose (the charts on "Tổng hợp"), one sentence each */
  notes: string[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function requireXlsxName(path: string): void {
  if (!/\.xlsx$/i.test(path)) {
    throw new CliError(`Tên tệp "${path}" phải có đuôi .xlsx (Tổng kết chỉ ghi sổ Excel .xlsx).`, EXIT.usage);
  }
}

/**
 * Opens FILE for a command that writes (init, compute). Without -o the result replaces
 * FILE; a workbook holding parts exceljs would drop is refused before anything is written,
 * except the charts "Tính tổng hợp" drew on "Tổng hợp", which are left out with a note.
 */
export async function openForWriting(file: string, output: string | undefined, options: { createIfMissing: boolean }): Promise<WriteTarget> {
  const target = output ?? file;
  requireXlsxName(target);
  if (options.createIfMissing && !(await exists(file))) {
    requireXlsxName(file);
    return { document: newDocument(), created: true, output: target, notes: [] };
  }
  const loaded = await loadWorkbookFile(file);
  refuseUnsupported(loaded, file);
  const notes = loaded.droppedCharts > 0 ? [droppedChartsNote(loaded.droppedCharts)] : [];
  return { document: loaded.document, created: false, output: target, notes };
}
