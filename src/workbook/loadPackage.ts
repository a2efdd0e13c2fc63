import ExcelJS from 'exceljs';
import { readCustomXmlParts } from './customXml';
import { readDefinedNamesXml } from './definedNames';
import type { TableModel, XlsxDocument } from './document';
import { decodeInlineStrings, inlineEscapesIn } from './inlineStrings';
import { sheetParts } from './packagePaths';
import { sheetFilterIn, type SheetFilter } from './sheetFilters';
import { findSummaryCharts, removeSummaryCharts } from './summaryCharts';
import { takeTables } from './tableParts';
import { caseOnlyDuplicateTables } from './tableNames';
import { unsupportedParts } from './unsupportedParts';
import type { PackageFiles } from './zipPackage';

/**
 * What is done to an .xlsx package once its zip is open, the same whoever opened it: the
 * command line (zlib, zipPackage.ts, via file.ts) and the task pane (jszip, openPackage.ts).
 * A step added here is taken by both; only how the zip is read and how its parts reach
 * exceljs differ.
 *
 * One difference stays, in exceljs itself: date-times keep their exact stored serial through
 * exactDates.ts, which patches exceljs's Node build and is loaded by file.ts; the pane's
 * exceljs is its browser bundle, which cannot be patched so, and rounds a date-time to the
 * millisecond as exceljs always did.
 */

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
    readonly kind: 'corrupt' | 'notWorkbook' | 'caseDuplicate',
    readonly cause: unknown,
    /** for 'caseDuplicate': the two tables whose names differ only in case (see tableNames.ts) */
    readonly duplicate: [TableModel, TableModel] | null = null,
  ) {
    super(
      kind === 'corrupt'
        ? `corrupt package: ${cause instanceof Error ? cause.message : String(cause)}`
        : kind === 'notWorkbook'
          ? 'no xl/workbook.xml'
          : `table names differing only in case: ${duplicate?.map((t) => t.name).join(', ')}`,
    );
    this.name = 'PackageError';
  }
}

/**
 * What is read from the worksheet parts before exceljs does: the cells whose texts it would
 * not decode (see inlineStrings.ts) and the sheets' own filters (see sheetFilters.ts). Each
 * part is inflated once for both.
 */
async function readSheets(zip: PackageFiles): Promise<{ escapedInline: Map<string, string[]>; sheetFilters: Record<string, SheetFilter> }> {
  const escapedInline = new Map<string, string[]>();
  const sheetFilters: Record<string, SheetFilter> = {};
  for (const sheet of await sheetParts(zip)) {
    const scanned = await scanSheet(zip, sheet.path);
    if (!scanned) continue;
    if (scanned.refs.length > 0) escapedInline.set(sheet.name, scanned.refs);
    if (scanned.filter) sheetFilters[sheet.name] = scanned.filter;
  }
  return { escapedInline, sheetFilters };
}

const ROW_END = Buffer.from('</row>', 'utf8');
const SHEET_DATA = Buffer.from('<sheetData', 'utf8');

/**
 * One worksheet part read for readSheets: whole from a package that only gives whole parts;
 * piece by piece from one that streams them (PackageParts), whole rows at a time, keeping
 * only what comes before and after the rows — a sheet of 100,000 rows inflated whole left
 * hundreds of megabytes of freed pieces in the C heap, which the process never gave back.
 */
async function scanSheet(zip: PackageFiles, path: string): Promise<{ refs: string[]; filter: SheetFilter | undefined } | null> {
  const source = zip.pieces?.(path);
  if (!source) {
    const bytes = await zip.file(path)?.async('nodebuffer');
    return bytes ? { refs: inlineEscapesIn(bytes), filter: sheetFilterIn(bytes) } : null;
  }
  const refs: string[] = [];
  let head: Buffer | null = null;
  // what follows the last whole row so far, in pieces (joined once a row ends: no copying
  // the part over and over when rows are long or never end, as in a prefixed `<x:row>` part)
  let pending: Buffer[] = [];
  let tail = Buffer.alloc(0);
  for await (const piece of source) {
    // a row's end may straddle the pieces: look in the last bytes before this piece too
    const window = Buffer.concat([tail, piece]);
    const at = window.lastIndexOf(ROW_END);
    if (at < 0) {
      pending.push(piece);
      tail = Buffer.from(window.subarray(Math.max(window.length - (ROW_END.length - 1), 0)));
      continue;
    }
    const cut = at + ROW_END.length - tail.length; // in this piece
    const rows = Buffer.concat([...pending, piece.subarray(0, cut)]);
    refs.push(...inlineEscapesIn(rows));
    // the part's beginning, up to its rows, for the filter's sheet properties
    if (head === null) head = Buffer.from(rows.subarray(0, Math.max(rows.indexOf(SHEET_DATA), 0)));
    const after = Buffer.from(piece.subarray(cut));
    pending = [after];
    tail = Buffer.from(after.subarray(Math.max(after.length - (ROW_END.length - 1), 0)));
  }
  const rest = Buffer.concat(pending);
  refs.push(...inlineEscapesIn(rest));
  // the part without its rows: what sheetFilterIn reads is before and after them
  const rowless = head === null ? rest : Buffer.concat([head, Buffer.from('<sheetData>', 'utf8'), rest]);
  return { refs, filter: sheetFilterIn(rowless) };
}

/**
 * The workbook in an open package. `loadInto` gives exceljs the package's parts as they are
 * left (tables taken out, see tableParts.ts) and may use them up. Refuses (PackageError) a
 * package without a workbook part, one exceljs cannot read, and one whose table names differ
 * only in case; other errors are thrown as they come.
 */
export async function loadPackage(zip: PackageFiles, loadInto: (workbook: ExcelJS.Workbook) => Promise<void>): Promise<LoadedWorkbook> {
  if (!zip.file('xl/workbook.xml')) throw new PackageError('notWorkbook', null);
  const summaryCharts = await findSummaryCharts(zip);
  const unsupported = unsupportedParts(zip, new Set(summaryCharts?.parts));
  if (summaryCharts) await removeSummaryCharts(zip, summaryCharts);
  const customXml = await readCustomXmlParts(zip);
  const definedNamesXml = await readDefinedNamesXml(zip);
  const workbook = new ExcelJS.Workbook();
  let tables;
  let escapedInline;
  let sheetFilters;
  try {
    // exceljs gets the package without its tables (see tableParts.ts).
    tables = await takeTables(zip);
    ({ escapedInline, sheetFilters } = await readSheets(zip));
    await loadInto(workbook);
  } catch (error) {
    throw new PackageError('corrupt', error);
  }
  decodeInlineStrings(workbook, escapedInline);
  // Which of the two tables a formula means is anyone's guess: refused, as a bad file.
  const duplicate = caseOnlyDuplicateTables(tables);
  if (duplicate) throw new PackageError('caseDuplicate', null, duplicate);
  return { document: { workbook, tables, customXml, definedNamesXml, sheetFilters }, unsupported, droppedCharts: summaryCharts?.count ?? 0 };
}
