/**
 * Charts as Excel writes them, added to a package with jszip: the worksheet's <drawing>, its
 * relationship, a drawing part with one graphic frame per chart, the chart parts with their
 * style and colour parts, and the content types. "Tính tổng hợp" in Excel leaves two such
 * charts on "Tổng hợp".
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { relsPathOf, sheetParts } from '../../src/workbook/packagePaths';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** What else the drawing holds besides the charts. */
export type DrawingExtra = 'none' | 'picture' | 'shape';

export interface ChartOptions {
  charts?: number;
  extra?: DrawingExtra;
}

/** A 1×1 transparent PNG. */
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function anchor(index: number, content: string): string {
  const row = 1 + index * 18;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 15}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `${content}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function chartFrame(index: number): string {
  return (
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}">` +
    `<a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{0000000${index}-0000-0000-0000-000000000000}"/></a:ext></a:extLst>` +
    '</xdr:cNvPr><xdr:cNvGraphicFramePr><a:graphicFrameLocks/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame>'
  );
}

const PICTURE =
  '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="90" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
  `<xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rIdPicture"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>';

const SHAPE =
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="91" name="Rectangle 1"/><xdr:cNvSpPr/></xdr:nvSpPr>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="476250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>';

/** A pie chart of three cells of the sheet, as DrawingML. */
function chartXml(sheet: string, index: number): string {
  const ref = `'${sheet.replace(/'/g, "''")}'!$A$1:$A$3`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Biểu đồ ${index + 1}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:val><c:numRef><c:f>${ref.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>` +
    '<c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val>' +
    '</c:ser><c:firstSliceAng val="0"/></c:pieChart></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function relsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const elements = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}">${elements}</Relationships>`;
}

function addRelationship(existing: string | undefined, rel: { id: string; type: string; target: string }): string {
  const element = `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/>`;
  return existing ? existing.replace('</Relationships>', `${element}</Relationships>`) : relsXml([rel]);
}

/** Puts `<drawing>` where the schema wants it: before legacyDrawing, tableParts or extLst. */
function withDrawingElement(sheetXml: string, rId: string): string {
  const element = `<drawing r:id="${rId}"/>`;
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/**
 * Anchors `charts` charts (two by default) on `sheet` of the package at `file`, in a new
 * drawing part, with a picture or a shape beside them if asked.
 */
export async function addChartsToSheet(file: string, sheet: string, options: ChartOptions = {}): Promise<void> {
  const count = options.charts ?? 2;
  const extra = options.extra ?? 'none';
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = (await sheetParts(zip)).find((p) => p.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);

  const sheetRels = relsPathOf(part.path);
  zip.file(sheetRels, addRelationship(await zip.file(sheetRels)?.async('string'), { id: 'rIdDrawing1', type: `${REL}/drawing`, target: '../drawings/drawing1.xml' }));
  zip.file(part.path, withDrawingElement(await zip.file(part.path)!.async('string'), 'rIdDrawing1'));

  const anchors = Array.from({ length: count }, (_, i) => anchor(i, chartFrame(i)));
  if (extra === 'picture') anchors.push(anchor(count, PICTURE));
  if (extra === 'shape') anchors.push(anchor(count, SHAPE));
  zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`);
  const drawingRels = Array.from({ length: count }, (_, i) => ({ id: `rId${i + 1}`, type: `${REL}/chart`, target: `../charts/chart${i + 1}.xml` }));
  if (extra === 'picture') {
    drawingRels.push({ id: 'rIdPicture', type: `${REL}/image`, target: '../media/image1.png' });
    zip.file('xl/media/image1.png', PIXEL_PNG);
  }
  zip.file('xl/drawings/_rels/drawing1.xml.rels', relsXml(drawingRels));

  const overrides = ['<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'];
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet, i));
    zip.file(`xl/charts/style${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${A}" id="251"/>`);
    zip.file(`xl/charts/colors${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${A}" meth="cycle" id="10"/>`);
    zip.file(
      `xl/charts/_rels/chart${n}.xml.rels`,
      relsXml([
        { id: 'rId1', type: 'http://schemas.microsoft.com/office/2011/relationships/chartStyle', target: `style${n}.xml` },
        { id: 'rId2', type: 'http://schemas.microsoft.com/office/2011/relationships/chartColorStyle', target: `colors${n}.xml` },
      ]),
    );
    overrides.push(
      `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      `<Override PartName="/xl/charts/style${n}.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/>`,
      `<Override PartName="/xl/charts/colors${n}.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/>`,
    );
  }
  let types = await zip.file('[Content_Types].xml')!.async('string');
  if (extra === 'picture' && !/Extension="png"/.test(types)) overrides.unshift('<Default Extension="png" ContentType="image/png"/>');
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', types);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
