/**
 * TTHC (Biểu 06): every received dossier is resolved, pending, or returned/withdrawn/
 * suspended. The totals are recomputed from the input columns: the computed cells may
 * have been typed over.
 */
import { isBlank, numericValue } from '../cells';
import { at, type Emit } from '../context';
import { finding } from '../makeFinding';
import { msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';

const RECEIVED = ['online', 'inPerson', 'carriedOver'] as const;
const RESOLVED = ['early', 'onTime', 'late'] as const;
const PENDING = ['pendingWithin', 'pendingOverdue'] as const;

function sum(table: LocatedTable, row: number, keys: readonly string[]): number | null {
  let total = 0;
  for (const key of keys) {
    const value = numericValue(table.cell(row, key));
    // counts that are not whole and non-negative are reported cell by cell
    if (value === null || value < 0 || !Number.isInteger(value)) return null;
    total += value;
  }
  return total;
}

export function checkDossiers(table: LocatedTable, emit: Emit): void {
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const received = sum(table, row, RECEIVED);
    const resolved = sum(table, row, RESOLVED);
    const pending = sum(table, row, PENDING);
    const returnedCell = table.cell(row, 'returned');
    const returned = isBlank(returnedCell) ? 0 : sum(table, row, ['returned']);
    // An incomplete row is already reported cell by cell; its difference would only add noise.
    if (received === null || resolved === null || pending === null || returned === null) continue;
    const difference = received - resolved - pending - returned;
    if (Math.abs(difference) < 1e-9) {
      checkShownDifference(table, row, emit);
      continue;
    }
    emit(finding(at(table, row, table.index.has('difference') ? 'difference' : 'received'), 'error', 'dossier.difference',
      msg('dossier.difference', { received, resolved, pending, returned, difference }), msg('dossier.difference.fix', { difference }),
      msg('law.dossier', { sheet: table.sheet })));
  }
}

/**
 * The counts reconcile, yet the workbook's own Chênh lệch cell shows a difference: one of the
 * total columns holds a typed number instead of its formula, so the sheet contradicts itself.
 */
function checkShownDifference(table: LocatedTable, row: number, emit: Emit): void {
  if (!table.index.has('difference')) return;
  const shown = numericValue(table.cell(row, 'difference'));
  if (shown === null || Math.abs(shown) < 1e-9) return;
  emit(finding(at(table, row, 'difference'), 'error', 'dossier.shownDifference', msg('dossier.shownDifference', { shown }),
    msg('dossier.shownDifference.fix'), msg('law.dossier', { sheet: table.sheet })));
}
