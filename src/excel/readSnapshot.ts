import { FORMAT_XML_NAMESPACE, parseFormatXml } from '../domain/contract/layout';
import type { ReadSpec } from '../domain/readSpec';
import { FORMULA_CELL, type CellValue, type NamedCellSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../domain/snapshot';
import { parseRange, rangeAddress } from '../domain/util/a1';
import type { ExcelFeatures } from './host';
import { PAYLOAD_LIMIT_BYTES, READ_BYTES_PER_CELL } from './payload';

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** id of the custom XML part holding the format version, when there is one */
  formatPartId: string | null;
  syncs: number;
  /** the custom conditional formats on the contract tables' bodies, with their fills and formulas (`ReadSpec.readsHighlights`) */
  highlights: Record<string, Highlight[]>;
  /** chart names of the sheets the spec names (`ReadSpec.chartSheets`) */
  chartsBySheet: Record<string, string[]>;
}

/** A custom conditional format as read: Tổng kết tells its own by their fill. */
export interface Highlight {
  format: Excel.ConditionalFormat;
  fill: string | null;
  /** the rule's formula, "" when a stopped run added the rule and never set it */
  formula: string;
}

/**
 * A table's rows still to read, as one stream: the values of every column, or (where the host
 * cannot list formula cells) the formula texts of one computed column. Each batch takes as
 * many rows of each stream as its measured row size lets fit.
 */
interface Stream {
  kind: 'values' | 'formulas';
  index: number;
  /** the computed column, for formula texts */
  column: number;
  next: number;
  end: number;
  /** response bytes a row takes: measured on rows already read, with a margin (a guess before any) */
  rowBytes: number;
  /** rows and bytes read so far, for the measured size */
  readRows: number;
  readBytes: number;
  /** the most rows a batch may take once one came out too large (halved each time, never raised) */
  cap: number;
}

/** Which cells of a computed column hold a formula, as Excel lists them (ExcelApi 1.9). */
interface KindsPiece {
  index: number;
  column: number;
  count: number;
}

type Reader =
  | { kind: 'rows'; stream: Stream; start: number; count: number; range: Excel.Range }
  | { kind: 'kinds'; piece: KindsPiece; withFormula: Excel.RangeAreas; constants: Excel.RangeAreas };

/** A response listing a column's formula and constant cells: a few addresses. */
const AREAS_BYTES = 2048;
const CONSTANT_CELL = Symbol('constant');

/** Sheet rows (0-based) covered by a RangeAreas address such as "TTHC!C5,TTHC!C9:C12". */
export function areaRows(address: string): number[] {
  const rows: number[] = [];
  for (const area of splitAreas(address)) {
    const { top, bottom } = parseRange(area.slice(area.lastIndexOf('!') + 1));
    for (let row = top; row <= bottom; row++) rows.push(row);
  }
  return rows;
}

/** Splits on the commas between areas, not those inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += ch;
  }
  if (current) areas.push(current);
  return areas;
}

/** Data read from the table bodies. */
interface BodyData {
  values: CellValue[][][];
  formulaCells: Map<number, CellValue | typeof CONSTANT_CELL>[][];
  /** the computed columns whose formula cells Excel listed (cells neither listed is blank) */
  listed: Set<number>[];
  syncs: number;
}

/**
 * The share of the 5 MB limit a read fills. Rows are sized by what rows of the same table
 * already took (a sample read with the tables' geometry, then every batch), plus a margin for
 * longer rows further down; a batch that still comes out too large is read again with half
 * its rows, so a guess too short costs a round trip, never a wrong read.
 */
const READ_FILL = 0.97;
const MEASURED_ROW_MARGIN = 1.015;

/** Rows of each data table read with the tables' geometry: their real size sizes the first batch. */
export const SAMPLE_ROWS = 32;

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

const utf8 = new TextEncoder();

/** Bytes of a loaded array as the response carries it (JSON, UTF-8). */
function responseBytes(loaded: unknown): number {
  return utf8.encode(JSON.stringify(loaded)).length;
}

/** What a sample of a table's first rows says (`null` when the table was not sampled). */
interface Sample {
  values: CellValue[][];
  formulas: CellValue[][] | null;
}

/**
 * Plans the streams of rows to read and the special-cells pieces: values of every table the
 * spec reads; for computed columns, where ExcelApi 1.9 lets Excel list the formula cells, a
 * few addresses, else the formula texts. Rows a sample already read are not read again.
 */
function planStreams(
  spec: ReadSpec,
  shapes: readonly TableSize[],
  samples: readonly (Sample | null)[],
  specialCells: boolean,
  data: BodyData,
): { streams: Stream[]; kinds: KindsPiece[] } {
  const streams: Stream[] = [];
  const kinds: KindsPiece[] = [];
  const measured = (rows: readonly unknown[], guess: number) => (rows.length > 0 ? Math.max(4, (responseBytes(rows) / rows.length) * MEASURED_ROW_MARGIN) : guess);
  shapes.forEach((shape, index) => {
    if (!spec.readsValues(shape.name) || shape.rowCount === 0) return;
    const sample = samples[index];
    const sampled = sample ? Math.min(sample.values.length, shape.rowCount) : 0;
    const sampleValues = sample ? sample.values.slice(0, sampled) : [];
    data.values[index].push(...sampleValues);
    const base = { index, next: sampled, end: shape.rowCount, readRows: 0, readBytes: 0, cap: Infinity };
    streams.push({ ...base, kind: 'values', column: -1, rowBytes: measured(sampleValues, Math.max(1, shape.headers.length) * READ_BYTES_PER_CELL) });
    for (const { column, formula } of spec.computedColumns(shape)) {
      // Excel searches a whole sheet when asked for the special cells of a single cell.
      if (specialCells && shape.rowCount > 1) {
        kinds.push({ index, column, count: shape.rowCount });
        data.listed[index].add(column);
        continue;
      }
      const texts = sample?.formulas ? sample.formulas.slice(0, sampled).map((row) => [row[column]]) : [];
      texts.forEach(([text], r) => data.formulaCells[index][column].set(r, text));
      // Formula text as JSON: the contract's formula, until rows of this column were read.
      const guess = responseBytes([[formula]]) * MEASURED_ROW_MARGIN;
      streams.push({ ...base, next: texts.length, kind: 'formulas', column, rowBytes: measured(texts, guess) });
    }
  });
  return { streams, kinds };
}

/**
 * Reads the bodies, one sync per batch filled to the response limit. `queueDetails` queues
 * the other loads the caller needs (headers, rows below, rules…); they go with the last
 * batch of rows when there is room (`detailsBytes` estimates their response), else alone.
 * There is always at least one sync. `firstRowOf` (the sheet row of a table's first body
 * row) is asked once everything is read.
 */
async function readBodies(
  context: Excel.RequestContext,
  tables: readonly Excel.Table[],
  streams: Stream[],
  kinds: KindsPiece[],
  data: BodyData,
  queueDetails: () => void,
  detailsBytes: number,
  firstRowOf: (index: number) => number,
): Promise<void> {
  const target = Math.floor(PAYLOAD_LIMIT_BYTES * READ_FILL);
  const pendingKinds = [...kinds];
  const kindsRead: { piece: KindsPiece; withFormula: string | null; constants: string | null }[] = [];
  let reserve = detailsBytes;
  let detailsRead = false;
  const left = (s: Stream) => s.end - s.next;
  const remainingBytes = () => pendingKinds.length * AREAS_BYTES + streams.reduce((sum, s) => sum + left(s) * s.rowBytes, 0);
  while (!detailsRead || pendingKinds.length > 0 || streams.some((s) => left(s) > 0)) {
    let room = target;
    const readers: Reader[] = [];
    const withDetails: boolean = !detailsRead && remainingBytes() + reserve <= room;
    if (withDetails) room -= reserve;
    while (pendingKinds.length > 0 && (readers.length === 0 || AREAS_BYTES <= room)) {
      const piece = pendingKinds.shift()!;
      const column = tables[piece.index].getDataBodyRange().getColumn(piece.column);
      readers.push({
        kind: 'kinds',
        piece,
        withFormula: column.getSpecialCellsOrNullObject('Formulas').load('address'),
        constants: column.getSpecialCellsOrNullObject('Constants').load('address'),
      });
      room -= AREAS_BYTES;
    }
    for (const stream of streams) {
      if (left(stream) <= 0) continue;
      const fit = Math.floor(room / stream.rowBytes);
      // A batch reads at least one row: a row alone over the limit is Excel's to refuse.
      const count = Math.min(left(stream), stream.cap, readers.length === 0 && !withDetails ? Math.max(1, fit) : fit);
      if (count <= 0) continue;
      const body = tables[stream.index].getDataBodyRange();
      const from = stream.kind === 'values' ? body : body.getColumn(stream.column);
      const range = from.getRow(stream.next).getResizedRange(count - 1, 0).load(stream.kind);
      readers.push({ kind: 'rows', stream, start: stream.next, count, range });
      stream.next += count;
      room -= count * stream.rowBytes;
    }
    if (withDetails) queueDetails();
    try {
      // One sync per batch filled to the payload limit: the loop runs once unless the data exceeds 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows further down were longer than those measured: nothing of this batch was
      // delivered, nothing was written. Its rows are read again, half as many at a time.
      const rows = readers.filter((r): r is Extract<Reader, { kind: 'rows' }> => r.kind === 'rows');
      if (!isPayloadError(error) || (rows.every((r) => r.count === 1) && !withDetails)) throw error;
      data.syncs++;
      for (const read of rows) {
        read.stream.next = Math.min(read.stream.next, read.start);
        read.stream.cap = Math.max(1, Math.floor(read.count / 2));
      }
      pendingKinds.unshift(...readers.flatMap((r) => (r.kind === 'kinds' ? [r.piece] : [])));
      // The other loads were larger than estimated: room for four times as much.
      if (withDetails) reserve = Math.max(reserve * 4, 64 * 1024);
      continue;
    }
    data.syncs++;
    detailsRead ||= withDetails;
    for (const read of readers) {
      if (read.kind === 'kinds') {
        const address = (areas: Excel.RangeAreas) => (areas.isNullObject ? null : areas.address);
        kindsRead.push({ piece: read.piece, withFormula: address(read.withFormula), constants: address(read.constants) });
        continue;
      }
      const { stream } = read;
      const rows = (stream.kind === 'values' ? read.range.values : read.range.formulas) as CellValue[][];
      if (stream.kind === 'values') data.values[stream.index].push(...rows);
      else rows.forEach((row, i) => data.formulaCells[stream.index][stream.column].set(read.start + i, row[0]));
      // What the rows really took, with a margin, sizes the next batches of this stream.
      stream.readRows += rows.length;
      stream.readBytes += responseBytes(rows);
      stream.rowBytes = Math.max(4, (stream.readBytes / stream.readRows) * MEASURED_ROW_MARGIN);
    }
  }
  for (const { piece, withFormula, constants } of kindsRead) {
    const firstRow = firstRowOf(piece.index);
    const cells = data.formulaCells[piece.index][piece.column];
    const mark = (address: string | null, kind: CellValue | typeof CONSTANT_CELL) => {
      if (address === null) return;
      for (const row of areaRows(address)) {
        if (row >= firstRow && row < firstRow + piece.count) cells.set(row - firstRow, kind);
      }
    };
    mark(withFormula, FORMULA_CELL);
    mark(constants, CONSTANT_CELL);
  }
}

/** What the first sync tells of a table: enough to plan the reads of its body. */
interface TableSize {
  name: string;
  headers: string[];
  rowCount: number;
}

interface TableShape extends TableSize {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  showTotals: boolean;
  values: CellValue[][];
  formulas: CellValue[][];
  below: CellValue[][];
}

/**
 * Hidden data rows and filter of a table as loaded: rowHidden says all, none or some (null);
 * then the visible view counts the rows left showing. No filter state before ExcelApi 1.9.
 */
function hiddenRowsOf(
  loaded: { body: Excel.Range; view: Excel.RangeView; filter: Excel.AutoFilter | null } | null,
  rowCount: number,
  read: boolean,
): Pick<TableSnapshot, 'hiddenRows' | 'filtered'> {
  if (!read) return {};
  if (!loaded) return { hiddenRows: 0 };
  const all = loaded.body.rowHidden;
  const hiddenRows = all === false ? 0 : all === true ? rowCount : Math.max(0, rowCount - loaded.view.rowCount);
  return loaded.filter ? { hiddenRows, filtered: loaded.filter.isDataFiltered } : { hiddenRows };
}

/** Response bytes of the loads other than the rows (headers, rows below, rules, names, parts), estimated from the geometry. */
function detailsEstimate(spec: ReadSpec, sizes: readonly TableSize[], sheets: number, names: number): number {
  const tables = sizes.reduce((sum, t) => sum + (spec.rowsBelow + 2) * Math.max(1, t.headers.length) * 40 + 4096, 0);
  const area = spec.setupArea ? spec.setupArea.sheets.length * spec.setupArea.rows * spec.setupArea.columns * 48 : 0;
  return 32 * 1024 + tables + area + sheets * 256 + names * 512;
}

/**
 * Reads what `spec` (the domain's read spec for the command) asks for: sheets, tables
 * (headers, values, formulas, the rows below), named cells and the stored format version.
 * Two round trips whatever the size of the workbook — the first learns the tables' names and
 * sizes (and reads a sample of the data tables' first rows), the second reads them — more
 * only when the data exceeds the 5 MB response limit. `features` are the host's, detected by
 * the caller.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  spec: ReadSpec,
  features: Pick<ExcelFeatures, 'specialCells' | 'autoFilter'>,
): Promise<ReadResult> {
  const { specialCells } = features;
  const workbook = context.workbook;
  let syncs = 0;
  const geometry = async (sampled: readonly string[]) => {
    const worksheets = workbook.worksheets.load('items/name');
    const tables = workbook.tables.load('items/name,items/showTotals,items/rows/count,items/columns/items/name');
    const names = workbook.names.load('items/name,items/type');
    const parts = workbook.customXmlParts.getByNamespace(FORMAT_XML_NAMESPACE).load('items/id');
    // The first rows of the tables that hold most data, read now: their real size, not a
    // guess, sizes the first batch of rows (and they are not read again).
    const samples = sampled.map((name) => ({
      name,
      range: workbook.tables
        .getItem(name)
        .getDataBodyRange()
        .getRow(0)
        .getResizedRange(SAMPLE_ROWS - 1, 0)
        .load(specialCells ? 'values' : 'values,formulas'),
    }));
    await context.sync();
    return { worksheets, tables, names, parts, samples };
  };
  let first: Awaited<ReturnType<typeof geometry>>;
  try {
    syncs++;
    first = await geometry(spec.sampledTables);
  } catch (error) {
    // A table to sample is missing (a workbook without the template, a table deleted):
    // the geometry alone, one round trip more. Nothing was written.
    if ((error as { code?: unknown } | null)?.code !== 'ItemNotFound' || spec.sampledTables.length === 0) throw error;
    syncs++;
    first = await geometry([]);
  }
  const { worksheets, tables, names, parts } = first;
  const sampleOf = new Map(first.samples.map((s) => [s.name.toLowerCase(), s.range]));

  const sheetNames = worksheets.items.map((s) => s.name);
  const sizes: TableSize[] = tables.items.map((table) => ({
    name: table.name,
    headers: table.columns.items.map((c) => c.name),
    rowCount: table.rows.count,
  }));
  const queueDetails = () => {
    const used = worksheets.items.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    );
    const tableParts = tables.items.map((table) => ({
      table,
      sheet: table.worksheet.load('name'),
      header: table.getHeaderRowRange().load('values,rowIndex,columnIndex'),
      below: table.getRange().getRowsBelow(spec.rowsBelow).load('values'),
    }));
    const highlightLoads = tables.items
      .filter((table) => spec.readsHighlights(table.name))
      .map((table) => ({
        table: table.name,
        formats: table
          .getDataBodyRange()
          .conditionalFormats.load('items/type,items/customOrNullObject/format/fill/color,items/customOrNullObject/rule/formula'),
      }));
    const rangeNames = names.items.filter((n) => n.type === 'Range');
    const namedRanges = rangeNames.map((n) => {
      // The top-left cell only: a user's name may span whole columns.
      const range = n.getRange().getCell(0, 0).load('rowIndex,columnIndex,values,formulas');
      return { name: n.name, range, sheet: range.worksheet.load('name') };
    });
    const charts = spec.chartSheets
      .filter((sheet) => sheetNames.includes(sheet))
      .map((sheet) => ({ sheet, items: worksheets.getItem(sheet).charts.load('items/name') }));
    const area = spec.setupArea;
    const setupAreas = area
      ? area.sheets
          .filter((sheet) => sheetNames.includes(sheet))
          .map((sheet) => ({
            sheet,
            range: worksheets.getItem(sheet).getRange(rangeAddress(0, 0, area.rows, area.columns)).load('formulas'),
          }))
      : [];
    // Hidden rows and filters, for the tables whose cells are read: a few bytes each.
    const visibility = tables.items.map((table, index) => {
      if (!spec.readsValues(table.name) || sizes[index].rowCount === 0) return null;
      const body = table.getDataBodyRange();
      return {
        body: body.load('rowHidden'),
        view: body.getVisibleView().load('rowCount'),
        filter: features.autoFilter ? table.autoFilter.load('isDataFiltered') : null,
      };
    });
    const part = parts.items[0];
    const xml = part ? part.getXml() : null;
    return { used, tableParts, highlightLoads, namedRanges, charts, setupAreas, visibility, part, xml };
  };

  // Data bodies, split by the response limit, read with the details above. Values of every
  // cell; for the contract's computed columns, which cells hold a formula (typed-over
  // formulas are findings). Where ExcelApi 1.9 allows, Excel lists those cells itself, which
  // costs a few bytes instead of every long formula text.
  const data: BodyData = {
    values: sizes.map(() => []),
    formulaCells: sizes.map((shape) => shape.headers.map(() => new Map())),
    listed: sizes.map(() => new Set<number>()),
    syncs: 0,
  };
  const samples = sizes.map((shape): Sample | null => {
    const range = spec.readsValues(shape.name) ? sampleOf.get(shape.name.toLowerCase()) : undefined;
    return range ? { values: range.values as CellValue[][], formulas: specialCells ? null : (range.formulas as CellValue[][]) } : null;
  });
  const { streams, kinds } = planStreams(spec, sizes, samples, specialCells, data);
  // The other loads go with the last batch of rows (queued once, when there is room).
  const queued: { details?: ReturnType<typeof queueDetails> } = {};
  await readBodies(
    context,
    tables.items,
    streams,
    kinds,
    data,
    () => {
      queued.details = queueDetails();
    },
    detailsEstimate(spec, sizes, worksheets.items.length, names.items.length),
    (index) => queued.details!.tableParts[index].header.rowIndex + 1,
  );
  syncs += data.syncs;
  const { used, tableParts, highlightLoads, namedRanges, charts, setupAreas, visibility, part, xml } = queued.details!;

  const shapes: TableShape[] = tableParts.map((p, index) => ({
    name: p.table.name,
    sheet: p.sheet.name,
    headerRow: p.header.rowIndex,
    firstColumn: p.header.columnIndex,
    headers: (p.header.values[0] ?? []).map((h) => String(h)),
    rowCount: sizes[index].rowCount,
    showTotals: p.table.showTotals,
    values: [],
    formulas: [],
    below: p.below.values as CellValue[][],
  }));

  const { values, formulaCells, listed } = data;
  shapes.forEach((shape, index) => {
    if (!spec.readsValues(shape.name)) values[index] = Array.from({ length: shape.rowCount }, () => []);
    shape.values = values[index];
    // Where nothing is known of formulas, the formula of a cell is its value, as Office.js says.
    shape.formulas = values[index].map((row, r) =>
      row.map((value, c) => {
        const known = formulaCells[index][c].get(r);
        // A computed cell neither formula nor constant is blank.
        if (known === undefined) return listed[index].has(c) ? '' : value;
        return known === CONSTANT_CELL ? value : known;
      }),
    );
  });

  const tableSnapshots: TableSnapshot[] = shapes.map((s, index) => ({
    name: s.name,
    sheet: s.sheet,
    headerRow: s.headerRow,
    firstColumn: s.firstColumn,
    headers: s.headers,
    values: s.values,
    formulas: s.formulas,
    showTotals: s.showTotals,
    below: s.below,
    ...hiddenRowsOf(visibility[index], s.rowCount, spec.readsValues(s.name)),
  }));

  const namedCells: Record<string, NamedCellSnapshot | undefined> = {};
  for (const n of namedRanges) {
    namedCells[n.name] = {
      sheet: n.sheet.name,
      row: n.range.rowIndex,
      column: n.range.columnIndex,
      value: (n.range.values[0]?.[0] ?? null) as CellValue,
      formula: (n.range.formulas[0]?.[0] ?? null) as CellValue,
    };
  }

  const usedExtents: WorkbookSnapshot['usedExtents'] = {};
  sheetNames.forEach((sheet, i) => {
    const range = used[i];
    if (!range.isNullObject) {
      usedExtents[sheet] = { rows: range.rowIndex + range.rowCount, columns: range.columnIndex + range.columnCount };
    }
  });

  return {
    snapshot: {
      sheets: sheetNames,
      tables: tableSnapshots,
      names: namedCells,
      formatVersion: xml ? parseFormatXml(xml.value) : null,
      usedExtents,
      ...(spec.setupArea ? { setupArea: Object.fromEntries(setupAreas.map((a) => [a.sheet, a.range.formulas as CellValue[][]])) } : {}),
    },
    formatPartId: part ? part.id : null,
    syncs,
    chartsBySheet: Object.fromEntries(charts.map((c) => [c.sheet, c.items.items.map((chart) => chart.name)])),
    highlights: Object.fromEntries(
      highlightLoads.map(({ table, formats }) => [
        table,
        formats.items
          .filter((f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject)
          .map((format) => ({ format, fill: format.customOrNullObject.format.fill.color, formula: format.customOrNullObject.rule.formula ?? '' })),
      ]),
    ),
  };
}
