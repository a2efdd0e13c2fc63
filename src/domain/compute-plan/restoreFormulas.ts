import { DATA_TABLES } from '../contract/tables';
import type { PlanOp } from '../setup/ops';
import { refersToColumn } from '../formula/structuredRefs';
import { sameHeader } from '../contract/columnHeader';
import { isEmptyCell, isFormula, type WorkbookSnapshot } from '../snapshot';
import { cellAddress } from '../util/a1';

/** A computed cell whose formula had been replaced by a typed value, restored by compute. */
export interface RestoredCell {
  sheet: string;
  cell: string;
  table: string;
  column: string;
  /** what the user had typed there */
  typed: string | number | boolean;
}

/**
 * Every computed and auto column rewritten as one live formula over the whole column. Only
 * those columns are written: input cells are never touched. Typed values found there are
 * listed so the user is told which cells were restored.
 */
export function restoreFormulasPlan(snapshot: WorkbookSnapshot): { ops: PlanOp[]; restored: RestoredCell[] } {
  const ops: PlanOp[] = [];
  const restored: RestoredCell[] = [];
  for (const spec of DATA_TABLES) {
    const table = snapshot.tables.find((t) => t.name === spec.name);
    if (!table) continue;
    const absent = spec.columns.filter((c) => !table.headers.some((h) => sameHeader(h, c.header))).map((c) => c.header);
    for (const column of spec.columns) {
      if (!column.formula) continue;
      const index = table.headers.findIndex((h) => sameHeader(h, column.header));
      if (index < 0 || absent.some((h) => refersToColumn(column.formula ?? '', h))) continue;
      table.formulas.forEach((row, i) => {
        const cell = row[index];
        if (!isEmptyCell(cell) && !isFormula(cell) && cell !== null) {
          restored.push({
            sheet: table.sheet,
            cell: cellAddress(table.headerRow + 1 + i, table.firstColumn + index),
            table: spec.name,
            column: table.headers[index],
            typed: cell,
          });
        }
      });
      ops.push({ kind: 'columnFormula', table: spec.name, header: table.headers[index], formula: column.formula, rows: 'all' });
    }
  }
  return { ops, restored };
}
