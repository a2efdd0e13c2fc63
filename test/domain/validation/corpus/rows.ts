/** Valid rows of each table that the cases patch, and shorthands for expected findings. */
import { serial, type RowInput } from '../../../helpers/snapshot';
import type { ExpectedFinding } from './types';

export const AWARD: RowInput = {
  decisionNumber: '45/QĐ-SNNMT',
  decisionDate: serial('2025-01-05'),
  authority: 'Sở, ban, ngành tỉnh',
  award: 'Lao động tiên tiến',
  recipientType: 'Cá nhân',
  quantity: 86,
};
export const RATING: RowInput = { unit: 'Văn phòng Sở', recipientType: 'Cá nhân', excellent: 3, good: 18, done: 2, notDone: 0 };
export const DOSSIER: RowInput = {
  field: 'Thủy lợi', online: 45, inPerson: 12, carriedOver: 3, early: 20, onTime: 30, late: 0, pendingWithin: 8, pendingOverdue: 0, returned: 2,
};
export const CUT: RowInput = { procedure: 'Đăng ký biến động quyền sử dụng đất', field: 'Đất đai', legalDays: 10, cutDays: 7 };
export const CERTIFICATE: RowInput = {
  unit: 'Văn phòng Đăng ký đất đai', recipient: 'Tổ chức', kind: 'Lần đầu', target: 120, issued: 134, parcels: 140, area: 85.25,
};
export const TARGET: RowInput = { group: 'Thanh tra', target: 'Cuộc thanh tra, kiểm tra', unitOfMeasure: 'cuộc', plan: 18, done: 21 };

export const award = (patch: RowInput): RowInput => ({ ...AWARD, ...patch });
export const rating = (patch: RowInput): RowInput => ({ ...RATING, ...patch });
export const dossier = (patch: RowInput): RowInput => ({ ...DOSSIER, ...patch });
export const cut = (patch: RowInput): RowInput => ({ ...CUT, ...patch });
export const certificate = (patch: RowInput): RowInput => ({ ...CERTIFICATE, ...patch });
export const target = (patch: RowInput): RowInput => ({ ...TARGET, ...patch });

type Extra = Omit<ExpectedFinding, 'severity' | 'sheet' | 'cell' | 'rule'>;
export const error = (sheet: string, cell: string, rule: string, extra: Extra = {}): ExpectedFinding => ({ severity: 'error', sheet, cell, rule, ...extra });
export const warning = (sheet: string, cell: string, rule: string, extra: Extra = {}): ExpectedFinding => ({ severity: 'warning', sheet, cell, rule, ...extra });
