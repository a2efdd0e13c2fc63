/** Checks of one number cell, driven by the column's type, min, minExclusive and maxColumn. */
import type { ColumnSpec } from '../../contract/types';
import type { CellValue } from '../../snapshot';
import { numericValue, quoteCell } from '../cells';
import { cellFindings, headerOf } from '../context';
import type { Finding } from '../finding';
import { formatNumberVi } from '../formatVi';
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

function minText(column: ColumnSpec): string {
  const min = formatNumberVi(column.min ?? 0);
  return column.minExclusive ? `lớn hơn ${min}` : `từ ${min} trở lên`;
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
    if (parsed === null) {
      return make('error', 'value.notNumber', `${header} phải là số; ô đang có ${quoteCell(value)}.`,
        'Nhập một số (ví dụ 1.234 hoặc 2,5); bỏ chữ, đơn vị tính và ký hiệu khỏi ô.');
    }
    if (whole && !Number.isInteger(parsed)) {
      return make('error', 'value.notInteger', `${header} phải là số nguyên; ô đang có ${quoteCell(value)}.`,
        `Nhập một số nguyên, ví dụ ${formatNumberVi(Math.round(parsed))}.`);
    }
    return make('error', 'value.textNumber',
      `${header} đang là văn bản ${quoteCell(value)}, không phải số, nên không được cộng vào tổng.`,
      `Nhập lại ô này thành số ${formatNumberVi(parsed)}, gõ theo dấu thập phân của Excel trên máy ` +
        '(ví dụ xóa ô rồi gõ lại, hoặc dùng Dữ liệu > Văn bản thành cột).');
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return make('error', 'value.notNumber', `${header} phải là số; ô đang có ${quoteCell(value)}.`, 'Nhập một số.');
  }
  if (whole && !Number.isInteger(value)) {
    if (looksLikeThousands(value)) {
      const intended = Math.round(value * 1000);
      return make('error', 'value.thousandsSeparator',
        `${header} phải là số nguyên; ô đang có ${formatNumberVi(value)} — có thể dấu chấm phân cách hàng nghìn đã bị đọc thành dấu thập phân.`,
        `Nếu ý là ${formatNumberVi(intended)}, nhập lại số ${intended}.`);
    }
    return make('error', 'value.notInteger', `${header} phải là số nguyên; ô đang có ${formatNumberVi(value)}.`,
      `Nhập một số nguyên, ví dụ ${formatNumberVi(Math.round(value))}.`);
  }
  const min = column.min;
  if (value < 0 && (min === undefined || min >= 0)) {
    return make('error', 'value.negative', `${header} không được âm; ô đang có ${formatNumberVi(value)}.`,
      'Nhập số không âm; nếu là số giảm, ghi giải thích vào cột Ghi chú.');
  }
  if (min !== undefined && (value < min || (column.minExclusive === true && value <= min))) {
    return make('error', 'value.belowMin', `${header} phải ${minText(column)}; ô đang có ${formatNumberVi(value)}.`,
      `Nhập ${header} ${minText(column)}, hoặc xóa dòng nếu không có số liệu.`);
  }
  if (column.maxColumn) {
    const limit = numericValue(table.cell(row, column.maxColumn));
    const limitSpec = table.spec.columns.find((c) => c.key === column.maxColumn);
    // a limit that breaks its own bounds is reported on its own cell, not here again
    if (limit !== null && limitSpec && withinMin(limit, limitSpec) && value > limit) {
      const limitHeader = headerOf(table, column.maxColumn);
      return make('error', 'value.aboveColumn',
        `${header} ${formatNumberVi(value)} lớn hơn ${limitHeader} ${formatNumberVi(limit)}.`,
        `Kiểm tra lại: ${header} không được lớn hơn ${limitHeader} (${formatNumberVi(limit)}).`);
    }
  }
  return null;
}
