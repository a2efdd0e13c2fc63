/** Checks of one date cell: a serial Excel can show, not a date typed as text. */
import type { ColumnSpec } from '../../contract/types';
import type { CellValue } from '../../snapshot';
import { serialToIsoSafe } from '../cells';
import { cellFindings } from '../context';
import type { Finding } from '../finding';
import { msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';
import { matchDateText, parseVietnameseDate } from '../parseVietnameseDate';

export function checkDateCell(table: LocatedTable, row: number, column: ColumnSpec, value: CellValue): Finding | null {
  const header = column.header;
  const make = cellFindings(table, row, column);
  if (typeof value === 'number' && serialToIsoSafe(value) !== null) return null;
  if (typeof value === 'string') {
    const parsed = parseVietnameseDate(value);
    if (parsed) {
      const ambiguous = parsed.ambiguous ? { day: parsed.iso.slice(8, 10), month: parsed.iso.slice(5, 7) } : null;
      return make('error', 'value.textDate', msg('value.textDate', { column: header, value, ambiguous }), msg('value.textDate.fix', { date: parsed.iso }));
    }
    if (matchDateText(value)) {
      return make('error', 'value.invalidDate', msg('value.invalidDate', { column: header, value }), msg('value.invalidDate.fix'));
    }
  }
  if (typeof value === 'number') {
    return make('error', 'value.invalidDate', msg('value.invalidSerial', { column: header, value }), msg('value.date.fix'));
  }
  return make('error', 'value.notDate', msg('value.notDate', { column: header, value }), msg('value.notDate.fix'));
}
