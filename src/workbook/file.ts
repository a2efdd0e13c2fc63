import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeCustomXmlParts } from './customXml';
import { writeDefinedNamesXml } from './definedNames';
import type { XlsxDocument } from './document';
import { caseOnlyDuplicateSentence } from './tableNames';
import { WorkbookFileError } from './errors';
import { writeTables } from './tableParts';
import { writeSheetFilters } from './sheetFilters';
import { loadPackage, PackageError, type LoadedWorkbook } from './loadPackage';
import { loadParts } from './excelJsLoad';
import './exactDates';
import { escapeCellTexts } from './xstring';
import { writeParts } from './excelJsWrite';
import { PackageParts, ZipBombError } from './zipPackage';

export type { LoadedWorkbook };

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/**
 * An OLE compound file is either an encrypted .xlsx (Excel wraps it with an EncryptionInfo
 * stream) or an old binary .xls (a "Workbook" or "Book" stream).
 */
function compoundFileError(bytes: Buffer, path: string): WorkbookFileError {
  const encrypted = bytes.includes(utf16('EncryptionInfo'));
  const legacy = !encrypted && (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book')));
  if (legacy) {
    return new WorkbookFileError(
      `Tệp "${path}" là tệp Excel 97-2003 (.xls), không phải tệp Excel .xlsx; hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
      'badFile',
    );
  }
  return new WorkbookFileError(`Tệp "${path}" được đặt mật khẩu; hãy bỏ mật khẩu trong Excel rồi chạy lại.`, 'badFile');
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookFileError(`"${path}" là thư mục, không phải tệp Excel .xlsx.`, 'badFile');
    // Reading a FIFO or a device would wait for a writer that may never come.
    if (!stat.isFile()) throw new WorkbookFileError(`"${path}" không phải tệp thông thường (ống dẫn, thiết bị…), không phải tệp Excel .xlsx.`, 'badFile');
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`Không tìm thấy tệp "${path}".`, 'badFile');
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookFileError(`Không có quyền đọc tệp "${path}".`, 'badFile');
    throw new WorkbookFileError(`Không đọc được tệp "${path}": ${(error as Error).message}`, 'badFile');
  }
}

function corrupt(path: string, error: unknown): WorkbookFileError {
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookFileError(
    `Tệp "${path}" bị hỏng, không đọc được (${detail}); hãy mở thử trong Excel rồi lưu lại.`,
    'badFile',
  );
}

export async function loadWorkbookFile(path: string): Promise<LoadedWorkbook> {
  const bytes = await readBytes(path);
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) throw compoundFileError(bytes, path);
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw new WorkbookFileError(`Tệp "${path}" không phải tệp Excel .xlsx.`, 'badFile');
  }
  let zip: PackageParts;
  try {
    // Large parts stay deflated until read (see zipPackage.ts).
    zip = await PackageParts.open(bytes);
  } catch (error) {
    if (error instanceof ZipBombError) {
      throw new WorkbookFileError(`Tệp "${path}" không được đọc: ${error.message}. Tệp Excel bình thường không như vậy; hãy mở tệp trong Excel và lưu lại.`, 'badFile');
    }
    throw corrupt(path, error);
  }
  try {
    // The parts go to exceljs's parsers directly, piece by piece (see excelJsLoad.ts).
    return await loadPackage(zip, (workbook) => loadParts(workbook, zip));
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    if (error.kind === 'notWorkbook') {
      throw new WorkbookFileError(`Tệp "${path}" không phải tệp Excel .xlsx (không có phần sổ tính xl/workbook.xml).`, 'badFile');
    }
    if (error.kind === 'caseDuplicate') throw new WorkbookFileError(caseOnlyDuplicateSentence(path, error.duplicate!), 'badFile');
    throw corrupt(path, error.cause);
  }
}

/** Stops a command that would rewrite a workbook holding parts exceljs drops. */
export function refuseUnsupported(loaded: LoadedWorkbook, path: string): void {
  if (loaded.unsupported.length === 0) return;
  throw new WorkbookFileError(
    `Tệp "${path}" có ${loaded.unsupported.join(', ')}; lệnh tongket không ghi được tệp này mà không làm mất ` +
      'các phần đó, nên không thay đổi gì. Hãy mở tệp trong Excel và dùng phần bổ trợ Tổng kết.',
    'refused',
  );
}

/**
 * The package exceljs writes, with what it does not model put back, and what it could not
 * put back (one Vietnamese sentence each).
 */
export async function workbookBuffer(document: XlsxDocument): Promise<{ bytes: Buffer; warnings: string[] }> {
  // The cached results are the domain's; Excel recomputes everything on opening anyway.
  document.workbook.calcProperties.fullCalcOnLoad = true;
  const restoreTexts = escapeCellTexts(document.workbook);
  let zip;
  try {
    // The worksheets are deflated as exceljs renders them (see excelJsWrite.ts).
    zip = await writeParts(document.workbook);
  } finally {
    restoreTexts();
  }
  await writeTables(zip, document.tables);
  // A filter put back without its hidden name gets one (see sheetFilters.ts).
  const filters = await writeSheetFilters(zip, document.sheetFilters ?? {}, document.definedNamesXml);
  await writeDefinedNamesXml(zip, [...document.definedNamesXml, ...filters.names]);
  await writeCustomXmlParts(zip, document.customXml);
  return { bytes: zip.toZip(), warnings: filters.warnings };
}

/**
 * The file a write must replace: a link's target (the link stays, as when Excel saves
 * through it), with its permission bits and owner. Refuses a read-only file and anything
 * that is not a regular file.
 */
async function replacedFile(path: string): Promise<{ path: string; mode: number; uid: number; gid: number } | null> {
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const stat = await fs.stat(target);
  if (!stat.isFile()) throw new WorkbookFileError(`Không ghi được tệp "${path}": đó không phải tệp thông thường (thư mục, ống dẫn, thiết bị…).`, 'cannotWrite');
  // The read-only attribute is the owner's decision, whoever runs the command (root included).
  if ((stat.mode & 0o222) === 0) {
    throw new WorkbookFileError(`Không ghi được tệp "${path}": tệp chỉ đọc. Bỏ thuộc tính chỉ đọc hoặc ghi ra tệp khác bằng -o.`, 'cannotWrite');
  }
  return { path: target, mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
}

/** Gives the new file the replaced one's owner; only root may give a file away, others already own it. */
async function keepOwner(path: string, owner: { uid: number; gid: number }): Promise<void> {
  try {
    await fs.chown(path, owner.uid, owner.gid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a
 * failure leaves any existing file as it was; the new file keeps the replaced one's
 * permissions and owner. Returns what the rewrite could not keep, one Vietnamese sentence
 * each, for the command to say.
 */
export async function saveWorkbookFile(document: XlsxDocument, path: string): Promise<string[]> {
  const { bytes, warnings } = await workbookBuffer(document);
  let temporary: string | null = null;
  try {
    const replaced = await replacedFile(path);
    const target = replaced?.path ?? path;
    temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tongket.tmp`);
    // A new file gets the usual permissions; a replaced one is private until it has its own.
    await fs.writeFile(temporary, bytes, replaced ? { mode: 0o600 } : {});
    if (replaced) {
      await keepOwner(temporary, replaced);
      await fs.chmod(temporary, replaced.mode);
    }
    await fs.rename(temporary, target);
    return warnings;
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    if (temporary) await fs.rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? ' Nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại.' : '';
    throw new WorkbookFileError(`Không ghi được tệp "${path}": ${(error as Error).message}.${hint}`, 'cannotWrite');
  }
}
