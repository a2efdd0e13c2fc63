import type { Figure } from './summaryTypes';

/** The Tổng hợp section each figure belongs to, by the first part of its key. */
const SECTION_BY_KEY_PREFIX: Record<string, string> = {
  awards: 'Khen thưởng',
  ratings: 'Xếp loại chất lượng',
  tthc: 'Thủ tục hành chính',
  deadlineCuts: 'Cắt giảm thời hạn TTHC',
  gcn: 'Cấp GCN',
  targets: 'Chỉ tiêu, nhiệm vụ',
};

const TOTAL_PREFIX = 'Tổng cộng — ';

/**
 * A figure's label with its section, for places that show it out of the sheet's context
 * (the pane, a mismatch finding): "Tổng số lượng" alone does not say of what.
 */
export function figureTitle(figure: Pick<Figure, 'key' | 'label'>): string {
  const section = SECTION_BY_KEY_PREFIX[figure.key.split('.')[0]];
  if (!section) return figure.label;
  return figure.label.startsWith(TOTAL_PREFIX)
    ? `${section} — ${figure.label.slice(TOTAL_PREFIX.length)} (tổng cộng)`
    : `${section} — ${figure.label}`;
}
