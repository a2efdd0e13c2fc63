/**
 * Quotas on awards and quality ratings, as data: which rule sets apply them, the DM_ThamSo
 * parameter holding the ratio (the catalogue default is used when the row is missing), and
 * the legal basis. Quotas produce warnings, never errors.
 */
import { PARAMETER } from '../contract/catalogues';

export interface QuotaRule {
  /** stable identifier, also the finding's rule id */
  id: string;
  /** DM_ThamSo "Tham số" holding the maximum ratio */
  parameter: string;
  /** ids of the rule sets (RULE_SETS) in which the quota applies */
  ruleSets: readonly string[];
  /** awards counted in the numerator / denominator (DM_DanhHieu names), for award quotas */
  limited?: readonly string[];
  base?: readonly string[];
  basis: string;
}

/** Chiến sĩ thi đua cơ sở ≤ 15% of the individuals with Lao động tiên tiến, until 31/12/2023. */
export const BASE_EMULATION_QUOTA: QuotaRule = {
  id: 'quota.baseEmulation',
  parameter: PARAMETER.baseEmulationQuota,
  ruleSets: ['TDKT-2017'],
  limited: ['Chiến sĩ thi đua cơ sở'],
  base: ['Lao động tiên tiến', 'Chiến sĩ tiên tiến'],
  basis: 'Nghị định 91/2017/NĐ-CP Điều 9 khoản 3 (áp dụng đến 31/12/2023)',
};

/**
 * Hoàn thành xuất sắc nhiệm vụ ≤ 20% of Hoàn thành tốt nhiệm vụ in the same unit. The
 * 25% cap for viên chức of units rated xuất sắc (NĐ 233/2026, from 01/7/2026) cannot be
 * told apart from the rows, so the parameter stays the general cap.
 */
export const EXCELLENT_QUOTA: QuotaRule = {
  id: 'quota.excellent',
  parameter: PARAMETER.excellentQuota,
  ruleSets: ['TDKT-2017', 'TDKT-2024', 'TDKT-2025'],
  basis:
    'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (thay Quy định 124-QĐ/TW); Nghị định 90/2020/NĐ-CP, sửa đổi, bổ sung bởi ' +
    'Nghị định 48/2023/NĐ-CP (tỷ lệ 20% trên số hoàn thành tốt: chưa đối chiếu nguyên văn)',
};

export function quotaApplies(rule: QuotaRule, ruleSetId: string): boolean {
  return rule.ruleSets.includes(ruleSetId);
}
