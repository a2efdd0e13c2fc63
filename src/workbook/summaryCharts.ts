import type { PackageFiles } from './zipPackage';
import { SUMMARY_MARKER_NAME, SUMMARY_SHEET } from '../domain/contract/layout';
import { readDefinedNamesXml } from './definedNames';
import { relationships, relsPathOf, sheetParts, type Relationship } from './packagePaths';
import { attribute, unescapeXml } from './xml';

/**
 * The charts "Tính tổng hợp" draws in Excel on "Tổng hợp". That sheet belongs to Tổng kết
 * when Tổng kết created it (its marker name says so) and is then rewritten whole on every
 * compute, so its charts may be left out of a rewrite (the command line cannot draw them)
 * instead of making the workbook unwritable. Only a drawing made of chart frames alone on a
 * marked sheet qualifies: a picture, a shape or anything else beside them, or charts on a
 * "Tổng hợp" sheet of the user's own, were put there by someone else, and the workbook is
 * refused as before.
 */
export interface SummaryCharts {
  /** how many charts the drawing anchors */
  count: number;
  worksheetPath: string;
  /** the worksheet's relationship to the drawing */
  drawingRelId: string;
  /** the drawing, the charts and their style parts, with their relationship parts */
  parts: string[];
}

const CHART_URIS: readonly string[] = ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'];

/** What Excel relates to a chart part it draws itself: its style, colours, theme override. */
const CHART_COMPANION_TYPES = /\/(chartStyle|chartColorStyle|themeOverride)$/;

/** Elements of a drawing that are not chart frames: pictures, shapes, groups, ink, alternates. */
const FOREIGN_DRAWING_ELEMENT = /<(?:[\w.-]+:)?(pic|sp|grpSp|cxnSp|contentPart|AlternateContent)[\s/>]/;

function isOfType(rel: Relationship, type: string): boolean {
  return rel.type.endsWith(`/${type}`);
}

function allMatches(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1]);
}

/** The relationship id of the worksheet's `<drawing>` element, whatever its prefixes. */
function drawingElementId(worksheetXml: string): string | undefined {
  return /<(?:[\w.-]+:)?drawing\s[^>]*?[\w.-]+:id="([^"]*)"/.exec(worksheetXml)?.[1];
}

/** The chart parts a drawing anchors, or undefined when it holds anything but chart frames. */
async function chartsOfDrawing(zip: PackageFiles, drawingPath: string): Promise<Relationship[] | undefined> {
  const xml = await zip.file(drawingPath)?.async('string');
  if (xml === undefined || FOREIGN_DRAWING_ELEMENT.test(xml)) return undefined;
  const rels = await relationships(zip, drawingPath);
  if (!rels.every((r) => isOfType(r, 'chart') && zip.file(r.path))) return undefined;
  const anchors = xml.match(/<(?:[\w.-]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/g) ?? [];
  const frames = xml.match(/<(?:[\w.-]+:)?graphicFrame\b/g) ?? [];
  const uris = allMatches(xml, /<(?:[\w.-]+:)?graphicData\b[^>]*?\suri="([^"]*)"/g);
  const chartIds = allMatches(xml, /<(?:[\w.-]+:)?chart\b[^>]*?\s[\w.-]+:id="([^"]*)"/g);
  const framesOnly = anchors.length === frames.length && frames.length === uris.length && uris.length === chartIds.length;
  if (!framesOnly || !uris.every((uri) => CHART_URIS.includes(uri))) return undefined;
  const charts = chartIds.map((id) => rels.find((r) => r.id === id));
  return charts.every((c) => c !== undefined) ? [...new Map(charts.map((c) => [c!.path, c!])).values()] : undefined;
}

/** A chart's own parts with its style parts, or undefined when it relates to anything else (pictures, shapes). */
async function partsOfChart(zip: PackageFiles, chartPath: string): Promise<string[] | undefined> {
  const rels = await relationships(zip, chartPath);
  if (!rels.every((r) => CHART_COMPANION_TYPES.test(r.type))) return undefined;
  return [chartPath, relsPathOf(chartPath), ...rels.map((r) => r.path)];
}

/** Did Tổng kết create "Tổng hợp"? It marks the sheet it creates with a defined name. */
async function summarySheetIsOurs(zip: PackageFiles): Promise<boolean> {
  const marker = (await readDefinedNamesXml(zip)).find((element) => attribute(element, 'name') === SUMMARY_MARKER_NAME);
  const refersTo = marker ? unescapeXml(marker.replace(/^<[^>]*>|<\/definedName>$/g, '')) : '';
  return refersTo.startsWith(`'${SUMMARY_SHEET}'!`);
}

/** The charts anchored on "Tổng hợp", when Tổng kết created that sheet and its drawing holds nothing else. */
export async function findSummaryCharts(zip: PackageFiles): Promise<SummaryCharts | undefined> {
  if (!(await summarySheetIsOurs(zip))) return undefined;
  const worksheetPath = (await sheetParts(zip)).find((s) => s.name === SUMMARY_SHEET)?.path;
  if (!worksheetPath) return undefined;
  const drawingRelId = drawingElementId((await zip.file(worksheetPath)?.async('string')) ?? '');
  const drawing = (await relationships(zip, worksheetPath)).find((r) => r.id === drawingRelId && isOfType(r, 'drawing'));
  if (!drawingRelId || !drawing) return undefined;
  const charts = await chartsOfDrawing(zip, drawing.path);
  if (!charts || charts.length === 0) return undefined;
  const parts = [drawing.path, relsPathOf(drawing.path)];
  for (const chart of charts) {
    const own = await partsOfChart(zip, chart.path);
    if (!own) return undefined;
    parts.push(...own);
  }
  return { count: charts.length, worksheetPath, drawingRelId, parts: [...new Set(parts)].filter((p) => zip.file(p)) };
}

/**
 * Takes the charts out of the package before exceljs reads it: their parts, the worksheet's
 * relationship to the drawing and its `<drawing>` element. What exceljs then writes cannot
 * refer to them.
 */
export async function removeSummaryCharts(zip: PackageFiles, charts: SummaryCharts): Promise<void> {
  for (const part of charts.parts) zip.remove(part);
  const worksheet = await zip.file(charts.worksheetPath)!.async('string');
  zip.file(charts.worksheetPath, worksheet.replace(/<((?:[\w.-]+:)?drawing)\s[^>]*?(?:\/>|>\s*<\/\1>)/, ''));
  const relsPath = relsPathOf(charts.worksheetPath);
  const rels = await zip.file(relsPath)!.async('string');
  const withoutDrawing = rels.replace(/<Relationship\b[^>]*>/g, (element) => (attribute(element, 'Id') === charts.drawingRelId ? '' : element));
  zip.file(relsPath, withoutDrawing);
}

export function droppedChartsNote(count: number): string {
  return (
    `Đã bỏ ${count} biểu đồ trên trang "${SUMMARY_SHEET}" (tệp .xlsx do dòng lệnh ghi không vẽ được biểu đồ); ` +
    `mở sổ trong Excel và bấm "Tính tổng hợp" để vẽ lại.`
  );
}
