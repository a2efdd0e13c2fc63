import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCustomXmlParts } from './customXml';
import { readDefinedNamesXml } from './definedNames';
import type { XlsxDocument } from './document';
import { decodeInlineStrings, inlineEscapes } from './inlineStrings';
import { findSummaryCharts, removeSummaryCharts } from './summaryCharts';
import { takeTables } from './tableParts';
import { unsupportedParts } from './unsupportedParts';

export interface LoadedWorkbook {
  document: XlsxDocument;
  /** what the package holds that a rewrite would lose (Vietnamese labels) */
  unsupported: string[];
  /** charts of ours on "Tổng hợp" that the rewrite leaves out (see summaryCharts.ts) */
  droppedCharts: number;
}

/** Why a package cannot be opened; the caller words it (it knows the file's name). */
export class PackageError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'notWorkbook',
    readonly cause: unknown,
  ) {
    super(kind === 'corrupt' ? `corrupt package: ${cause instanceof Error ? cause.message : String(cause)}` : 'no xl/workbook.xml');
    this.name = 'PackageError';
  }
}

/**
 * Opens an .xlsx package from its bytes, with no file system: the command line (after its
 * own checks on the file) and the task pane (a file the clerk chose) share it.
 */
export async function openPackage(bytes: Uint8Array | ArrayBuffer): Promise<LoadedWorkbook> {
  let zip: JSZip;
  try {
    // jszip works in the browser too (the command line reads with zlib, see file.ts).
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new PackageError('corrupt', error);
  }
  if (!zip.file('xl/workbook.xml')) throw new PackageError('notWorkbook', null);
  const summaryCharts = await findSummaryCharts(zip);
  const unsupported = unsupportedParts(zip, new Set(summaryCharts?.parts));
  if (summaryCharts) await removeSummaryCharts(zip, summaryCharts);
  const customXml = await readCustomXmlParts(zip);
  const definedNamesXml = await readDefinedNamesXml(zip);
  const workbook = new ExcelJS.Workbook();
  let tables;
  let escapedInline;
  try {
    // exceljs gets the package without its tables (see tableParts.ts).
    tables = await takeTables(zip);
    escapedInline = await inlineEscapes(zip);
    const withoutTables = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    await workbook.xlsx.load(withoutTables as unknown as ArrayBuffer);
  } catch (error) {
    throw new PackageError('corrupt', error);
  }
  decodeInlineStrings(workbook, escapedInline);
  return { document: { workbook, tables, customXml, definedNamesXml }, unsupported, droppedCharts: summaryCharts?.count ?? 0 };
}
