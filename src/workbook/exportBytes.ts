import ExcelJS from 'exceljs';
import { previewExport, type ExportGrid, type ExportPreview } from '../domain/import/bieu06';
import { msg, vi, type Msg } from '../domain/messages';
import { visibleGrids } from './exportSheetGrid';
import { checkZipSizes, ZipBombError, ZipFormatError } from './zipDirectory';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The task pane's preview of a chosen export: what cannot be read is a reason, never an exception. */
export async function readExportPreview(bytes: ArrayBuffer, name: string): Promise<ExportPreview> {
  try {
    return previewExport(await readExportBytes(bytes, name), name);
  } catch (error) {
    if (error instanceof ExportFileError) return { ok: false, problems: [error.text] };
    throw error;
  }
}

/** Thrown when the chosen file cannot be read as an .xlsx export: the message in Vietnamese, `text` for other languages. */
export class ExportFileError extends Error {
  constructor(readonly text: Msg) {
    super(vi(text));
    this.name = 'ExportFileError';
  }
}

/**
 * Reads an export the user chose in the task pane (bytes, no file system): every visible
 * sheet as a grid. An old binary .xls (or an encrypted workbook, the same container) gets
 * the way forward: save it as .xlsx in Excel.
 */
export async function readExportBytes(bytes: ArrayBuffer, name: string): Promise<ExportGrid[]> {
  const head = new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength));
  if (startsWith(head, CFB_MAGIC)) {
    throw new ExportFileError(msg('import.file.xls', { file: name }));
  }
  if (!startsWith(head, ZIP_MAGIC)) throw new ExportFileError(msg('import.file.notXlsx', { file: name }));
  try {
    // The decompression guard, as for the other files the pane reads, before anything is inflated.
    checkZipSizes(Buffer.from(bytes));
  } catch (error) {
    if (error instanceof ZipBombError) throw new ExportFileError(msg('file.tooLarge', { file: name, detail: error.detail }));
    if (error instanceof ZipFormatError) throw new ExportFileError(msg('file.corrupt', { file: name }));
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new ExportFileError(msg('import.file.corrupt', { file: name, error: error instanceof Error ? error.message : String(error) }));
  }
  return visibleGrids(workbook);
}
