import { RULE_SETS } from '../rules/ruleSets';
import { NUMBER_FORMAT as F } from './formats';
import type { NamedCellSpec } from './types';

export const INFO_SHEET = 'Thông tin';

/** 0-based sheet row of the first named cell on the "Thông tin" sheet (labels in A, values in B). */
export const INFO_FIRST_ROW = 2;

/** Widths of the label, value and note columns of the "Thông tin" sheet. */
export const INFO_COLUMN_WIDTHS = [28, 40, 70] as const;

/** BoQuyTac: the rule set in force at the end of the period, from the rule-set data. */
function ruleSetFormula(): string {
  // Newest first: the first rule set whose start is on or before KyBaoCaoDen.
  const sets = [...RULE_SETS].sort((a, b) => b.from.localeCompare(a.from));
  const last = sets[sets.length - 1];
  let formula = `"${last.id}"`;
  for (const set of sets.slice(0, -1).reverse()) {
    const [y, m, d] = set.from.split('-').map(Number);
    formula = `IF(KyBaoCaoDen>=DATE(${y},${m},${d}),"${set.id}",${formula})`;
  }
  return `=IF(N(KyBaoCaoDen)=0,"",${formula})`;
}

export const NAMED_CELLS: readonly NamedCellSpec[] = [
  { name: 'DonViBaoCao', label: 'Đơn vị báo cáo', kind: 'input', type: 'text', numberFormat: F.text, required: true },
  { name: 'KyBaoCaoTu', label: 'Kỳ báo cáo từ ngày', kind: 'input', type: 'date', numberFormat: F.date, required: true },
  {
    name: 'KyBaoCaoDen',
    label: 'Kỳ báo cáo đến ngày',
    kind: 'input',
    type: 'date',
    numberFormat: F.date,
    required: true,
    note: 'Không trước ngày bắt đầu kỳ. Nhiều quy định dùng kỳ từ 15/12 năm trước đến 14/12.',
  },
  { name: 'NgayBaoCao', label: 'Ngày báo cáo', kind: 'input', type: 'date', numberFormat: F.date, required: false },
  {
    name: 'BoQuyTac',
    label: 'Bộ quy tắc áp dụng',
    kind: 'computed',
    type: 'text',
    numberFormat: F.general,
    required: false,
    formula: ruleSetFormula(),
    note: 'Tự chọn theo ngày cuối kỳ báo cáo; có thể gõ đè mã bộ quy tắc khác (' + RULE_SETS.map((r) => r.id).join(', ') + ').',
  },
];
