/** Checks of one date cell: a serial Excel can show, not a date typed as text. */
import type { ColumnSpec } from '../../contract/types';
import type { CellValue } from '../../snapshot';
import { quoteCell, serialToIsoSafe } from '../cells';
import { cellFindings } from '../context';
import type { Finding } from '../finding';
import { formatDateVi } from '../formatVi';
import type { LocatedTable } from '../locatedTable';
import { matchDateText, parseVietnameseDate } from '../parseVietnameseDate';

export function checkDateCell(table: LocatedTable, row: number, column: ColumnSpec, value: CellValue): Finding | null {
  const header = column.header;
  const make = cellFindings(table, row, column);
  if (typeof value === 'number' && serialToIsoSafe(value) !== null) return null;
  if (typeof value === 'string') {
    const parsed = parseVietnameseDate(value);
    if (parsed) {
      const ambiguity = parsed.ambiguous
        ? ` Ngày và tháng đều không quá 12 nên dễ nhầm: đang hiểu là ngày ${parsed.iso.slice(8, 10)} tháng ${parsed.iso.slice(5, 7)}.`
        : '';
      return make('error', 'value.textDate',
        `${header} đang là văn bản ${quoteCell(value)}, không phải ngày, nên không dùng được để tính toán.${ambiguity}`,
        `Nhập lại ngày ${formatDateVi(parsed.iso)} dưới dạng ngày (dd/mm/yyyy).`);
    }
    if (matchDateText(value)) {
      return make('error', 'value.invalidDate', `${header} ${quoteCell(value)} không phải ngày có thật.`,
        'Kiểm tra lại ngày, tháng, năm (dd/mm/yyyy).');
    }
  }
  if (typeof value === 'number') {
    return make('error', 'value.invalidDate', `${header} ${quoteCell(value)} không phải ngày hợp lệ.`,
      'Nhập ngày theo định dạng dd/mm/yyyy.');
  }
  return make('error', 'value.notDate', `${header} phải là ngày; ô đang có ${quoteCell(value)}.`,
    'Nhập ngày theo định dạng dd/mm/yyyy, ví dụ 09/06/2025.');
}
