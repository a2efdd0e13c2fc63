/**
 * Workbooks the clerk chooses in the task pane (a unit's workbook to merge, last year's to
 * compare with): read from their bytes in the pane, never sent anywhere. What cannot be read
 * is a message naming the file, never an exception.
 */
import { readUnitReport, type ChosenUnit, type ChosenWorkbook } from '../domain/merge';
import { openPackage, PackageError } from './openPackage';
import { readSnapshot } from './readSnapshot';
import { msg } from '../domain/messages';
import { caseOnlyDuplicateMessage } from './tableNames';
import { checkZipSizes, ZipBombError, ZipFormatError } from './zipDirectory';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export type { ChosenUnit, ChosenWorkbook };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The workbook's snapshot as the .xlsx adapter reads it, or why it cannot be read. */
export async function readChosenWorkbook(name: string, bytes: ArrayBuffer): Promise<ChosenWorkbook> {
  const head = new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength));
  if (startsWith(head, CFB_MAGIC)) {
    return { ok: false, problem: msg('file.xls', { file: name }) };
  }
  if (!startsWith(head, ZIP_MAGIC)) return { ok: false, problem: msg('file.notXlsx', { file: name }) };
  try {
    // The decompression guard, as the command line applies it, before anything is inflated.
    checkZipSizes(Buffer.from(bytes));
  } catch (error) {
    if (error instanceof ZipBombError) return { ok: false, problem: msg('file.tooLarge', { file: name, detail: error.detail }) };
    if (error instanceof ZipFormatError) return { ok: false, problem: msg('file.corrupt', { file: name }) };
    throw error;
  }
  try {
    const { document } = await openPackage(bytes);
    return { ok: true, snapshot: readSnapshot(document) };
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    // Refused as the command line refuses it (see loadPackage.ts).
    if (error.kind === 'caseDuplicate') return { ok: false, problem: caseOnlyDuplicateMessage(name, error.duplicate!) };
    return {
      ok: false,
      problem: error.kind === 'corrupt' ? msg('file.corrupt', { file: name }) : msg('file.noWorkbookPart', { file: name }),
    };
  }
}

/** SHA-256 of the bytes, in lowercase hex (Web Crypto: the browser's, or Node's). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A unit's workbook chosen for "Gộp sổ đơn vị": who sent it, its period and its rows. */
export async function readUnitWorkbook(name: string, bytes: ArrayBuffer): Promise<ChosenUnit> {
  const read = await readChosenWorkbook(name, bytes);
  if (!read.ok) return read;
  return { ok: true, unit: readUnitReport(read.snapshot, name, await sha256Hex(bytes)) };
}
