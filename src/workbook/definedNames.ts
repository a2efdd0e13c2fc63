import type { PackageFiles } from './zipPackage';
import { attribute } from './xml';

/**
 * exceljs keeps only the defined names that are plain ranges and forgets their sheet scope.
 * The original `<definedName>` elements are kept verbatim and put back after exceljs writes;
 * names exceljs adds (ours, print areas it regenerates) follow when they are new. exceljs
 * never makes a sheet filter's `_xlnm._FilterDatabase` itself: one it writes is a read one
 * echoed without its sheet scope, and is left out.
 */

const WORKBOOK = 'xl/workbook.xml';
const ELEMENT = /<definedName\b(?:[^>"]|"[^"]*")*?(?:\/>|>[\s\S]*?<\/definedName>)/g;

function key(element: string): string {
  return `${attribute(element, 'name')?.toLowerCase()}|${attribute(element, 'localSheetId') ?? ''}`;
}

export async function readDefinedNamesXml(zip: PackageFiles): Promise<string[]> {
  const xml = await zip.file(WORKBOOK)?.async('string');
  return xml ? (xml.match(ELEMENT) ?? []) : [];
}

export async function writeDefinedNamesXml(zip: PackageFiles, original: readonly string[]): Promise<void> {
  if (original.length === 0) return;
  const xml = await zip.file(WORKBOOK)!.async('string');
  const written = xml.match(ELEMENT) ?? [];
  const kept = new Set(original.map(key));
  const echo = (e: string) => attribute(e, 'name')?.toLowerCase() === '_xlnm._filterdatabase';
  const merged = [...original, ...written.filter((e) => !kept.has(key(e)) && !echo(e))];
  const block = `<definedNames>${merged.join('')}</definedNames>`;
  const patched = /<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/.test(xml)
    ? xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, block)
    : xml.replace('</sheets>', `</sheets>${block}`);
  zip.file(WORKBOOK, patched);
}
