/** Checks of one number cell, driven by the column's type, min, minExclusive and maxColumn. */
import type { ColumnSpec } from '../../contract/types';
import type { CellValue } from '../../snapshot';
import { numericValue } from '../cells';
import { cellFindings, headerOf } from '../context';
import type { Finding } from '../finding';
import { msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';
import { parseVietnameseNumber } from '../parseVietnameseNumber';

export const NUMBER_TYPES: ReadonlySet<string> = new Set(['integer', 'decimal', 'money', 'rate']);

/**
 * 1.234 in a count: "1.234" (one thousand two hundred thirty-four, Vietnamese thousands dot)
 * read by an English-locale Excel as a decimal. Exactly three decimals, not fewer.
 */
function looksLikeThousands(value: number): boolean {
  return /^-?\d+\.\d{3}$/.test(String(value));
}

function withinMin(value: number, column: ColumnSpec): boolean {
  const min = column.min ?? 0;
  return column.minExclusive ? value > min : value >= min;
}

export function checkNumberCell(table: LocatedTable, row: number, column: ColumnSpec, value: CellValue): Finding | null {
  const header = column.header;
  const make = cellFindings(table, row, column);
  const whole = column.type === 'integer' || column.type === 'money';

  if (typeof value === 'string') {
    const parsed = parseVietnameseNumber(value);
    if (parsed === null) return make('error', 'value.notNumber', msg('value.notNumber', { column: header, value }), msg('value.notNumber.fix'));
    if (whole && !Number.isInteger(parsed)) {
      return make('error', 'value.notInteger', msg('value.notInteger', { column: header, value }), msg('value.notInteger.fix', { example: Math.round(parsed) }));
    }
    return make('error', 'value.textNumber', msg('value.textNumber', { column: header, value }), msg('value.textNumber.fix', { number: parsed }));
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return make('error', 'value.notNumber', msg('value.notNumber', { column: header, value: typeof value === 'number' ? String(value) : value }), msg('value.notNumber.fix.short'));
  }
  if (whole && !Number.isInteger(value)) {
    if (looksLikeThousands(value)) {
      const intended = Math.round(value * 1000);
      return make('error', 'value.thousandsSeparator', msg('value.thousandsSeparator', { column: header, value }), msg('value.thousandsSeparator.fix', { intended }));
    }
    return make('error', 'value.notInteger', msg('value.notInteger', { column: header, value }), msg('value.notInteger.fix', { example: Math.round(value) }));
  }
  const min = column.min;
  if (value < 0 && (min === undefined || min >= 0)) {
    return make('error', 'value.negative', msg('value.negative', { column: header, value }), msg('value.negative.fix'));
  }
  if (min !== undefined && (value < min || (column.minExclusive === true && value <= min))) {
    const bound = { column: header, min: column.min ?? 0, exclusive: column.minExclusive === true, value };
    return make('error', 'value.belowMin', msg('value.belowMin', bound), msg('value.belowMin.fix', bound));
  }
  if (column.maxColumn) {
    const limit = numericValue(table.cell(row, column.maxColumn));
    const limitSpec = table.spec.columns.find((c) => c.key === column.maxColumn);
    // a limit that breaks its own bounds is reported on its own cell, not here again
    if (limit !== null && limitSpec && withinMin(limit, limitSpec) && value > limit) {
      const p = { column: header, value, limitColumn: headerOf(table, column.maxColumn), limit };
      return make('error', 'value.aboveColumn', msg('value.aboveColumn', p), msg('value.aboveColumn.fix', p));
    }
  }
  return null;
}
