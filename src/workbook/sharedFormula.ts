import type ExcelJS from 'exceljs';
import { parseRange } from '../domain/util/a1';

interface SharedMaster {
  formula?: string;
  shareType?: string;
  ref?: string;
}

/**
 * Before a cell that is the master of a shared formula is overwritten, its clones get their
 * own formula text: exceljs would otherwise re-attach them to whatever formula the master
 * holds next, or lose their master.
 */
function releaseSharedClones(cell: ExcelJS.Cell): void {
  const value = cell.value as SharedMaster | null;
  if (!value || typeof value !== 'object' || value.shareType !== 'shared' || !value.ref) return;
  const { top, left, bottom, right } = parseRange(value.ref);
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const clone = cell.worksheet.findCell(r + 1, c + 1);
      const cloneValue = clone?.value as { sharedFormula?: string; result?: unknown } | null | undefined;
      if (!clone || clone === cell || !cloneValue || cloneValue.sharedFormula !== cell.address) continue;
      clone.value = { formula: clone.formula, result: cloneValue.result } as ExcelJS.CellFormulaValue;
    }
  }
}

/** Sets a cell's value, releasing the clones of a shared formula it was the master of. */
export function overwrite(cell: ExcelJS.Cell, value: ExcelJS.CellValue): void {
  releaseSharedClones(cell);
  cell.value = value;
}
