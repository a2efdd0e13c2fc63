import ExcelJS from 'exceljs';
import { previewExport, type ExportGrid, type ExportPreview } from '../domain/import/bieu06';
import { visibleGrids } from './exportSheetGrid';

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
    if (error instanceof ExportFileError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/** Thrown with a Vietnamese sentence when the chosen file cannot be read as an .xlsx export. */
export class ExportFileError extends Error {
  constructor(message: string) {
    super(message);
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
    throw new ExportFileError(
      `Tệp "${name}" là tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu; hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx (Excel Workbook) và chọn tệp đó.`,
    );
  }
  if (!startsWith(head, ZIP_MAGIC)) throw new ExportFileError(`Tệp "${name}" không phải tệp Excel .xlsx.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new ExportFileError(`Tệp "${name}" bị hỏng, không đọc được (${error instanceof Error ? error.message : String(error)}); hãy mở thử trong Excel rồi lưu lại.`);
  }
  return visibleGrids(workbook);
}
