/**
 * Checks of list columns. Values match after NFC, case folding, whitespace collapse and
 * either tone placement ("Hoà" = "Hòa"). An unknown value is an error for a fixed list and a
 * warning for a catalogue the user may extend; the nearest entry is suggested. A value that
 * matches only after normalisation is accepted but warned about: Excel's own comparisons
 * (MATCH, SUMIFS, "=") ignore case and nothing else, so the workbook's formulas would not
 * count it.
 */
import type { ColumnSpec } from '../../contract/types';
import type { CellValue } from '../../snapshot';
import { catalogueValues, type Catalogues } from '../catalogueData';
import { quoteCell, textValue } from '../cells';
import { at, contractBasis } from '../context';
import type { Finding } from '../finding';
import type { LocatedTable } from '../locatedTable';
import { nearestEntry, textKey } from '../textKey';

export type ListChecker = (row: number, value: CellValue) => Finding | null;

export function listChecker(catalogues: Catalogues, table: LocatedTable, column: ColumnSpec): ListChecker | null {
  const list = column.list;
  if (!list) return null;
  const entries = list.kind === 'fixed' ? list.values : catalogueValues(catalogues, list.table, list.column);
  const known = new Map(entries.map((e) => [textKey(e), e]));
  // What Excel's comparisons see as equal: the same text up to case.
  const exact = new Set(entries.map((e) => e.toLowerCase()));
  const nearest = new Map<string, string | null>();
  const fixed = list.kind === 'fixed';
  const header = column.header;
  const basis = fixed
    ? contractBasis(table.spec.name, header)
    : `${contractBasis(table.spec.name, header)} (danh mục ${list.table}, cột ${list.column})`;

  return (row, value) => {
    const text = textValue(value);
    if (text === '') return null;
    const entry = known.get(textKey(text));
    if (entry !== undefined) {
      if (typeof value !== 'string' || exact.has(value.toLowerCase())) return null;
      return {
        severity: 'warning',
        ...at(table, row, column.key),
        message:
          `${header} ${quoteCell(value)} được hiểu là "${entry}" nhưng viết khác (khoảng trắng, vị trí dấu hoặc dạng mã Unicode); ` +
          'công thức của Excel sẽ không nhận ra giá trị này khi tính mức thưởng và tổng hợp.',
        suggestion: `Sửa thành "${entry}".`,
        basis,
        rule: 'list.spelling',
      };
    }
    let guess = nearest.get(text);
    if (guess === undefined) {
      guess = nearestEntry(text, entries);
      nearest.set(text, guess);
    }
    const message = fixed
      ? `${header} ${quoteCell(value)} không thuộc danh sách cho phép (${entries.join('; ')}).`
      : `${header} ${quoteCell(value)} không có trong danh mục ${list.table}.`;
    const suggestion = fixed
      ? guess
        ? `Chọn "${guess}".`
        : `Chọn một trong: ${entries.join('; ')}.`
      : guess
        ? `Có thể là "${guess}"; chọn giá trị trong danh mục hoặc bổ sung vào ${list.table} trên trang Danh mục.`
        : `Chọn giá trị trong danh mục hoặc bổ sung vào ${list.table} trên trang Danh mục.`;
    return { severity: fixed ? 'error' : 'warning', ...at(table, row, column.key), message, suggestion, basis, rule: fixed ? 'list.fixed' : 'list.catalogue' };
  };
}
