import { msg, vi, type Msg } from '../messages';
import { columnSum, DATA_TABLES } from '../contract/tables';
import type { PlanOp } from '../setup/ops';
import { refersToColumn } from '../formula/structuredRefs';
import { sameHeader } from '../contract/columnHeader';
import { isEmptyCell, type WorkbookSnapshot } from '../snapshot';

/** A table whose totals row could not be added, with the reason in Vietnamese. */
export interface TotalsSkipped {
  table: string;
  sheet: string;
  message: string;
  /** the same as a message, for the pane in another language */
  text: Msg;
}

/**
 * Totals rows for the contract tables that have one: labels, sums of every row (hidden ones
 * included, as on "Tổng hợp") and the ratio of summed counts for rates. A table with data
 * typed just under it keeps that data: its totals row is skipped and reported instead.
 */
export function totalsRowsPlan(snapshot: WorkbookSnapshot): { ops: PlanOp[]; skipped: TotalsSkipped[] } {
  const ops: PlanOp[] = [];
  const skipped: TotalsSkipped[] = [];
  for (const spec of DATA_TABLES) {
    if (!spec.totalsRow) continue;
    const table = snapshot.tables.find((t) => t.name === spec.name);
    if (!table) continue;
    if (!table.showTotals && (table.below[0] ?? []).some((v) => !isEmptyCell(v))) {
      const text = msg('totals.skipped', { sheet: table.sheet });
      skipped.push({ table: spec.name, sheet: table.sheet, message: vi(text), text });
      continue;
    }
    const absent = spec.columns.filter((c) => !table.headers.some((h) => sameHeader(h, c.header))).map((c) => c.header);
    const usable = (formula: string) => !absent.some((h) => refersToColumn(formula, h));
    const cells: { header: string; value?: string; formula?: string; numberFormat?: string }[] = [];
    for (const header of table.headers) {
      const column = spec.columns.find((c) => sameHeader(header, c.header));
      // Every cell is written, so Excel's default function in the last column never shows.
      if (!column?.total) cells.push({ header, value: '' });
      else if (column.total.kind === 'label') cells.push({ header, value: column.total.text });
      else if (column.total.kind === 'sum') {
        cells.push({ header, formula: `=${columnSum(spec.name, column.header)}`, numberFormat: column.numberFormat });
      } else if (usable(column.total.formula)) {
        cells.push({ header, formula: column.total.formula, numberFormat: column.numberFormat });
      } else cells.push({ header, value: '' });
    }
    ops.push({ kind: 'totalsRow', table: spec.name, cells });
  }
  return { ops, skipped };
}
