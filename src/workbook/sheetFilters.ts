import type { PackageFiles } from './zipPackage';
import { sheetParts } from './packagePaths';
import { attribute, unescapeXml } from './xml';

/**
 * A worksheet's own filter (a plain range filtered, not a table): exceljs keeps only its
 * range and writes `<autoFilter ref="…"/>`, dropping the filter conditions and the sort
 * state while the rows they hid stay hidden. The element is read as it is in the file (with
 * a `<sortState>` following it) and put back, byte for byte, in place of the one exceljs
 * writes — when that one still covers the same range.
 *
 * Only sheets Excel marks as filtered are read: Excel (and LibreOffice) name every sheet
 * filter `_xlnm._FilterDatabase`, scoped to its sheet, so a 100,000-row sheet without a
 * filter is not decoded for it.
 */

const AUTO_FILTER = /<autoFilter\b(?:[^>"]|"[^"]*")*?\/>|<autoFilter\b[\s\S]*?<\/autoFilter>/;
const SORT_STATE_AFTER = /^\s*(?:<sortState\b(?:[^>"]|"[^"]*")*?\/>|<sortState\b[\s\S]*?<\/sortState>)/;
const FILTER_DATABASE = '_xlnm._filterdatabase';

/** A worksheet part from its cell data's end on: what follows `<sheetData>` is small, the rows never become one string. */
function sheetEnd(bytes: Buffer): { head: Buffer; tail: string } {
  const at = Math.max(bytes.lastIndexOf('</sheetData>'), 0);
  return { head: bytes.subarray(0, at), tail: bytes.toString('utf8', at) };
}

/** The sheet's own filter in the end of a worksheet part, as read; none → undefined. */
export function sheetFilterOf(tail: string): string | undefined {
  const match = AUTO_FILTER.exec(tail);
  if (!match) return undefined;
  const sortState = SORT_STATE_AFTER.exec(tail.slice(match.index + match[0].length))?.[0] ?? '';
  return match[0] + sortState.trimStart();
}

/** The sheet filters of the package, by sheet name, for the sheets the defined names mark as filtered. */
export async function readSheetFilters(zip: PackageFiles, definedNamesXml: readonly string[]): Promise<Record<string, string>> {
  const filtered = new Set(
    definedNamesXml
      .filter((e) => unescapeXml(attribute(e, 'name') ?? '').toLowerCase() === FILTER_DATABASE)
      .map((e) => Number(attribute(e, 'localSheetId'))),
  );
  const filters: Record<string, string> = {};
  if (filtered.size === 0) return filters;
  const sheets = await sheetParts(zip);
  for (const [index, sheet] of sheets.entries()) {
    if (!filtered.has(index)) continue;
    const bytes = await zip.file(sheet.path)?.async('nodebuffer');
    const filter = bytes ? sheetFilterOf(sheetEnd(bytes).tail) : undefined;
    if (filter !== undefined) filters[sheet.name] = filter;
  }
  return filters;
}

/** Puts the sheet filters read back into a package written by exceljs. */
export async function writeSheetFilters(zip: PackageFiles, filters: Readonly<Record<string, string>>): Promise<void> {
  if (Object.keys(filters).length === 0) return;
  for (const sheet of await sheetParts(zip)) {
    const original = filters[sheet.name];
    if (original === undefined) continue;
    const bytes = await zip.file(sheet.path)?.async('nodebuffer');
    if (!bytes) continue;
    const { head, tail } = sheetEnd(bytes);
    const written = AUTO_FILTER.exec(tail);
    if (!written || attribute(written[0], 'ref') !== attribute(original, 'ref')) continue;
    const patched = tail.slice(0, written.index) + original + tail.slice(written.index + written[0].length);
    zip.file(sheet.path, Buffer.concat([head, Buffer.from(patched, 'utf8')]));
  }
}
