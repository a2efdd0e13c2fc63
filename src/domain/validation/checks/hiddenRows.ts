/**
 * Hidden rows and filters: a year-end report counts every row of a table — the totals row
 * (SUM) and "Tổng hợp" agree on all rows; hiding and filtering are only for viewing. A clerk
 * who hides a row to leave it out would be wrong in silence: the check says so at the
 * table's header.
 */
import { capitalised, tableCaption } from '../../contract/captions';
import { ALL_ROWS_COUNT, DATA_TABLES } from '../../contract/tables';
import type { WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import type { Emit } from '../context';
import { formatNumberVi } from '../formatVi';
import { findTable } from '../locatedTable';

export function checkHiddenRows(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const spec of DATA_TABLES) {
    const table = findTable(snapshot, spec.name);
    if (!table) continue;
    const hidden = typeof table.hiddenRows === 'number' && table.hiddenRows > 0 ? table.hiddenRows : 0;
    const filtered = table.filtered === true;
    if (hidden === 0 && !filtered) continue;
    const caption = capitalised(tableCaption(spec.name));
    const rows = `${formatNumberVi(hidden)} dòng`;
    const message = filtered
      ? hidden > 0
        ? `${caption} đang lọc, ẩn ${rows}: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả ${rows} này.`
        : `${caption} đang bật bộ lọc: dòng Tổng cộng và trang Tổng hợp vẫn cộng mọi dòng, kể cả dòng bị lọc.`
      : `${caption} có ${rows} đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả ${rows} này.`;
    const headerRow = Number.isInteger(table.headerRow) && table.headerRow >= 0 ? table.headerRow : 0;
    const firstColumn = Number.isInteger(table.firstColumn) && table.firstColumn >= 0 ? table.firstColumn : 0;
    emit({
      severity: 'warning',
      sheet: table.sheet || spec.sheet,
      cell: cellAddress(headerRow, firstColumn),
      table: spec.name,
      column: typeof table.headers?.[0] === 'string' ? table.headers[0] : '',
      message,
      suggestion:
        'Báo cáo năm cộng mọi dòng. Dòng không thuộc báo cáo thì xóa đi thay vì ẩn; bỏ lọc (Dữ liệu > Xóa) và bỏ ẩn dòng để thấy đủ số liệu được cộng.',
      basis: `Mẫu sổ Tổng kết: ${ALL_ROWS_COUNT}`,
      rule: 'structure.hiddenRows',
    });
  }
}
