import type ExcelJS from 'exceljs';
import { PackageParts } from './zipPackage';

/**
 * `workbook.xlsx.writeBuffer()` of exceljs 4, with the parts going into a PackageParts as
 * they are rendered instead of into jszip, and each worksheet deflated while it is rendered.
 *
 * exceljs renders a worksheet into one array of small strings, joins it into one string and
 * hands it to jszip, which keeps it and then builds the whole zip in one buffer: for a sheet
 * of 100,000 rows that is hundreds of megabytes of text several times over. Here a batch of
 * rendered rows is encoded and deflated (zipPackage.ts `stream`) and let go; only the end of
 * the sheet, after its cell data, stays as text for tableParts.ts to complete. The order of
 * the steps is exceljs's own (lib/xlsx/xlsx.js, `write` and `addWorksheets`).
 */

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any -- exceljs's internal renderers have no types */
type Renderer = new () => { render(xmlStream: unknown, model: unknown): void };
interface XmlStreamInternals {
  _xml: string[];
  _rollbacks: unknown[];
  readonly xml: string;
  [SINK]?: (text: string) => void;
}
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => XmlStreamInternals;
const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as Renderer;
const RelationshipsXform = require('exceljs/lib/xlsx/xform/core/relationships-xform') as Renderer;
const CommentsXform = require('exceljs/lib/xlsx/xform/comment/comments-xform') as Renderer;
const VmlNotesXform = require('exceljs/lib/xlsx/xform/comment/vml-notes-xform') as Renderer;
const RowXform = require('exceljs/lib/xlsx/xform/sheet/row-xform') as { prototype: { render(xmlStream: XmlStreamInternals, model: unknown, options: unknown): void } };

const SINK = Symbol('tongket.sink');
/** Rendered pieces (a few per cell) gathered before they are encoded and deflated. */
const BATCH_PIECES = 200_000;

/** After each row of a worksheet being streamed, a full batch of its text goes to the sink. */
const renderRow = RowXform.prototype.render;
RowXform.prototype.render = function (this: unknown, xmlStream: XmlStreamInternals, model: unknown, options: unknown): void {
  renderRow.call(this, xmlStream, model, options);
  const sink = xmlStream[SINK];
  // A rollback point refers to a position in the pieces: never cut while one is open.
  if (sink && xmlStream._xml.length >= BATCH_PIECES && xmlStream._rollbacks.length === 0) {
    sink(xmlStream._xml.join(''));
    xmlStream._xml.length = 0;
  }
};

/**
 * exceljs XML-encodes a cell's formula each time it renders the cell: a calculated column's
 * formula (thousands of characters, quotes and `<` in it) was encoded anew on every row.
 * While a package is written, a long text is encoded once.
 */
const utils = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string };
const xmlEncode = utils.xmlEncode;
const ENCODED_MIN_LENGTH = 64;
const ENCODED_LIMIT = 10_000;
let encoded: Map<string, string> | null = null;
utils.xmlEncode = (text: string): string => {
  if (encoded === null || text.length < ENCODED_MIN_LENGTH) return xmlEncode(text);
  let xml = encoded.get(text);
  if (xml === undefined) {
    if (encoded.size >= ENCODED_LIMIT) encoded.clear();
    xml = xmlEncode(text);
    encoded.set(text, xml);
  }
  return xml;
};

interface Zip {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

interface XlsxWriteInternals {
  prepareModel(model: any, options: object): void;
  addContentTypes(zip: Zip, model: any): Promise<void>;
  addOfficeRels(zip: Zip, model: any): Promise<void>;
  addWorkbookRels(zip: Zip, model: any): Promise<void>;
  addSharedStrings(zip: Zip, model: any): Promise<void>;
  addDrawings(zip: Zip, model: any): Promise<void>;
  addTables(zip: Zip, model: any): Promise<void>;
  addThemes(zip: Zip, model: any): Promise<void>;
  addStyles(zip: Zip, model: any): Promise<void>;
  addMedia(zip: Zip, model: any): Promise<void>;
  addApp(zip: Zip, model: any): Promise<void>;
  addCore(zip: Zip, model: any): Promise<void>;
  addWorkbook(zip: Zip, model: any): Promise<void>;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/*
 * Rows streamed while a worksheet is written. exceljs's `workbook.model` builds the row model
 * of every row of every sheet before writing, and its prepare step adds the style and
 * shared-string ids to each cell's own model object, which the cell keeps: for 100,000 rows
 * that is some 200 MB more held until the end. Here each sheet's rows are a `StreamedRows`:
 * prepare walks them once, on copies of the cell models let go at once, keeping only what
 * exceljs gathers across rows (shared strings, styles, hyperlinks, comments, merges, which
 * shared formula gets which id and range); render walks them again, prepares each row's
 * copies the same way and renders them. The output is byte for byte exceljs's own.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const WorksheetXformClass = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as { prototype: { prepare(model: any, options: any): void } };
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as new () => { prepare(model: any, options: any): void };
const Merges = require('exceljs/lib/xlsx/xform/sheet/merges') as new () => unknown;
const Range = require('exceljs/lib/doc/range') as new () => { expand(top: number, left: number, bottom: number, right: number): void };
/* eslint-enable @typescript-eslint/no-require-imports */

interface CellInternals {
  col: number;
  style: unknown;
  _value: { model: Record<string, unknown> };
  _comment?: { model: unknown };
}
interface RowInternals {
  number: number;
  height?: number;
  style: unknown;
  hidden: boolean;
  outlineLevel: number;
  collapsed: boolean;
  _cells: (CellInternals | undefined)[];
}

/** What a shared formula's master got from prepare: its id, and its range when clones follow. */
interface SharedFormula {
  si: unknown;
  shareType: unknown;
  range: unknown;
}

/** One sheet's rows for one write: walked once by prepare, once by render (streamedModel makes new ones for each write). */
class StreamedRows {
  /** set by prepare: the options it used and the shared formulas it numbered */
  private prepared: { options: any; shared: Map<string, SharedFormula> } | null = null;

  constructor(private readonly rows: readonly (RowInternals | undefined)[], readonly length: number) {}

  /** `Row.model` of exceljs, on a copy of each cell's model (which the cell would otherwise keep, with ids added). */
  private static rowModel(row: RowInternals): any {
    const cells: Record<string, unknown>[] = [];
    let min = 0;
    let max = 0;
    for (const cell of row._cells) {
      if (!cell) continue;
      const model: Record<string, unknown> = { ...cell._value.model, style: cell.style };
      if (cell._comment) model.comment = cell._comment.model;
      if (!min || min > cell.col) min = cell.col;
      if (max < cell.col) max = cell.col;
      cells.push(model);
    }
    return row.height || cells.length
      ? { cells, number: row.number, min, max, height: row.height, style: row.style, hidden: row.hidden, outlineLevel: row.outlineLevel, collapsed: row.collapsed }
      : null;
  }

  /** the masters clones name, found once for both walks */
  private named: Set<string> | null = null;

  /** the options of the prepare step under way (set before it, see WorksheetXform.prototype.prepare below) */
  private preparing: any = null;

  /**
   * exceljs's prepare keeps every formula cell's model (its `formulae`, by address) until the
   * sheet is done, for a clone of a shared formula met later to find its master. Only the
   * masters that clones name need to stay; the others are let go after their row, what
   * prepare gave them (an id, when shared) kept in `shared`.
   */
  private masters(): Set<string> {
    if (this.named) return this.named;
    const named = (this.named = new Set<string>());
    for (const row of this.rows) {
      if (!row) continue;
      for (const cell of row._cells) {
        const master = cell?._value.model.sharedFormula;
        if (typeof master === 'string') named.add(master);
      }
    }
    return named;
  }

  private static letGo(row: any, formulae: Record<string, any>, masters: ReadonlySet<string>, shared: Map<string, SharedFormula> | null): void {
    for (const cell of row.cells) {
      const model = formulae[cell.address];
      if (model !== cell || masters.has(cell.address)) continue;
      if (shared && model.si !== undefined) shared.set(cell.address, { si: model.si, shareType: model.shareType, range: model.range });
      delete formulae[cell.address];
    }
  }

  forEach(callback: (model: any, index: number) => void): void {
    let index = 0;
    const render = this.prepared;
    const masters = this.masters();
    const cellXform = render ? new CellXform() : null;
    const options = render && {
      styles: render.options.styles,
      sharedStrings: render.options.sharedStrings && lookupOnly(render.options.sharedStrings),
      date1904: render.options.date1904,
      hyperlinks: [],
      comments: [],
      merges: new Merges(),
      formulae: {},
      siFormulae: 0,
    };
    const shared = render ? null : (this.shared = new Map<string, SharedFormula>());
    for (const row of this.rows) {
      const model = row && StreamedRows.rowModel(row);
      if (!model) continue;
      if (render && cellXform && options) {
        // RowXform.prepare, with each formula given the id and range the first walk gave it
        const styleId = options.styles.addStyleModel(model.style);
        if (styleId) model.styleId = styleId;
        for (const cell of model.cells) {
          cellXform.prepare(cell, options);
          const given = render.shared.get(cell.address);
          if (given) Object.assign(cell, given);
        }
      }
      callback(model, index++);
      const formulae = render ? options!.formulae : this.preparing?.formulae;
      if (formulae) StreamedRows.letGo(model, formulae, masters, shared);
    }
    if (render) render.shared.clear();
  }

  /** what the first walk gave the formulas it let go */
  private shared: Map<string, SharedFormula> | null = null;

  startPrepare(options: any): void {
    this.preparing = options;
  }

  /** After prepare: keeps its options and, for each shared formula's master, what it was given. */
  finishPrepare(options: any): void {
    const shared = this.shared ?? new Map<string, SharedFormula>();
    for (const [address, model] of Object.entries(options.formulae as Record<string, any>)) {
      if (model.si !== undefined) shared.set(address, { si: model.si, shareType: model.shareType, range: model.range });
    }
    this.prepared = { options, shared };
    this.preparing = null;
    this.shared = null;
  }
}

/** The shared strings' indexes, as prepare gave them, without counting a second use. */
function lookupOnly(sharedStrings: any): { add(value: any): number } {
  return {
    add(value: any): number {
      if (value && value.richText) return sharedStrings.rich[sharedStrings.sharedStringXform.toXml(value)];
      return sharedStrings.hash[value];
    },
  };
}

const prepareWorksheet = WorksheetXformClass.prototype.prepare;
WorksheetXformClass.prototype.prepare = function (this: unknown, model: any, options: any): void {
  if (model.rows instanceof StreamedRows) model.rows.startPrepare(options);
  prepareWorksheet.call(this, model, options);
  if (model.rows instanceof StreamedRows) model.rows.finishPrepare(options);
};

interface WorksheetInternals {
  _rows: (RowInternals | undefined)[];
}

/**
 * `workbook.model` of exceljs with each sheet's rows as StreamedRows instead of their models,
 * and the sheet's dimensions computed as exceljs computes them.
 */
function streamedModel(workbook: ExcelJS.Workbook): any {
  const sheets = workbook.worksheets as unknown as WorksheetInternals[];
  const rows = sheets.map((sheet) => sheet._rows);
  let model: any;
  try {
    for (const sheet of sheets) sheet._rows = [];
    model = (workbook as unknown as { model: any }).model;
  } finally {
    sheets.forEach((sheet, i) => (sheet._rows = rows[i]));
  }
  sheets.forEach((sheet, i) => {
    const sheetModel = model.worksheets[i];
    const dimensions = new Range();
    let count = 0;
    for (const row of sheet._rows) {
      if (!row) continue;
      let min = 0;
      let max = 0;
      let cells = 0;
      for (const cell of row._cells) {
        if (!cell) continue;
        cells++;
        if (!min || min > cell.col) min = cell.col;
        if (max < cell.col) max = cell.col;
      }
      if (!row.height && cells === 0) continue;
      dimensions.expand(row.number, min, row.number, max);
      count++;
    }
    sheetModel.dimensions = dimensions;
    sheetModel.rows = new StreamedRows(sheet._rows, count);
  });
  return model;
}

const SHEET_DATA_END = '</sheetData>';

/** exceljs's `addWorksheets`, each sheet's cell data deflated as it is rendered. */
function addWorksheets(zip: Zip, model: any, parts: PackageParts): void {
  const worksheetXform = new WorksheetXform();
  const relationshipsXform = new RelationshipsXform();
  const commentsXform = new CommentsXform();
  const vmlNotesXform = new VmlNotesXform();
  for (const worksheet of model.worksheets) {
    const part = parts.stream(`xl/worksheets/sheet${worksheet.id}.xml`);
    let xmlStream = new XmlStream();
    xmlStream[SINK] = (text) => part.write(Buffer.from(text, 'utf8'));
    worksheetXform.render(xmlStream, worksheet);
    const rest = xmlStream.xml;
    const at = rest.lastIndexOf(SHEET_DATA_END);
    if (at > 0) part.write(Buffer.from(rest.slice(0, at), 'utf8'));
    part.end(Buffer.from(at > 0 ? rest.slice(at) : rest, 'utf8'));

    if (worksheet.rels && worksheet.rels.length) {
      xmlStream = new XmlStream();
      relationshipsXform.render(xmlStream, worksheet.rels);
      zip.append(xmlStream.xml, { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
    }
    if (worksheet.comments.length > 0) {
      xmlStream = new XmlStream();
      commentsXform.render(xmlStream, worksheet);
      zip.append(xmlStream.xml, { name: `xl/comments${worksheet.id}.xml` });
      xmlStream = new XmlStream();
      vmlNotesXform.render(xmlStream, worksheet);
      zip.append(xmlStream.xml, { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
    }
  }
}

/** The package exceljs would write for `workbook` (parts in its order), none of it stored twice. */
export async function writeParts(workbook: ExcelJS.Workbook): Promise<PackageParts> {
  encoded = new Map();
  try {
    return await renderParts(workbook);
  } finally {
    encoded = null;
  }
}

async function renderParts(workbook: ExcelJS.Workbook): Promise<PackageParts> {
  const xlsx = workbook.xlsx as unknown as XlsxWriteInternals;
  const parts = new PackageParts();
  const zip: Zip = {
    append: (data, { name, base64 }) => parts.file(name, typeof data === 'string' && base64 ? Buffer.from(data, 'base64') : data),
  };
  const model = streamedModel(workbook);
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  addWorksheets(zip, model, parts);
  await xlsx.addSharedStrings(zip, model); // always after worksheets
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return parts;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
