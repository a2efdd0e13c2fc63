/**
 * Quotas of the rule set (warnings): the ratio comes from DM_ThamSo, or the contract default
 * when the parameter row is missing or unreadable.
 */
import { DM_THAM_SO } from '../../contract/catalogues';
import { RECIPIENT } from '../../contract/tables';
import { BASE_EMULATION_QUOTA, EXCELLENT_QUOTA, quotaApplies, type QuotaRule } from '../../rules/quotas';
import { recipientTypeOf } from '../catalogueData';
import { numericValue, textValue } from '../cells';
import { at, type Emit, type ValidationContext } from '../context';
import { finding } from '../makeFinding';
import { catalogueTitle } from '../../contract/captions';
import { msg, type Msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';
import { textKey } from '../textKey';

const EPSILON = 1e-9;

/** The quota as a fraction; a value above 1 was typed as a percentage (15 for 15%). */
export function quotaRatio(ctx: ValidationContext, rule: QuotaRule): number {
  const typed = ctx.catalogues.parameters.get(textKey(rule.parameter))?.value;
  const fallback = DM_THAM_SO.rows.find((r) => r.name === rule.parameter)?.value;
  const value = typeof typed === 'number' && typed >= 0 ? typed : typeof fallback === 'number' ? fallback : 0;
  return value > 1 ? value / 100 : value;
}

function basisOf(rule: QuotaRule, ratio: number): Msg {
  return msg('basis.quota', { rule: rule.id, parameter: rule.parameter, ratio, cat: catalogueTitle('DM_ThamSo') });
}

function allowedMaximum(ratio: number, base: number): number {
  return Math.floor(ratio * base + EPSILON);
}

function quantity(table: LocatedTable, row: number): number {
  const value = numericValue(table.cell(row, 'quantity'));
  return value !== null && value > 0 ? value : 0;
}

export function checkBaseEmulationQuota(ctx: ValidationContext, table: LocatedTable, emit: Emit): void {
  const rule = BASE_EMULATION_QUOTA;
  if (!quotaApplies(rule, ctx.ruleSet.id)) return;
  const limitedKeys = new Set((rule.limited ?? []).map(textKey));
  const baseKeys = new Set((rule.base ?? []).map(textKey));
  let limited = 0;
  let base = 0;
  let firstLimitedRow = -1;
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const recipient = recipientTypeOf(table.cell(row, 'recipientType'));
    if (recipient !== null && recipient !== RECIPIENT.individual) continue;
    const award = textKey(textValue(table.cell(row, 'award')));
    if (limitedKeys.has(award)) {
      limited += quantity(table, row);
      if (firstLimitedRow < 0) firstLimitedRow = row;
    } else if (baseKeys.has(award)) {
      base += quantity(table, row);
    }
  }
  const ratio = quotaRatio(ctx, rule);
  if (firstLimitedRow < 0 || limited <= ratio * base + EPSILON) return;
  const [limitedName] = rule.limited ?? [];
  const [baseName] = rule.base ?? [];
  emit(finding(at(table, firstLimitedRow, 'award'), 'warning', rule.id,
    msg('quota.baseEmulation', { limitedName, limited, ratio, baseName, base, max: allowedMaximum(ratio, base) }),
    msg('quota.baseEmulation.fix', { limitedName, baseName }), basisOf(rule, ratio)));
}

export function checkExcellentQuota(ctx: ValidationContext, table: LocatedTable, emit: Emit): void {
  const rule = EXCELLENT_QUOTA;
  if (!quotaApplies(rule, ctx.ruleSet.id)) return;
  const ratio = quotaRatio(ctx, rule);
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const excellent = numericValue(table.cell(row, 'excellent'));
    const good = numericValue(table.cell(row, 'good'));
    if (excellent === null || good === null || excellent <= 0 || good < 0) continue;
    if (excellent <= ratio * good + EPSILON) continue;
    const unit = textValue(table.cell(row, 'unit'));
    // the message gives the share on the quota's own base, not on everyone rated as the table's Tỷ lệ xuất sắc
    emit(finding(at(table, row, 'excellent'), 'warning', rule.id,
      msg('quota.excellent', { unit, excellent, ratio, good, max: allowedMaximum(ratio, good) }), msg('quota.excellent.fix'), basisOf(rule, ratio)));
  }
}
