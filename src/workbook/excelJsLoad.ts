import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import type { PackageParts } from './zipPackage';
import { NO_STYLE } from './excelJsStyles';

/**
 * `workbook.xlsx.load(buffer)` of exceljs 4, fed from parts already inflated (and guarded) by
 * zipPackage.ts, with each XML part decoded as the parser asks for it.
 *
 * exceljs's own `load` re-zips nothing but inflates the package again with jszip and turns
 * every part into one string before parsing it: the sheet of a 100,000-row workbook is
 * hundreds of megabytes of XML, held twice (UTF-16) on top of the model. Here a part is read
 * in 64 KiB pieces and let go once parsed. The dispatch by part name is exceljs's own
 * (lib/xlsx/xlsx.js, `load`), calling the same internal steps.
 */

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any -- exceljs's internal parsers have no types */
type Xform = new () => { parseStream(stream: Readable): Promise<any> };
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as Xform;
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as Xform;
const AppXform = require('exceljs/lib/xlsx/xform/core/app-xform') as Xform;
const CoreXform = require('exceljs/lib/xlsx/xform/core/core-xform') as Xform;
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: { parseClose(this: { model?: { formula?: unknown } }, name: string): unknown } };

/**
 * One string per distinct formula text while a package loads. A table's calculated column
 * repeats one formula on every row — the award multiplier's is 4,755 characters — and the
 * parser makes a new copy per cell: 35,000 rows of awards hold hundreds of megabytes of
 * identical formula text. Each cell's formula is swapped for the first copy when the cell is
 * closed, so the others are garbage at once.
 */
let formulas: Map<string, string> | null = null;
const parseCellClose = CellXform.prototype.parseClose;
CellXform.prototype.parseClose = function (this: { model?: { formula?: unknown } }, name: string): unknown {
  const formula = this.model?.formula;
  if (name === 'c' && formulas && typeof formula === 'string') {
    const first = formulas.get(formula);
    if (first === undefined) formulas.set(formula, formula);
    else this.model!.formula = first;
  }
  return parseCellClose.call(this, name);
};

/*
 * Cells kept small. After loading, each cell of 100,000 rows holds a model object its parser
 * built key by key — too many keys for the object's own slots, so each had a second array
 * for the rest — an address string of its own beside the cell's, and, when unstyled, an empty
 * style object of its own: some 100 bytes a cell, 150 MB of 100,000 rows.
 */
type ModelShape = new () => Record<string, unknown>;
/** One constructor per set of model keys: V8 sizes the objects of each to their keys. */
const modelShapes = new Map<string, ModelShape>();

function compactModel(model: Record<string, unknown>, address: string): Record<string, unknown> {
  const keys = Object.keys(model);
  const name = keys.join(',');
  let Shape = modelShapes.get(name);
  if (!Shape) {
    Shape = function () {} as unknown as ModelShape;
    // plain objects still, as the parser's were
    Shape.prototype = Object.prototype;
    modelShapes.set(name, Shape);
  }
  const compact = new Shape();
  for (const key of keys) compact[key] = key === 'address' && model.address === address ? address : model[key];
  return compact;
}

interface LoadedCell {
  _address: string;
  style: object;
  _value: { model: Record<string, unknown> };
}

/** Every cell's model rebuilt small, sharing the cell's address; unstyled cells share NO_STYLE. */
function compactCells(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const row of (worksheet as unknown as { _rows: ({ _cells: (LoadedCell | undefined)[] } | undefined)[] })._rows) {
      if (!row) continue;
      for (const cell of row._cells) {
        if (!cell) continue;
        cell._value.model = compactModel(cell._value.model, cell._address);
        if (cell.style !== NO_STYLE && isEmpty(cell.style)) cell.style = NO_STYLE;
      }
    }
  }
}

function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

interface XlsxInternals {
  parseRels(stream: Readable): Promise<any>;
  parseWorkbook(stream: Readable): Promise<any>;
  _processWorksheetEntry(stream: Readable, model: any, sheetNo: string, options: undefined, path: string): Promise<void>;
  _processWorksheetRelsEntry(stream: Readable, model: any, sheetNo: string): Promise<void>;
  _processThemeEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processMediaEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processDrawingEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processCommentEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processTableEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processDrawingRelsEntry(stream: Readable, model: any, name: string): Promise<void>;
  _processVmlDrawingEntry(stream: Readable, model: any, name: string): Promise<void>;
  reconcile(model: any, options: undefined): void;
}
/* eslint-enable @typescript-eslint/no-require-imports */

const PIECE = 64 * 1024;

/** The part's text, decoded piece by piece as it is read (a UTF-8 sequence cut by a piece is carried over). */
function textStream(source: AsyncIterable<Buffer>): Readable {
  async function* pieces(): AsyncGenerator<string> {
    const decoder = new StringDecoder('utf8');
    for await (const data of source) {
      for (let at = 0; at < data.length; at += PIECE) {
        const text = decoder.write(data.subarray(at, at + PIECE));
        if (text) yield text;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return Readable.from(pieces(), { objectMode: true });
}

function bytesStream(data: Buffer): Readable {
  const stream = new PassThrough();
  stream.end(data);
  return stream;
}

const SUB_PARTS: readonly [RegExp, keyof XlsxInternals][] = [
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, '_processWorksheetRelsEntry'],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, '_processThemeEntry'],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, '_processMediaEntry'],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, '_processDrawingEntry'],
  [/xl\/(comments\d+)[.]xml/, '_processCommentEntry'],
  [/xl\/tables\/(table\d+)[.]xml/, '_processTableEntry'],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, '_processDrawingRelsEntry'],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, '_processVmlDrawingEntry'],
];

/**
 * Loads the package's parts into `workbook`, as exceljs's `load` does; each part is removed
 * from `parts` once parsed, so the caller must not need them afterwards.
 */
export async function loadParts(workbook: ExcelJS.Workbook, parts: PackageParts): Promise<void> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const model: any = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  formulas = new Map();
  try {
    await loadEachPart(xlsx, model, parts);
  } finally {
    formulas = null;
  }
  xlsx.reconcile(model, undefined);
  (workbook as unknown as { model: unknown }).model = model;
  compactCells(workbook);
}

async function loadEachPart(xlsx: XlsxInternals, model: any, parts: PackageParts): Promise<void> {
  // One part's bytes at a time: each is let go once parsed.
  for (const name of Object.keys(parts.files)) {
    const entryName = name.startsWith('/') ? name.slice(1) : name;
    const binary = /xl\/media\//.test(entryName) || /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(entryName);
    const stream = binary ? bytesStream(parts.bytes(name)!) : textStream(parts.pieces(name)!);
    switch (entryName) {
      case '_rels/.rels':
        model.globalRels = await xlsx.parseRels(stream);
        break;
      case 'xl/workbook.xml': {
        const book = await xlsx.parseWorkbook(stream);
        model.sheets = book.sheets;
        model.definedNames = book.definedNames;
        model.views = book.views;
        model.properties = book.properties;
        model.calcProperties = book.calcProperties;
        break;
      }
      case 'xl/_rels/workbook.xml.rels':
        model.workbookRels = await xlsx.parseRels(stream);
        break;
      case 'xl/sharedStrings.xml':
        model.sharedStrings = new SharedStringsXform();
        await model.sharedStrings.parseStream(stream);
        break;
      case 'xl/styles.xml':
        model.styles = new StylesXform();
        await model.styles.parseStream(stream);
        break;
      case 'docProps/app.xml': {
        const app = await new AppXform().parseStream(stream);
        model.company = app.company;
        model.manager = app.manager;
        break;
      }
      case 'docProps/core.xml':
        Object.assign(model, await new CoreXform().parseStream(stream));
        break;
      default: {
        const sheet = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(entryName);
        if (sheet) {
          await xlsx._processWorksheetEntry(stream, model, sheet[1], undefined, entryName);
          break;
        }
        for (const [pattern, step] of SUB_PARTS) {
          const match = pattern.exec(entryName);
          if (!match) continue;
          await (xlsx[step] as (stream: Readable, model: any, name: string) => Promise<void>).call(xlsx, stream, model, match[1]);
          break;
        }
      }
    }
    parts.remove(name);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
