import type ExcelJS from 'exceljs';
import { attribute } from './xml';
import { unescapeXstring } from './xstring';

/**
 * exceljs decodes `_xHHHH_` in shared strings, but neither in a plain inline string
 * (`t="inlineStr"`, written by other tools) nor in a formula's text result (`t="str"`):
 * the cells holding one are found in each worksheet part (see loadPackage.ts) so that
 * their text can be decoded after exceljs has read it.
 */
const HEX = /^[0-9A-Fa-f]{4}$/;

/** Whether the part holds some `_xHHHH_`, looked for in its bytes: a sheet of 100,000 rows is not decoded for nothing. */
function hasEscape(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('_x'); at >= 0; at = bytes.indexOf('_x', at + 2)) {
    if (bytes[at + 6] === 0x5f && HEX.test(bytes.toString('latin1', at + 2, at + 6))) return true;
  }
  return false;
}

/** The cells of a worksheet part holding an inline or formula text with some `_xHHHH_`. */
export function inlineEscapesIn(bytes: Buffer): string[] {
  if (!hasEscape(bytes)) return [];
  const xml = bytes.toString('utf8');
  const refs: string[] = [];
  const texts = /<c\b((?:[^>"]|"[^"]*")*)>(?:\s*<is>\s*<t\b[^>]*>([^<]*)<\/t>\s*<\/is>|\s*(?:<f\b(?:[^>"]|"[^"]*")*(?:\/>|>[^<]*<\/f>))?\s*<v>([^<]*)<\/v>)/g;
  for (const match of xml.matchAll(texts)) {
    const type = attribute(match[1], 't');
    const text = type === 'inlineStr' ? match[2] : type === 'str' ? match[3] : undefined;
    if (text === undefined || !/_x[0-9A-Fa-f]{4}_/.test(text)) continue;
    const ref = attribute(match[1], 'r');
    if (ref) refs.push(ref);
  }
  return refs;
}

export function decodeInlineStrings(workbook: ExcelJS.Workbook, escaped: ReadonlyMap<string, string[]> | undefined): void {
  for (const [sheet, refs] of escaped ?? []) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    for (const ref of refs) {
      const cell = worksheet.getCell(ref);
      const value = cell.value;
      if (typeof value === 'string') cell.value = unescapeXstring(value);
      else if (typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'string') {
        cell.value = { ...value, result: unescapeXstring(value.result) } as ExcelJS.CellValue;
      }
    }
  }
}
