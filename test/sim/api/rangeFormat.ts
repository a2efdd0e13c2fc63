/** Range.format and its parts (fill, font, protection); values read back as Excel does: uniform or null. */
import { Rect, isEntireColumns } from '../addressing';
import { CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT } from '../model/cells';
import type { SheetModel } from '../model/sheet';
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import { normalizeColor } from './colors';
import type { RangeTarget } from './range';

const MAX_FORMAT_CELLS = 2_000_000;

/** The common value of a per-cell attribute over the range, or null when it differs. */
function uniform<V>(t: RangeTarget, read: (sheet: SheetModel, row: number, col: number) => V): V | null {
  let first: V | undefined;
  const { rect } = t;
  const rows = Math.min(rect.rows, 100000);
  const cols = Math.min(rect.cols, 1000);
  for (let r = rect.row; r < rect.row + rows; r++) {
    for (let c = rect.col; c < rect.col + cols; c++) {
      const v = read(t.sheet, r, c);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

function applyFormat(self: SimClientObject<RangeTarget>, t: RangeTarget, patch: Partial<CellFormat>): void {
  const { rect } = t;
  self._model.assertWritable(t.sheet, rect, 'format');
  if (rect.rows * rect.cols > MAX_FORMAT_CELLS) return; // whole columns/rows: only widths/heights are modelled
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) t.sheet.setFormat(r, c, patch);
  }
}

function formatProp<K extends keyof CellFormat>(key: K, fallback: CellFormat[K], normalize?: (v: unknown) => CellFormat[K]) {
  return {
    get: (t: RangeTarget) => uniform(t, (s, r, c) => s.cell(r, c)?.format?.[key] ?? fallback),
    set: (t: RangeTarget, v: unknown, self: SimClientObject<RangeTarget>) =>
      applyFormat(self, t, { [key]: normalize ? normalize(v) : (v as CellFormat[K]) } as Partial<CellFormat>),
  };
}

export class SimRangeFormat extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeFormat';
  }

  override _props(): PropTable<RangeTarget> {
    return FORMAT_PROPS;
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { fill: () => this.fill, font: () => this.font, protection: () => this.protection };
  }

  get fill(): SimRangeFill {
    return this._child('fill', () => new SimRangeFill(this.context, this, 'fill', [], () => this._target()));
  }

  get font(): SimRangeFont {
    return this._child('font', () => new SimRangeFont(this.context, this, 'font', [], () => this._target()));
  }

  get protection(): SimFormatProtection {
    return this._child('protection', () => new SimFormatProtection(this.context, this, 'protection', [], () => this._target()));
  }

  get borders(): SimRangeBorders {
    return this._child('borders', () => new SimRangeBorders(this.context, this, 'borders', [], () => this._target()));
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined);
  }

  autofitRows(): void {
    this._call('autofitRows', [], () => undefined);
  }
}

function widthOf(sheet: SheetModel, col: number): number {
  return sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
}

function heightOf(sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
}

function sameOver(count: number, start: number, read: (i: number) => number): number | null {
  const first = read(start);
  for (let i = start + 1; i < start + Math.min(count, 20000); i++) if (read(i) !== first) return null;
  return first;
}

function setWidths(t: RangeTarget, v: unknown): void {
  for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, Number(v));
}

function setHeights(t: RangeTarget, v: unknown, rect: Rect): void {
  if (isEntireColumns(rect)) return;
  for (let r = rect.row; r < rect.row + rect.rows; r++) t.sheet.rowHeights.set(r, Number(v));
}

const FORMAT_PROPS: PropTable<RangeTarget> = {
  columnWidth: {
    get: (t) => sameOver(t.rect.cols, t.rect.col, (c) => widthOf(t.sheet, c)),
    set: (t, v, self) => {
      if (t.sheet.protected && !t.sheet.protectionOptions.allowFormatColumns) self._model.assertWritable(t.sheet, t.rect, 'format');
      setWidths(t, v);
    },
  },
  rowHeight: {
    get: (t) => sameOver(t.rect.rows, t.rect.row, (r) => heightOf(t.sheet, r)),
    set: (t, v) => setHeights(t, v, t.rect),
  },
  wrapText: formatProp('wrapText', false),
  horizontalAlignment: formatProp('horizontalAlignment', 'General'),
  verticalAlignment: formatProp('verticalAlignment', 'Bottom'),
};

export class SimRangeFill extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeFill';
  }

  override _props(): PropTable<RangeTarget> {
    return FILL_PROPS;
  }

  clear(): void {
    this._call('clear', [], (t) => applyFormat(this, t, { fill: undefined }));
  }
}

/** office-js reports "#FFFFFF" for a cell without fill. */
const FILL_PROPS: PropTable<RangeTarget> = {
  color: formatProp('fill', '#FFFFFF' as string | undefined, normalizeColor),
};

export class SimRangeFont extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeFont';
  }

  override _props(): PropTable<RangeTarget> {
    return FONT_PROPS;
  }
}

const FONT_PROPS: PropTable<RangeTarget> = {
  bold: formatProp('bold', false),
  italic: formatProp('italic', false),
  color: formatProp('fontColor', DEFAULT_FONT.color as string | undefined, normalizeColor),
  size: formatProp('fontSize', DEFAULT_FONT.size as number | undefined, Number),
  name: formatProp('fontName', DEFAULT_FONT.name as string | undefined, String),
};

export class SimFormatProtection extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'FormatProtection';
  }

  override _props(): PropTable<RangeTarget> {
    return PROTECTION_PROPS;
  }
}

const PROTECTION_PROPS: PropTable<RangeTarget> = {
  locked: {
    get: (t) => uniform(t, (s, r, c) => s.cell(r, c)?.format?.locked ?? true),
    // unlocking cells is how the add-in prepares input columns; allowed only while unprotected, like Excel
    set: (t, v, self) => {
      if (t.sheet.protected) self._model.assertWritable(t.sheet, t.rect, 'content');
      if (t.rect.rows * t.rect.cols > MAX_FORMAT_CELLS) return;
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.setFormat(r, c, { locked: v === false ? false : undefined });
      }
    },
  },
  formulaHidden: { get: () => false, set: () => undefined },
};

/** Borders are accepted and not modelled (the simulator does not draw). */
export class SimRangeBorders extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeBorderCollection';
  }

  getItem(index: string): SimRangeBorder {
    return new SimRangeBorder(this.context, this, 'getItem', [index], () => this._target());
  }
}

export class SimRangeBorder extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeBorder';
  }

  override _props(): PropTable<RangeTarget> {
    return BORDER_PROPS;
  }
}

const BORDER_PROPS: PropTable<RangeTarget> = {
  style: { get: () => 'None', set: () => undefined },
  color: { get: () => '#000000', set: () => undefined },
  weight: { get: () => 'Thin', set: () => undefined },
};

defineProps(SimRangeFormat, FORMAT_PROPS);
defineProps(SimRangeFill, FILL_PROPS);
defineProps(SimRangeFont, FONT_PROPS);
defineProps(SimFormatProtection, PROTECTION_PROPS);
defineProps(SimRangeBorder, BORDER_PROPS);

