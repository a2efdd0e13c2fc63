import type { PackageFiles, PartEnd } from './zipPackage';
import type { TableColumnModel, TableModel } from './document';
import { relationships, relsPathOf, sheetParts } from './packagePaths';
import { attribute, elementPattern, escapeXml, unescapeXml } from './xml';

/**
 * Excel tables are read and written here, not by exceljs: exceljs 4.4 stops reading a
 * table's columns at the first calculated column (and then fails on the filter), hides
 * every filter button on a rewrite, and writes neither calculated-column nor totals-row
 * formulas. The package given to exceljs has its tables removed; after exceljs writes, the
 * table parts are added back: unchanged tables as read, changed or new ones from the model.
 */

const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DEFAULT_STYLE_INFO =
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>';

/**
 * Differential formats (dxf) are indexes into styles.xml, which exceljs rewrites with other
 * indexes: a kept reference would point at the wrong format or none. They only style rows
 * Excel adds later; the cells keep their own formats.
 */
const STYLE_REFERENCE = /\s(?:dataDxfId|headerRowDxfId|totalsRowDxfId|headerRowBorderDxfId|tableBorderDxfId|totalsRowBorderDxfId|headerRowCellStyle|dataCellStyle|totalsRowCellStyle)="[^"]*"/g;

function tableSignature(table: TableModel): string {
  return JSON.stringify([table.ref, table.headerRow, table.totalsRow, table.columns]);
}

function childText(inner: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(inner);
  return match ? unescapeXml(match[1]) : undefined;
}

function parseColumns(xml: string): TableColumnModel[] {
  const columns: TableColumnModel[] = [];
  const pattern = elementPattern('tableColumn');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    const element = match[0];
    let inner = '';
    if (match[2] !== '/') {
      const end = xml.indexOf('</tableColumn>', pattern.lastIndex);
      inner = xml.slice(pattern.lastIndex, end);
    }
    const column: TableColumnModel = { name: attribute(element, 'name') ?? '' };
    const calculated = childText(inner, 'calculatedColumnFormula');
    const totalsFormula = childText(inner, 'totalsRowFormula');
    const label = attribute(element, 'totalsRowLabel');
    const fn = attribute(element, 'totalsRowFunction');
    if (calculated !== undefined) column.calculatedColumnFormula = calculated;
    if (label !== undefined) column.totalsRowLabel = label;
    if (fn !== undefined) column.totalsRowFunction = fn;
    if (totalsFormula !== undefined) column.totalsRowFormula = totalsFormula;
    columns.push(column);
  }
  return columns;
}

function parseTable(xml: string, sheet: string): TableModel | null {
  const open = /<table\b(?:[^>"]|"[^"]*")*>/.exec(xml);
  if (!open) return null;
  const name = attribute(open[0], 'name');
  const ref = attribute(open[0], 'ref');
  if (!name || !ref) return null;
  const table: TableModel = {
    name,
    sheet,
    ref,
    headerRow: attribute(open[0], 'headerRowCount') !== '0',
    totalsRow: Number(attribute(open[0], 'totalsRowCount') ?? '0') > 0,
    columns: parseColumns(xml),
    styleInfoXml: /<tableStyleInfo\b[^>]*\/>/.exec(xml)?.[0] ?? DEFAULT_STYLE_INFO,
  };
  const autoFilter = /<autoFilter\b(?:[^>"]|"[^"]*")*?\/>|<autoFilter\b[\s\S]*?<\/autoFilter>/.exec(xml)?.[0];
  if (autoFilter) table.autoFilterXml = autoFilter;
  table.original = { xml, signature: tableSignature(table) };
  return table;
}

/**
 * A worksheet part from its cell data's end on: `<tableParts>` and `<extLst>` come after
 * `<sheetData>`, so only the small tail is decoded and edited — a sheet of 100,000 rows is
 * hundreds of megabytes of XML, never turned into one string (and a package that streams
 * its parts hands over only the tail).
 */
async function sheetEnd(zip: PackageFiles, path: string): Promise<PartEnd | null> {
  if (zip.partEnd) return await zip.partEnd(path, '</sheetData>');
  const bytes = await zip.file(path)?.async('nodebuffer');
  if (!bytes) return null;
  const at = Math.max(bytes.lastIndexOf('</sheetData>'), 0);
  const head = bytes.subarray(0, at);
  return { text: bytes.toString('utf8', at), replace: (text) => zip.file(path, Buffer.concat([head, Buffer.from(text, 'utf8')])) };
}

/**
 * Reads every table of the package and removes them from it (the zip is the copy given to
 * exceljs): table parts, and the `<tableParts>` element of each sheet.
 */
export async function takeTables(zip: PackageFiles): Promise<TableModel[]> {
  const tables: TableModel[] = [];
  for (const sheet of await sheetParts(zip)) {
    const end = await sheetEnd(zip, sheet.path);
    if (!end) continue;
    const sheetXml = end.text;
    if (!/<tableParts\b/.test(sheetXml)) continue;
    const rels = await relationships(zip, sheet.path);
    const ids = (sheetXml.match(/<tablePart\b[^>]*>/g) ?? []).map((e) => attribute(e, 'r:id'));
    for (const id of ids) {
      const rel = rels.find((r) => r.id === id && r.type === REL_TABLE);
      const xml = rel ? await zip.file(rel.path)?.async('string') : undefined;
      const table = xml ? parseTable(xml, sheet.name) : null;
      if (table) tables.push(table);
      if (rel) zip.remove(rel.path);
    }
    end.replace(sheetXml.replace(/<tableParts\b[^>]*\/>|<tableParts\b[\s\S]*?<\/tableParts>/, ''));
  }
  for (const path of Object.keys(zip.files)) if (/^xl\/tables\//.test(path)) zip.remove(path);
  return tables;
}

/**
 * The table's filter over `ref`: the one read from the file (its conditions, sort state and
 * hidden buttons kept byte for byte) with its range moved, or plain filter buttons.
 */
function autoFilterXml(table: TableModel, ref: string): string {
  if (!table.autoFilterXml) return `<autoFilter ref="${ref}"/>`;
  return table.autoFilterXml.replace(/^(<autoFilter\b(?:[^>"]|"[^"]*")*?\sref=")[^"]*"/, `$1${ref}"`);
}

function generatedXml(table: TableModel, id: number): string {
  const [top, bottom] = table.ref.split(':');
  const rows = /(\d+)$/;
  const lastFilterRow = Number(rows.exec(bottom ?? top)![1]) - (table.totalsRow ? 1 : 0);
  const filterRef = `${top}:${(bottom ?? top).replace(rows, String(lastFilterRow))}`;
  const attributes = [
    `id="${id}"`,
    `name="${escapeXml(table.name)}"`,
    `displayName="${escapeXml(table.name)}"`,
    `ref="${table.ref}"`,
    table.headerRow ? '' : 'headerRowCount="0"',
    table.totalsRow ? 'totalsRowCount="1"' : 'totalsRowShown="0"',
  ].filter(Boolean);
  const columns = table.columns.map((c, i) => {
    const attrs = [`id="${i + 1}"`, `name="${escapeXml(c.name)}"`];
    if (c.totalsRowLabel !== undefined) attrs.push(`totalsRowLabel="${escapeXml(c.totalsRowLabel)}"`);
    if (c.totalsRowFunction !== undefined && c.totalsRowFunction !== 'none') attrs.push(`totalsRowFunction="${c.totalsRowFunction}"`);
    let children = '';
    if (c.calculatedColumnFormula) children += `<calculatedColumnFormula>${escapeXml(c.calculatedColumnFormula)}</calculatedColumnFormula>`;
    if (c.totalsRowFunction === 'custom' && c.totalsRowFormula) children += `<totalsRowFormula>${escapeXml(c.totalsRowFormula)}</totalsRowFormula>`;
    return children ? `<tableColumn ${attrs.join(' ')}>${children}</tableColumn>` : `<tableColumn ${attrs.join(' ')}/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NS}" ${attributes.join(' ')}>` +
    (table.headerRow ? autoFilterXml(table, filterRef) : '') +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    table.styleInfoXml +
    '</table>'
  );
}

/** The part for a table: as read when unchanged (with its new id), else generated. */
function tablePartXml(table: TableModel, id: number): string {
  if (table.original && table.original.signature === tableSignature(table)) {
    return table.original.xml
      .replace(/(<table\b(?:[^>"]|"[^"]*")*?\sid=")[^"]*"/, `$1${id}"`)
      .replace(STYLE_REFERENCE, '');
  }
  return generatedXml(table, id);
}

/**
 * Where `<tableParts>` goes in a worksheet part: last, but before the worksheet's own
 * `<extLst>` (elements nested deeper may have an extLst of their own).
 */
function worksheetExtLstStart(xml: string): number {
  const end = xml.lastIndexOf('</worksheet>');
  if (!/<\/extLst>\s*$/.test(xml.slice(0, end))) return end;
  const tokens = [...xml.slice(0, end).matchAll(/<extLst\b|<\/extLst>/g)];
  let depth = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    depth += tokens[i][0] === '</extLst>' ? 1 : -1;
    if (depth === 0) return tokens[i].index!;
  }
  return end;
}

/** Adds the tables to a package written by exceljs (which holds none). */
export async function writeTables(zip: PackageFiles, tables: readonly TableModel[]): Promise<void> {
  if (tables.length === 0) return;
  const sheets = await sheetParts(zip);
  let contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  let id = 0;
  for (const sheet of sheets) {
    const own = tables.filter((t) => t.sheet === sheet.name);
    if (own.length === 0) continue;
    const relsPath = relsPathOf(sheet.path);
    let rels =
      (await zip.file(relsPath)?.async('string')) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const parts: string[] = [];
    for (const table of own) {
      id++;
      const partName = `table${id}.xml`;
      zip.file(`xl/tables/${partName}`, tablePartXml(table, id));
      const relId = `rIdTongKetTable${id}`;
      rels = rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_TABLE}" Target="../tables/${partName}"/></Relationships>`);
      parts.push(`<tablePart r:id="${relId}"/>`);
      contentTypes = contentTypes.replace('</Types>', `<Override PartName="/xl/tables/${partName}" ContentType="${TABLE_CONTENT_TYPE}"/></Types>`);
    }
    zip.file(relsPath, rels);
    const end = (await sheetEnd(zip, sheet.path))!;
    const element = `<tableParts count="${parts.length}">${parts.join('')}</tableParts>`;
    const at = worksheetExtLstStart(end.text);
    end.replace(end.text.slice(0, at) + element + end.text.slice(at));
  }
  zip.file('[Content_Types].xml', contentTypes);
}
