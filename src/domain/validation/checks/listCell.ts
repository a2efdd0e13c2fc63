/**
 * Checks of list columns. Values match after NFC, case folding, whitespace collapse and
 * either tone placement ("Hoà" = "Hòa"); catalogue lists also accept the other names of
 * DM_TenGoi ("Bằng khen của Chủ tịch UBND tỉnh", "CSTĐCS"). An unknown value is an error for a
 * fixed list and a warning for a catalogue the user may extend; the suggestion never crosses
 * kinds or levels. A value that matches only after normalisation is accepted but warned
 * about: the workbook's formulas compare the text as typed (up to case and spaces), so they
 * would not count it.
 */
import type { ColumnSpec } from '../../contract/types';
import { excelTrim } from '../../compute/functions';
import type { CellValue } from '../../snapshot';
import { acceptedNames, type Catalogues } from '../catalogueData';
import { quoteCell, textValue } from '../cells';
import { at, contractBasis } from '../context';
import type { Finding } from '../finding';
import type { LocatedTable } from '../locatedTable';
import { suggestEntry, type Suggestion } from '../suggestEntry';
import { textKey } from '../textKey';

export type ListChecker = (row: number, value: CellValue) => Finding | null;

/** Narrows a bare kind's suggestions for one row (e.g. to what its signer may award). */
export type RowNarrowing = (row: number) => (entry: string) => boolean;

/**
 * What Excel compares: catalogue names go through TRIM in the KhenThuong helper formulas;
 * fixed lists are compared by SUMIFS as typed. Both ignore case.
 */
function excelKey(value: CellValue, trimmed: boolean): string | null {
  if (typeof value !== 'string') return null;
  const text = trimmed ? excelTrim(value) : value;
  return typeof text === 'string' ? text.toLowerCase() : null;
}

export function listChecker(catalogues: Catalogues, table: LocatedTable, column: ColumnSpec, narrow?: RowNarrowing): ListChecker | null {
  const list = column.list;
  if (!list) return null;
  const fixed = list.kind === 'fixed';
  const accepted = fixed ? list.values.map((v) => ({ text: v, target: v })) : acceptedNames(catalogues, list.table, list.column);
  const entries = fixed ? list.values : [...new Set(accepted.filter((a) => a.text === a.target).map((a) => a.target))];
  const known = new Map<string, string>();
  for (const a of accepted) if (!known.has(textKey(a.text))) known.set(textKey(a.text), a.target);
  const exact = new Set(accepted.map((a) => a.text.toLowerCase()));
  const header = column.header;
  const basis = fixed
    ? contractBasis(table.spec.name, header)
    : `${contractBasis(table.spec.name, header)} (danh mục ${list.table}, cột ${list.column}; tên gọi khác ở DM_TenGoi)`;

  return (row, value) => {
    const text = textValue(value);
    if (text === '') return null;
    const entry = known.get(textKey(text));
    if (entry !== undefined) {
      const key = excelKey(value, !fixed);
      if (typeof value !== 'string' || (key !== null && exact.has(key))) return null;
      return {
        severity: 'warning',
        ...at(table, row, column.key),
        message:
          `${header} ${quoteCell(value)} được hiểu là "${entry}" nhưng viết khác (vị trí dấu hoặc dạng mã Unicode); ` +
          'công thức của Excel sẽ không nhận ra giá trị này khi tính mức thưởng và tổng hợp.',
        suggestion: `Sửa thành "${entry}".`,
        basis,
        rule: 'list.spelling',
      };
    }
    const guess: Suggestion = suggestEntry(text, accepted, narrow?.(row));
    const message = fixed
      ? `${header} ${quoteCell(value)} không thuộc danh sách cho phép (${entries.join('; ')}).`
      : `${header} ${quoteCell(value)} không có trong danh mục ${list.table} và DM_TenGoi.`;
    const addition = fixed ? '' : `; hoặc thêm cách ghi này vào DM_TenGoi (cột Tên trong danh mục ghi tên đúng)`;
    const suggestion = !guess
      ? fixed
        ? `Chọn một trong: ${entries.join('; ')}.`
        : `Chọn giá trị trong danh mục hoặc bổ sung vào ${list.table} trên trang Danh mục.`
      : guess.kind === 'one'
        ? fixed
          ? `Chọn "${guess.entry}".`
          : `Có thể là "${guess.entry}"${addition}.`
        : `Ghi rõ một trong: ${guess.entries.map((e) => `"${e}"`).join('; ')}.`;
    return { severity: fixed ? 'error' : 'warning', ...at(table, row, column.key), message, suggestion, basis, rule: fixed ? 'list.fixed' : 'list.catalogue' };
  };
}
