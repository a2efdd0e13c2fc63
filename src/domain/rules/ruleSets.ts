/**
 * Rule sets for emulation and commendation, versioned by effective date. A report's rule set
 * is the one in force at the end of its period, unless the user overrides it in BoQuyTac.
 */
export interface RuleSet {
  id: string;
  /** first day in force (ISO date) */
  from: string;
  /** last day in force (ISO date), or null while in force */
  to: string | null;
  /** Vietnamese description: the legal texts it applies */
  basis: string;
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'TDKT-2017',
    from: '2000-01-01',
    to: '2023-12-31',
    basis: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung); Nghị định 91/2017/NĐ-CP',
  },
  {
    id: 'TDKT-2024',
    from: '2024-01-01',
    to: '2025-06-30',
    basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP',
  },
  {
    id: 'TDKT-2025',
    from: '2025-07-01',
    to: null,
    basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP',
  },
];

/** The rule set in force on an ISO date (yyyy-mm-dd). */
export function ruleSetOn(isoDate: string): RuleSet {
  const found = RULE_SETS.find((r) => r.from <= isoDate && (r.to === null || isoDate <= r.to));
  return found ?? RULE_SETS[RULE_SETS.length - 1];
}

export function ruleSetById(id: string): RuleSet | undefined {
  const wanted = id.trim().toUpperCase();
  return RULE_SETS.find((r) => r.id === wanted);
}
