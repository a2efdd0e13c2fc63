import type { PackageFiles } from './zipPackage';
import { FORMAT_XML_NAMESPACE, formatXml, parseFormatXml } from '../domain/contract/layout';
import { escapeXml } from './xml';

/**
 * Custom XML parts (customXml/itemN.xml). exceljs neither reads nor writes them, so they are
 * read from the package here and written back after exceljs by `writeCustomXmlParts`. The
 * format version lives in one of them, as the add-in stores it through Office.js.
 */
export interface CustomXmlItem {
  xml: string;
  /** the item's properties part (datastoreItem), verbatim; null when the item has none */
  propsXml: string | null;
}

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

function isOurs(item: CustomXmlItem): boolean {
  return item.xml.includes(FORMAT_XML_NAMESPACE);
}

export async function readCustomXmlParts(zip: PackageFiles): Promise<CustomXmlItem[]> {
  const items = Object.keys(zip.files)
    .map((path) => /^customXml\/item(\d+)\.xml$/.exec(path))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  const result: CustomXmlItem[] = [];
  for (const match of items) {
    const xml = await zip.file(match[0])!.async('string');
    const rels = await zip.file(`customXml/_rels/item${match[1]}.xml.rels`)?.async('string');
    const target = rels ? /Target="([^"]+)"/.exec(rels)?.[1] : undefined;
    const propsXml = target ? ((await zip.file(`customXml/${target}`)?.async('string')) ?? null) : null;
    result.push({ xml, propsXml });
  }
  return result;
}

/** The contract version recorded in the parts, or null when none of them is ours. */
export function formatVersionOf(items: readonly CustomXmlItem[]): number | null {
  const ours = items.find(isOurs);
  return ours ? parseFormatXml(ours.xml) : null;
}

/** Records the version, replacing our part if there is one. */
export function setFormatVersion(items: CustomXmlItem[], version: number): void {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${formatXml(version)}`;
  const index = items.findIndex(isOurs);
  if (index >= 0) {
    items[index] = { ...items[index], xml };
    return;
  }
  const propsXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' +
    `<ds:datastoreItem ds:itemID="{${globalThis.crypto.randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(FORMAT_XML_NAMESPACE)}"/></ds:schemaRefs></ds:datastoreItem>`;
  items.push({ xml, propsXml });
}

/** Adds the parts to a package written by exceljs (which has none). */
export async function writeCustomXmlParts(zip: PackageFiles, items: readonly CustomXmlItem[]): Promise<void> {
  if (items.length === 0) return;
  const relsPath = 'xl/_rels/workbook.xml.rels';
  let workbookRels = await zip.file(relsPath)!.async('string');
  let contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  items.forEach((item, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, item.xml);
    workbookRels = workbookRels.replace(
      '</Relationships>',
      `<Relationship Id="rIdTongKetCustomXml${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`,
    );
    if (item.propsXml !== null) {
      zip.file(`customXml/itemProps${n}.xml`, item.propsXml);
      zip.file(
        `customXml/_rels/item${n}.xml.rels`,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
      );
      contentTypes = contentTypes.replace(
        '</Types>',
        `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`,
      );
    }
  });
  if (!/<Default Extension="xml"/.test(contentTypes)) {
    contentTypes = contentTypes.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  }
  zip.file(relsPath, workbookRels);
  zip.file('[Content_Types].xml', contentTypes);
}
