/** One worksheet of the simulated workbook: sparse cells plus sheet-level settings. */
import { MAX_COLUMNS, Rect } from '../addressing';
import { Cell, CellFormat, hasFormatting, isEmptyCell } from './cells';
import type { ChartModel } from './charts';
import type { ConditionalFormatModel } from './conditionalFormats';
import type { ValidationEntry } from './validation';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

/** Worksheet.pageLayout (ExcelApi 1.9): what printing the sheet would use. */
export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  footer: { left: string; center: string; right: string };
  /** "$3:$3" once setPrintTitleRows was called */
  printTitleRows: string | null;
  printArea: string | null;
}

/** Excel's defaults for a new sheet (US English install: Letter, 0.75"/0.7" margins). */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    footer: { left: '', center: '', right: '' },
    printTitleRows: null,
    printArea: null,
  };
}

export class SheetModel {
  name: string;
  visibility: Visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  frozenRows = 0;
  frozenColumns = 0;
  protected = false;
  /** WorksheetProtectionOptions given to protect() (allowFormatCells, allowInsertRows…). */
  protectionOptions: Record<string, boolean> = {};
  readonly cells = new Map<number, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** rows hidden by hand or by a filter (0-based); not shifted by row inserts or deletes */
  readonly hiddenRows = new Set<number>();
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  merges: Rect[] = [];
  pageLayout: PageLayoutModel = defaultPageLayout();
  deleted = false;

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell, created empty when absent. */
  ensure(row: number, col: number): Cell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops cells that hold neither content nor formatting (keeps snapshots canonical). */
  prune(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (cell && isEmptyCell(cell) && !hasFormatting(cell)) this.cells.delete(key);
  }

  setFormat(row: number, col: number, patch: Partial<CellFormat>): void {
    const cell = this.ensure(row, col);
    const format: CellFormat = { ...cell.format };
    for (const [k, v] of Object.entries(patch) as [keyof CellFormat, unknown][]) {
      if (v === undefined) delete format[k];
      else (format as Record<string, unknown>)[k] = v;
    }
    if (Object.keys(format).length > 0) cell.format = format;
    else delete cell.format;
    this.prune(row, col);
  }

  /** Bounding box of cells with content (valuesOnly) or with content or formatting. */
  usedRect(valuesOnly: boolean): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of this.cells) {
      if (isEmptyCell(cell) && (valuesOnly || !hasFormatting(cell))) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    if (maxR < 0) return null;
    return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }

  /** Cells with content inside a rectangle (sparse scan, cheap for big rectangles). */
  *contentCells(r: Rect): Iterable<[number, number, Cell]> {
    for (const [key, cell] of this.cells) {
      const row = keyRow(key);
      const col = keyCol(key);
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols && !isEmptyCell(cell)) {
        yield [row, col, cell];
      }
    }
  }
}
