/**
 * Rows that reach Excel's limits, from issue 7: 400 targets (a "Thực hiện chỉ tiêu" paragraph
 * over 32.767 characters), a typed award title of 8.200 characters (SUMIFS of 32.879
 * characters before), titles over 255 characters (criteria Excel cannot take).
 */
import { DM_CAP_QUYET_DINH } from '../../src/domain/contract/catalogues';
import type { RowInput } from './snapshot';
import { serial } from './snapshot';

/** A Vietnamese-looking text of exactly `length` characters, told apart by `tag`. */
export function longText(tag: string, length: number): string {
  const base = `${tag} khen thưởng thành tích xuất sắc trong phong trào thi đua yêu nước `;
  return base.repeat(Math.ceil(length / base.length) + 1).slice(0, length).trimEnd().padEnd(length, 'x');
}

export const LONG_TITLE = longText('Bằng khen A', 8200);
export const TITLE_300 = longText('Danh hiệu B', 300);

export const LIMIT_AWARD_ROWS: readonly RowInput[] = [
  { decisionNumber: '1/QĐ-UBND', decisionDate: serial('2025-01-10'), award: LONG_TITLE, recipientType: 'Cá nhân', quantity: 3, decidedAmount: 1000000 },
  { decisionNumber: '2/QĐ-UBND', decisionDate: serial('2025-01-10'), award: LONG_TITLE.toUpperCase(), recipientType: 'Cá nhân', quantity: 4, decidedAmount: 2000000 },
  { decisionNumber: '3/QĐ-UBND', decisionDate: serial('2025-01-10'), award: TITLE_300, recipientType: 'Tập thể', quantity: 5, decidedAmount: 500000 },
  { decisionNumber: '4/QĐ-UBND', decisionDate: serial('2025-01-10'), award: `${TITLE_300}*`, recipientType: 'Tập thể', quantity: 7, decidedAmount: 700000 },
  { decisionNumber: '6/QĐ-UBND', decisionDate: serial('2025-01-10'), award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: 11 },
];

/** 40 signers of 250 characters each (criteria Excel takes, but 40 of them exceed a formula's 8.192). */
export const LONG_SIGNERS: readonly string[] = Array.from({ length: 40 }, (_, i) => longText(`Chủ tịch ${i + 1}`, 250));

export const LIMIT_SIGNER_CATALOGUE: readonly RowInput[] = [
  ...DM_CAP_QUYET_DINH.rows,
  ...LONG_SIGNERS.map((name) => ({ name, paidByUnit: null, basis: null })),
];

export const LIMIT_SIGNED_AWARD_ROWS: readonly RowInput[] = LONG_SIGNERS.map((authority, i) => ({
  decisionNumber: `${i + 10}/QĐ-UBND`,
  decisionDate: serial('2025-01-10'),
  award: 'Giấy khen',
  authority,
  recipientType: 'Cá nhân',
  quantity: 1,
  decidedAmount: 100000 * (i + 1),
}));

/** 400 targets with names of about 140 characters: the paragraph is over 60.000 characters. */
export const LIMIT_TARGET_ROWS: readonly RowInput[] = Array.from({ length: 400 }, (_, i) => ({
  group: 'Nhiệm vụ',
  target: `Chỉ tiêu số ${i + 1}: hoàn thành kế hoạch cải cách hành chính, chuyển đổi số và nâng cao chất lượng phục vụ người dân, doanh nghiệp`,
  unitOfMeasure: 'nhiệm vụ',
  plan: 10,
  done: (i % 13) + 1,
}));
