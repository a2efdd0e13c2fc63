import type { PackageFiles } from './zipPackage';
import { sheetParts } from './packagePaths';
import { attribute, escapeXml, unescapeXml } from './xml';

/**
 * A worksheet's own filter (a plain range filtered, not a table): exceljs keeps only its
 * range and writes `<autoFilter ref="…"/>`, dropping the filter conditions and the sort
 * state while the rows they hid stay hidden, and drops the sheet's `filterMode` mark. The
 * element is read as it is in the file (with a `<sortState>` following it) and put back, byte
 * for byte, in place of the one exceljs writes — when that one still covers the same range —
 * with the mark.
 *
 * Every sheet is looked at, not only those with the hidden name `_xlnm._FilterDatabase`
 * Excel and LibreOffice write with each sheet filter: exceljs and packages made by hand leave
 * it out. LibreOffice sees a sheet filter only through that name, so a filter put back
 * without it gets it, as Excel would write it. No command moves a sheet filter today (exceljs
 * writes the range it read); if a rewrite ever changes the range, the conditions (which
 * count columns from the old range's first) are not put back and the write says so.
 */

const AUTO_FILTER = /<autoFilter\b(?:[^>"]|"[^"]*")*?\/>|<autoFilter\b[\s\S]*?<\/autoFilter>/;
const SORT_STATE_AFTER = /^\s*(?:<sortState\b(?:[^>"]|"[^"]*")*?\/>|<sortState\b[\s\S]*?<\/sortState>)/;
const SHEET_PR = /<sheetPr\b(?:[^>"]|"[^"]*")*?\/?>/;
const FILTER_DATABASE = '_xlnm._FilterDatabase';

/** A sheet's own filter as read. */
export interface SheetFilter {
  /** the `<autoFilter>` element, with the `<sortState>` that followed it */
  xml: string;
  /** the `filterMode` attribute of the sheet's `<sheetPr>`, as read */
  filterMode?: string;
}

/** The sheet's own filter in the end of a worksheet part, as read; none → undefined. */
export function sheetFilterOf(tail: string): string | undefined {
  const match = AUTO_FILTER.exec(tail);
  if (!match) return undefined;
  const sortState = SORT_STATE_AFTER.exec(tail.slice(match.index + match[0].length))?.[0] ?? '';
  return match[0] + sortState.trimStart();
}

/** Where a worksheet part's cell data starts and ends: what is around them is small, the rows never become one string. */
function sheetDataBounds(bytes: Buffer): { start: number; end: number } {
  const found = bytes.indexOf('<sheetData');
  const start = found < 0 ? bytes.length : found;
  const end = bytes.lastIndexOf('</sheetData>');
  return { start, end: end < start ? start : end };
}

/** The sheet's own filter in a worksheet part's bytes; none → undefined. */
export function sheetFilterIn(bytes: Buffer): SheetFilter | undefined {
  const { start, end } = sheetDataBounds(bytes);
  const xml = sheetFilterOf(bytes.toString('utf8', end));
  if (xml === undefined) return undefined;
  const sheetPr = SHEET_PR.exec(bytes.toString('utf8', 0, start))?.[0];
  const filterMode = sheetPr === undefined ? undefined : attribute(sheetPr, 'filterMode');
  return filterMode === undefined ? { xml } : { xml, filterMode };
}

/** Does the filter hold what exceljs drops: a condition or a sort state? */
function hasConditions(filter: SheetFilter): boolean {
  return /<filterColumn\b|<sortState\b/.test(filter.xml);
}

/** `'Theo dõi'!$A$1:$B$5` */
function absoluteRange(sheet: string, ref: string): string {
  const absolute = ref
    .split(':')
    .map((cell) => cell.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** The mark `filterMode` put back on the sheet's `<sheetPr>` (the first element of the worksheet). */
function withFilterMode(head: string, value: string): string {
  const sheetPr = SHEET_PR.exec(head);
  if (sheetPr) {
    if (attribute(sheetPr[0], 'filterMode') !== undefined) return head;
    return head.slice(0, sheetPr.index) + sheetPr[0].replace(/^<sheetPr\b/, `<sheetPr filterMode="${value}"`) + head.slice(sheetPr.index + sheetPr[0].length);
  }
  return head.replace(/<worksheet\b(?:[^>"]|"[^"]*")*>/, (start) => `${start}<sheetPr filterMode="${value}"/>`);
}

export interface SheetFiltersWritten {
  /** `_xlnm._FilterDatabase` names for the filters put back without one, to add to the workbook's */
  names: string[];
  /** one Vietnamese sentence per filter whose conditions could not be kept */
  warnings: string[];
}

/**
 * Puts the sheet filters read back into a package written by exceljs. `definedNamesXml` are
 * the workbook's names as they will be written, to see which filters have theirs.
 */
export async function writeSheetFilters(
  zip: PackageFiles,
  filters: Readonly<Record<string, SheetFilter>>,
  definedNamesXml: readonly string[],
): Promise<SheetFiltersWritten> {
  const result: SheetFiltersWritten = { names: [], warnings: [] };
  if (Object.keys(filters).length === 0) return result;
  const named = new Set(
    definedNamesXml.filter((e) => unescapeXml(attribute(e, 'name') ?? '').toLowerCase() === FILTER_DATABASE.toLowerCase()).map((e) => attribute(e, 'localSheetId')),
  );
  const sheets = await sheetParts(zip);
  for (const [name, original] of Object.entries(filters)) {
    const index = sheets.findIndex((s) => s.name === name);
    const bytes = index < 0 ? undefined : await zip.file(sheets[index].path)?.async('nodebuffer');
    const { start, end } = bytes ? sheetDataBounds(bytes) : { start: 0, end: 0 };
    const tail = bytes ? bytes.toString('utf8', end) : '';
    const written = AUTO_FILTER.exec(tail);
    const from = attribute(original.xml, 'ref');
    const to = written ? attribute(written[0], 'ref') : undefined;
    if (!bytes || !written || to !== from) {
      if (hasConditions(original)) {
        const now = to === undefined ? 'không còn' : `nay là ${to}`;
        result.warnings.push(`Cảnh báo: không giữ được điều kiện lọc của bộ lọc ở trang "${name}" (vùng lọc ${from} ${now}); các dòng đang ẩn vẫn ẩn. Hãy lọc lại trong Excel.`);
      }
      continue;
    }
    let head = bytes.toString('utf8', 0, start);
    if (original.filterMode !== undefined) head = withFilterMode(head, original.filterMode);
    const patched = tail.slice(0, written.index) + original.xml + tail.slice(written.index + written[0].length);
    zip.file(sheets[index].path, Buffer.concat([Buffer.from(head, 'utf8'), bytes.subarray(start, end), Buffer.from(patched, 'utf8')]));
    if (!named.has(String(index)) && from !== undefined) {
      result.names.push(`<definedName name="${FILTER_DATABASE}" localSheetId="${index}" hidden="1">${escapeXml(absoluteRange(name, from))}</definedName>`);
    }
  }
  return result;
}

