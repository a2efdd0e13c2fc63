/** Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet, here only as Range.getSpecialCells gives them. */
import { formatAddress, type Rect } from '../addressing';
import type { SheetModel } from '../model/sheet';
import { PropTable, SimClientObject, defineProps } from './clientObject';

export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

/** Excel.SpecialCellType values the simulator answers. */
export type SpecialCellKind = 'Formulas' | 'Constants' | 'Blanks';

/**
 * The cells of `rect` of the given kind, as column-wise runs of rows (the order Excel lists
 * a one-column range in); null when there are none.
 */
export function specialCells(sheet: SheetModel, rect: Rect, kind: SpecialCellKind): Rect[] | null {
  const rects: Rect[] = [];
  for (let c = rect.col; c < rect.col + rect.cols; c++) {
    let start = -1;
    for (let r = rect.row; r <= rect.row + rect.rows; r++) {
      const inside = r < rect.row + rect.rows;
      const cell = inside ? sheet.cell(r, c) : undefined;
      const hasFormula = cell?.formula !== undefined;
      const hasValue = cell?.value !== undefined && cell.value !== null && cell.value !== '';
      const match =
        inside && (kind === 'Formulas' ? hasFormula : kind === 'Constants' ? !hasFormula && hasValue : !hasFormula && !hasValue);
      if (match && start < 0) start = r;
      if (!match && start >= 0) {
        rects.push({ row: start, col: c, rows: r - start, cols: 1 });
        start = -1;
      }
    }
  }
  return rects.length > 0 ? rects : null;
}

export class SimRangeAreas extends SimClientObject<AreasTarget> {
  get _className(): string {
    return 'RangeAreas';
  }

  override _props(): PropTable<AreasTarget> {
    return AREAS_PROPS;
  }

  protected override _alive(t: AreasTarget): boolean {
    return !t.sheet.deleted;
  }
}

const AREAS_PROPS: PropTable<AreasTarget> = {
  address: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(',') },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + r.rows * r.cols, 0) },
};

defineProps(SimRangeAreas, AREAS_PROPS);
