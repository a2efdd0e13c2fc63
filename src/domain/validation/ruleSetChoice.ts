/**
 * Which rule set the checks apply: the one in force at the end of the period, unless the
 * BoQuyTac cell names another known rule set (typed by the user or left by its formula).
 */
import { NAMED_CELLS } from '../contract/header';
import { RULE_SETS, ruleSetById, ruleSetOn, type RuleSet } from '../rules/ruleSets';
import type { WorkbookSnapshot } from '../snapshot';
import { isBlank } from './cells';
import { msg } from '../messages';
import type { Emit, Period } from './context';
import { namedCell, namedCellFinding } from './reportHeader';

export type RuleSetSource = 'period' | 'override' | 'default';

export interface RuleSetChoice {
  ruleSet: RuleSet;
  source: RuleSetSource;
}

export function chooseRuleSet(snapshot: WorkbookSnapshot, period: Period, today: string | null, emit: Emit): RuleSetChoice {
  const fromPeriod = period.to ? ruleSetOn(period.to) : null;
  const spec = NAMED_CELLS.find((n) => n.name === 'BoQuyTac')!;
  const value: unknown = namedCell(snapshot, spec.name)?.value;

  if (!isBlank(value) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const chosen = ruleSetById(String(value));
    if (chosen) return { ruleSet: chosen, source: fromPeriod && fromPeriod.id === chosen.id ? 'period' : 'override' };
    emit(namedCellFinding(snapshot, spec, 'error', 'ruleSet.unknown', msg('ruleSet.unknown', { label: spec.label, value }),
      msg('ruleSet.unknown.fix', { ids: RULE_SETS.map((r) => r.id) })));
  }
  if (fromPeriod) return { ruleSet: fromPeriod, source: 'period' };
  return { ruleSet: today ? ruleSetOn(today) : RULE_SETS[RULE_SETS.length - 1], source: 'default' };
}
