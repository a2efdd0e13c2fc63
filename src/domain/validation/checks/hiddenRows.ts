/**
 * Hidden rows and filters: a year-end report counts every row of a table — the totals row
 * (SUM) and "Tổng hợp" agree on all rows; hiding and filtering are only for viewing. A clerk
 * who hides a row to leave it out would be wrong in silence: the check says so at the
 * table's header.
 */
import { DATA_TABLES } from '../../contract/tables';
import { msg } from '../../messages';
import type { WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import type { Emit } from '../context';
import { findTable } from '../locatedTable';
import { finding } from '../makeFinding';

export function checkHiddenRows(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const spec of DATA_TABLES) {
    const table = findTable(snapshot, spec.name);
    if (!table) continue;
    const hidden = typeof table.hiddenRows === 'number' && table.hiddenRows > 0 ? table.hiddenRows : 0;
    const filtered = table.filtered === true;
    if (hidden === 0 && !filtered) continue;
    const sheet = typeof table.sheet === 'string' && table.sheet !== '' ? table.sheet : spec.sheet;
    const headerRow = Number.isInteger(table.headerRow) && table.headerRow >= 0 ? table.headerRow : 0;
    const firstColumn = Number.isInteger(table.firstColumn) && table.firstColumn >= 0 ? table.firstColumn : 0;
    const column = typeof table.headers?.[0] === 'string' ? table.headers[0] : '';
    emit(
      finding(
        { sheet, cell: cellAddress(headerRow, firstColumn), table: spec.name, column },
        'warning',
        'structure.hiddenRows',
        msg('structure.hiddenRows', { sheet, hidden, filtered }),
        msg('structure.hiddenRows.fix'),
        msg('basis.allRows'),
      ),
    );
  }
}
