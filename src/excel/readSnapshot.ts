import { FORMAT_XML_NAMESPACE, parseFormatXml } from '../domain/contract/layout';
import type { ReadSpec } from '../domain/readSpec';
import { FORMULA_CELL, type CellValue, type NamedCellSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../domain/snapshot';
import { parseRange, rangeAddress } from '../domain/util/a1';
import type { ExcelFeatures } from './host';
import { PAYLOAD_BUDGET_BYTES, READ_BYTES_PER_CELL, rowChunks } from './payload';

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

/** What one request piece reads: values of some rows, or formulas (or formula cells) of a column. */
type ValuesPiece = { kind: 'values'; index: number; start: number; count: number; bytes: number };
type ColumnPiece = { kind: 'formulas' | 'kinds'; index: number; column: number; start: number; count: number; bytes: number };
type Piece = ValuesPiece | ColumnPiece;

type Reader =
  | { kind: 'values'; piece: ValuesPiece; range: Excel.Range }
  | { kind: 'formulas'; piece: ColumnPiece; range: Excel.Range }
  | { kind: 'kinds'; piece: ColumnPiece; withFormula: Excel.RangeAreas; constants: Excel.RangeAreas };

/** Queues the loads of one piece of a table's data body. */
function queueRead(body: Excel.Range, piece: Piece): Reader {
  if (piece.kind === 'values') {
    return { kind: 'values', piece, range: body.getRow(piece.start).getResizedRange(piece.count - 1, 0).load('values') };
  }
  const column = body.getColumn(piece.column);
  if (piece.kind === 'formulas') {
    return { kind: 'formulas', piece, range: column.getRow(piece.start).getResizedRange(piece.count - 1, 0).load('formulas') };
  }
  return {
    kind: 'kinds',
    piece,
    withFormula: column.getSpecialCellsOrNullObject('Formulas').load('address'),
    constants: column.getSpecialCellsOrNullObject('Constants').load('address'),
  };
}

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

/** Data read from the table bodies, as the pieces planned. */
interface BodyData {
  pieces: ColumnPiece[];
  values: CellValue[][][];
  formulaCells: Map<number, CellValue | typeof CONSTANT_CELL>[][];
  syncs: number;
}

const MIN_BUDGET_BYTES = 64 * 1024;

/**
 * Batches after the first are sized by measured rows: up to 92% of the limit (the first,
 * guessed, uses the 80% budget), each table's measured bytes a row with 3% for longer rows
 * further down; a batch that still comes out too large is read again with half its rows.
 */
const MEASURED_BUDGET_FACTOR = 0.92 / 0.8;
const MEASURED_ROW_MARGIN = 1.03;

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** Plans the reads of the computed columns' formula cells (the values are read as they come). */
function planColumnPieces(spec: ReadSpec, shapes: readonly TableSize[], budget: number, specialCells: boolean): ColumnPiece[] {
  const pieces: ColumnPiece[] = [];
  shapes.forEach((shape, index) => {
    for (const { column, formula } of spec.computedColumns(shape)) {
      if (shape.rowCount === 0) continue;
      // Excel searches a whole sheet when asked for the special cells of a single cell.
      if (specialCells && shape.rowCount > 1) {
        pieces.push({ kind: 'kinds', index, column, start: 0, count: shape.rowCount, bytes: AREAS_BYTES });
      } else {
        // Formula text as JSON: mostly one byte a character, Vietnamese letters two or three.
        const perRow = Math.ceil(formula.length * 1.3) + 8;
        for (const chunk of rowChunks(shape.rowCount, perRow, budget)) {
          pieces.push({ kind: 'formulas', index, column, ...chunk, bytes: chunk.count * perRow });
        }
      }
    }
  });
  return pieces;
}

const utf8 = new TextEncoder();

/** Bytes of a loaded array as the response carries it (JSON, UTF-8). */
function responseBytes(loaded: unknown): number {
  return utf8.encode(JSON.stringify(loaded)).length;
}

/**
 * Reads the bodies, one sync per budget-sized batch. The rows a batch takes follow what the
 * previous batches measured, so a table of numbers is read in few requests and one of long
 * texts in more, each under the response limit. The first batch shares its sync with the
 * loads the caller queued before (`reserve` bytes of response are left to them); there is
 * always at least that one sync.
 */
async function readPieces(
  context: Excel.RequestContext,
  spec: ReadSpec,
  tables: readonly Excel.Table[],
  shapes: readonly TableSize[],
  columnPieces: ColumnPiece[],
  firstRowOf: (index: number) => number,
  budget = PAYLOAD_BUDGET_BYTES,
  reserve = 0,
): Promise<BodyData> {
  const values: CellValue[][][] = shapes.map(() => []);
  const formulaCells: Map<number, CellValue | typeof CONSTANT_CELL>[][] = shapes.map((shape) => shape.headers.map(() => new Map()));
  const next = shapes.map(() => 0);
  const rowBytes = shapes.map((shape) => Math.max(1, shape.headers.length) * READ_BYTES_PER_CELL);
  const valuesLeft = (i: number) => (spec.readsValues(shapes[i].name) ? shapes[i].rowCount - next[i] : 0);
  const pending = [...columnPieces];
  // Rows of a table a batch may take once one came out too large (halved each time, never raised:
  // the long rows are somewhere in what is left).
  const cap = shapes.map(() => Infinity);
  let syncs = 0;
  do {
    const batch: Piece[] = [];
    // After the first batch the rows' sizes are measured, not guessed: later batches fill more of the limit.
    let room = syncs === 0 ? budget - reserve : Math.floor(budget * MEASURED_BUDGET_FACTOR);
    while (pending.length > 0 && (batch.length === 0 || pending[0].bytes <= room)) {
      const piece = pending.shift()!;
      batch.push(piece);
      room -= piece.bytes;
    }
    shapes.forEach((_, index) => {
      const left = valuesLeft(index);
      if (left <= 0) return;
      const fit = Math.floor(room / rowBytes[index]);
      const count = Math.min(left, cap[index], batch.length === 0 ? Math.max(1, fit) : fit);
      if (count <= 0) return;
      batch.push({ kind: 'values', index, start: next[index], count, bytes: count * rowBytes[index] });
      next[index] += count;
      room -= count * rowBytes[index];
    });
    const readers = batch.map((piece) => queueRead(tables[piece.index].getDataBodyRange(), piece));
    try {
      // One sync per payload-sized batch: the loop runs once unless the data exceeds 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows further down were longer than those measured. The first batch carries the
      // caller's loads (the caller reads again); a later one is read again with half its
      // rows: nothing of it was delivered, nothing was written.
      const rows = batch.filter((piece): piece is ValuesPiece => piece.kind === 'values');
      if (syncs === 0 || !isPayloadError(error) || rows.every((piece) => piece.count === 1)) throw error;
      syncs++;
      for (const piece of rows) {
        next[piece.index] = piece.start;
        cap[piece.index] = Math.max(1, Math.floor(piece.count / 2));
      }
      pending.unshift(...batch.filter((piece): piece is ColumnPiece => piece.kind !== 'values'));
      continue;
    }
    syncs++;
    for (const read of readers) {
      if (read.kind === 'values') {
        const rows = read.range.values as CellValue[][];
        values[read.piece.index].push(...rows);
        // What these rows really took, with a margin, sizes the next batches of this table.
        rowBytes[read.piece.index] = Math.max(8, Math.ceil((responseBytes(rows) / rows.length) * MEASURED_ROW_MARGIN));
        continue;
      }
      const cells = formulaCells[read.piece.index][read.piece.column];
      if (read.kind === 'formulas') {
        (read.range.formulas as CellValue[][]).forEach((row, i) => cells.set(read.piece.start + i, row[0]));
      } else {
        const firstRow = firstRowOf(read.piece.index);
        const mark = (areas: Excel.RangeAreas, kind: CellValue | typeof CONSTANT_CELL) => {
          if (areas.isNullObject) return;
          for (const row of areaRows(areas.address)) {
            if (row >= firstRow && row < firstRow + read.piece.count) cells.set(row - firstRow, kind);
          }
        };
        mark(read.withFormula, FORMULA_CELL);
        mark(read.constants, CONSTANT_CELL);
      }
    }
  } while (pending.length > 0 || shapes.some((_, i) => valuesLeft(i) > 0));
  return { pieces: columnPieces, values, formulaCells, syncs };
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

/** Response bytes left in the body reads' first request for the loads that share it. */
const DETAILS_RESERVE_BYTES = 256 * 1024;

/**
 * Reads what `spec` (the domain's read spec for the command) asks for: sheets, tables
 * (headers, values, formulas, the rows below), named cells and the stored format version.
 * Two round trips whatever the size of the workbook — the first learns the tables' names and
 * sizes, the second reads them — more only when the data exceeds the 5 MB response limit.
 * `features` are the host's, detected by the caller.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  spec: ReadSpec,
  features: Pick<ExcelFeatures, 'specialCells' | 'autoFilter'>,
): Promise<ReadResult> {
  const { specialCells } = features;
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name,items/showTotals,items/rows/count,items/columns/items/name');
  const names = workbook.names.load('items/name,items/type');
  const parts = workbook.customXmlParts.getByNamespace(FORMAT_XML_NAMESPACE).load('items/id');
  await context.sync();
  let syncs = 1;

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
  let budget = PAYLOAD_BUDGET_BYTES;
  let data: BodyData;
  let details: ReturnType<typeof queueDetails>;
  for (;;) {
    details = queueDetails();
    const header = details.tableParts.map((p) => p.header);
    const pieces = planColumnPieces(spec, sizes, budget, specialCells);
    try {
      data = await readPieces(context, spec, tables.items, sizes, pieces, (index) => header[index].rowIndex + 1, budget, DETAILS_RESERVE_BYTES);
      syncs += data.syncs;
      break;
    } catch (error) {
      // The estimate was short (long texts): read again in smaller pieces. Nothing was written.
      if (!isPayloadError(error) || budget < MIN_BUDGET_BYTES) throw error;
      syncs++;
      budget = Math.floor(budget / 4);
    }
  }
  const { used, tableParts, highlightLoads, namedRanges, charts, setupAreas, visibility, part, xml } = details;

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

  const { values, formulaCells, pieces } = data;
  const listed = shapes.map((_, index) => new Set(pieces.filter((p): p is ColumnPiece => p.kind === 'kinds' && p.index === index).map((p) => p.column)));
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
