/**
 * The key figures by reporting unit of a consolidated workbook: SUMIFS over "Đơn vị báo
 * cáo" for each merged unit; the reporting unit's own rows (blank) as the total minus the
 * rows of any unit, which every engine reads alike (a blank criterion does not).
 */
import { foldCase } from '../../compute/coercion';
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { GCN, GCN_HEADERS, KHEN_THUONG, KHEN_THUONG_HEADERS, REPORTING_UNIT_HEADER, TTHC, TTHC_HEADERS } from '../../contract/tables';
import { add, equalsText, type Expression, ratio, subtract, sum, sumIfs } from '../expression';
import type { UnitFigures, UnitsSummary } from '../summaryTypes';
import { makeFigure, type SummaryContext } from './context';

const ANY_UNIT = { header: REPORTING_UNIT_HEADER, criterion: '<>' };
const SOURCES = [KHEN_THUONG.name, TTHC.name, GCN.name];

/** Which rows a figure reads: one unit's, the reporting unit's own, or all. */
type Scope = { kind: 'unit'; name: string } | { kind: 'own' } | { kind: 'all' };

function scoped(table: string, header: string, scope: Scope): Expression {
  if (scope.kind === 'all') return sum(table, header);
  if (scope.kind === 'own') return subtract(sum(table, header), sumIfs(table, header, [ANY_UNIT]));
  return sumIfs(table, header, [equalsText(REPORTING_UNIT_HEADER, scope.name)]);
}

function hasUnitColumn(ctx: SummaryContext, table: string): boolean {
  return ctx.source.hasTable(table) && ctx.source.hasColumn(table, REPORTING_UNIT_HEADER);
}

/** Units as SUMIFS tells them apart (case-insensitively), first spelling kept. */
function distinctUnits(ctx: SummaryContext): string[] {
  const seen = new Map<string, string>();
  for (const table of SOURCES) {
    if (!hasUnitColumn(ctx, table)) continue;
    for (const value of ctx.source.column(table, REPORTING_UNIT_HEADER)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      const key = foldCase(value);
      if (!seen.has(key)) seen.set(key, value);
    }
  }
  return [...seen.values()];
}

function figures(ctx: SummaryContext, key: string, label: string, unit: string | null, scope: Scope): UnitFigures {
  const when = <T>(table: string, make: () => T): T | null => (hasUnitColumn(ctx, table) ? make() : null);
  const K = KHEN_THUONG.name;
  const T = TTHC.name;
  const fig = (name: string, text: string, e: Expression, format: string) => makeFigure(ctx, `units.${key}.${name}`, `${label} — ${text}`, e, format);
  return {
    unit,
    label,
    awardCount: when(K, () => fig('awardCount', 'khen thưởng (số lượng)', scoped(K, KHEN_THUONG_HEADERS.quantity, scope), F.integer)),
    awardMoney: when(K, () => fig('awardMoney', 'tiền thưởng (đồng)', scoped(K, KHEN_THUONG_HEADERS.amount, scope), F.money)),
    received: when(T, () => fig('received', 'hồ sơ tiếp nhận', scoped(T, TTHC_HEADERS.received, scope), F.integer)),
    resolved: when(T, () => fig('resolved', 'hồ sơ đã giải quyết', scoped(T, TTHC_HEADERS.resolved, scope), F.integer)),
    earlyOrOnTimeRate: when(T, () =>
      fig(
        'earlyOrOnTimeRate',
        'tỷ lệ trước và đúng hạn',
        ratio(add(scoped(T, TTHC_HEADERS.early, scope), scoped(T, TTHC_HEADERS.onTime, scope)), scoped(T, TTHC_HEADERS.resolved, scope)),
        F.rate,
      ),
    ),
    certificatesIssued: when(GCN.name, () => fig('certificatesIssued', 'GCN đã cấp', scoped(GCN.name, GCN_HEADERS.issued, scope), F.integer)),
  };
}

/** Rows with input but no unit: the reporting unit's own. */
function hasOwnRows(ctx: SummaryContext): boolean {
  return SOURCES.some((table) => {
    if (!hasUnitColumn(ctx, table)) return false;
    const units = ctx.source.column(table, REPORTING_UNIT_HEADER);
    const spec = [KHEN_THUONG, TTHC, GCN].find((t) => t.name === table)!;
    const inputs = spec.columns.filter((c) => c.kind === 'input' && c.header !== REPORTING_UNIT_HEADER).map((c) => ctx.source.column(table, c.header));
    return units.some((u, i) => (u === null || u === '') && inputs.some((column) => column[i] !== null && column[i] !== ''));
  });
}

export function summarizeUnits(ctx: SummaryContext, ownName: string | null): UnitsSummary | null {
  const units = distinctUnits(ctx);
  if (units.length === 0) return null;
  const rows = units.map((name, i) => figures(ctx, `u${i + 1}`, name, name, { kind: 'unit', name }));
  if (hasOwnRows(ctx)) rows.push(figures(ctx, 'own', ownName ? `${ownName} (số liệu riêng)` : 'Đơn vị báo cáo (số liệu riêng)', null, { kind: 'own' }));
  return { rows, total: figures(ctx, 'total', 'Tổng cộng', null, { kind: 'all' }) };
}
