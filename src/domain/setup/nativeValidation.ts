import type { ColumnSpec, TableSpec } from '../contract/types';
import { cellAddress } from '../util/a1';
import { DM_TEN_GOI } from '../contract/catalogues';
import { catalogueTitle } from '../contract/captions';
import { msg, vi } from '../messages';

/** A native Excel data-validation rule, in the vocabulary of the Excel API. */
export type NativeRule =
  | {
      type: 'WholeNumber' | 'Decimal';
      operator: 'GreaterThanOrEqualTo' | 'GreaterThan';
      formula1: number;
    }
  | { type: 'Date'; operator: 'GreaterThanOrEqualTo'; formula1: string }
  | { type: 'List'; source: string }
  | { type: 'Custom'; formula: string };

export interface NativeValidation {
  rule: NativeRule;
  /** Stop refuses the entry; Warning lets the user keep it after a question; Information keeps it after a note */
  alertStyle: 'Stop' | 'Warning' | 'Information';
  title: string;
  message: string;
}

/** Excel's limits on validation texts: an explicit list's source, the alert's title and message. */
export const VALIDATION_LIMITS = { listSource: 255, title: 32, message: 255 } as const;

/**
 * A fixed list whose values hold commas, or whose comma-separated source would be longer than
 * Excel allows, cannot be an inline list: it lives in cells with a name.
 */
export function needsListRange(values: readonly string[]): boolean {
  return values.some((v) => v.includes(',')) || values.join(',').length > VALIDATION_LIMITS.listSource;
}

/** A column caption as an alert title: cut at a word with "…" when longer than Excel allows. */
export function validationTitle(caption: string): string {
  if (caption.length <= VALIDATION_LIMITS.title) return caption;
  const room = caption.slice(0, VALIDATION_LIMITS.title - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).trimEnd()}…`;
}

export function listRangeName(table: TableSpec, column: ColumnSpec): string {
  return `DS_${table.name}_${column.key}`;
}

function numberRule(column: ColumnSpec): NativeValidation | null {
  if (column.min === undefined) return null;
  const whole = column.type === 'integer';
  const operator = column.minExclusive ? 'GreaterThan' : 'GreaterThanOrEqualTo';
  const bound = column.minExclusive ? `lớn hơn ${column.min}` : `từ ${column.min} trở lên`;
  return {
    rule: { type: whole ? 'WholeNumber' : 'Decimal', operator, formula1: column.min },
    alertStyle: 'Stop',
    title: validationTitle(column.header),
    message: whole ? `Nhập số nguyên ${bound}.` : `Nhập số ${bound} (số lẻ dùng dấu thập phân).`,
  };
}

/**
 * The native rule for a column, or null when Excel has none to offer (free text).
 * `firstDataRow` is the 0-based sheet row of the first data row and `columnIndexOf` gives the
 * 0-based sheet column of a column key: custom formulas are relative to the top-left cell.
 */
export function nativeValidationFor(
  table: TableSpec,
  column: ColumnSpec,
  firstDataRow: number,
  columnIndexOf: (key: string) => number | undefined,
): NativeValidation | null {
  if (column.kind !== 'input') return null;
  if (column.list) {
    const list = column.list;
    let source: string;
    if (list.kind === 'catalogue') source = `=INDIRECT("${list.table}[${list.column}]")`;
    else if (needsListRange(list.values)) source = `=${listRangeName(table, column)}`;
    else source = list.values.join(',');
    if (list.kind === 'fixed') {
      return { rule: { type: 'List', source }, alertStyle: 'Stop', title: validationTitle(column.header), message: 'Chọn một giá trị trong danh sách.' };
    }
    // A catalogue column also takes the wordings of decisions listed in DM_TenGoi ("UBND tỉnh",
    // "Bằng khen của Chủ tịch UBND tỉnh"), which the drop-down does not show: the alert informs
    // and keeps what was typed ("Kiểm tra dữ liệu" then tells a real unknown name from an alias).
    return {
      rule: { type: 'List', source },
      alertStyle: 'Information',
      title: validationTitle(column.header),
      message: vi(msg('validation.catalogueList', { aliasCat: catalogueTitle(DM_TEN_GOI.name) })),
    };
  }
  if (column.type === 'date') {
    return {
      rule: { type: 'Date', operator: 'GreaterThanOrEqualTo', formula1: '=DATE(2000,1,1)' },
      alertStyle: 'Stop',
      title: validationTitle(column.header),
      message: 'Nhập ngày theo dạng dd/mm/yyyy.',
    };
  }
  if (column.maxColumn) {
    const own = columnIndexOf(column.key);
    const other = columnIndexOf(column.maxColumn);
    if (own === undefined || other === undefined) return numberRule(column);
    const here = cellAddress(firstDataRow, own);
    const limit = cellAddress(firstDataRow, other);
    return {
      rule: { type: 'Custom', formula: `=AND(ISNUMBER(${here}),${here}>=0,${here}<=N(${limit}))` },
      alertStyle: 'Stop',
      title: validationTitle(column.header),
      message: 'Nhập số ngày từ 0 đến thời hạn quy định.',
    };
  }
  if (column.type === 'integer' || column.type === 'decimal') return numberRule(column);
  return null;
}

/**
 * The report header's dates: a date each, and the period's end not before its start (the
 * formula names the other cell by its defined name, so it holds wherever the cells stand).
 */
export function headerDateValidation(name: string, label: string): NativeValidation {
  if (name === 'KyBaoCaoDen') {
    return {
      rule: { type: 'Custom', formula: '=AND(ISNUMBER(KyBaoCaoDen),KyBaoCaoDen>=N(KyBaoCaoTu))' },
      alertStyle: 'Stop',
      title: validationTitle(label),
      message: 'Nhập ngày (dd/mm/yyyy), không trước ngày bắt đầu kỳ báo cáo.',
    };
  }
  return {
    rule: { type: 'Date', operator: 'GreaterThanOrEqualTo', formula1: '=DATE(2000,1,1)' },
    alertStyle: 'Stop',
    title: validationTitle(label),
    message: 'Nhập ngày theo dạng dd/mm/yyyy.',
  };
}
