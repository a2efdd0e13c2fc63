/** Awards by title × recipient type (Σ Số lượng, Σ Thành tiền), by recipient type, and in all. */
import { AWARD_CATALOGUE_HEADERS as A } from '../../compute/catalogues';
import { foldCase } from '../../compute/coercion';
import { exactTextCriterion } from '../../compute/criteria';
import { matchExact } from '../../compute/functions';
import { isExcelError } from '../../compute/values';
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { KHEN_THUONG, KHEN_THUONG_HEADERS as H, RECIPIENT_TYPES } from '../../contract/tables';
import { sum, sumIfs, type ColumnCriterion } from '../expression';
import type { AwardLine, AwardsSummary } from '../summaryTypes';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = KHEN_THUONG.name;

export const RECIPIENT_SLUG: Readonly<Record<string, string>> = {
  'Tập thể': 'collective',
  'Cá nhân': 'individual',
  'Hộ gia đình': 'household',
};

function countAndMoney(ctx: SummaryContext, key: string, label: string, criteria: readonly ColumnCriterion[]) {
  return {
    count: makeFigure(ctx, `${key}.count`, `${label} — số lượng`, sumIfs(T, H.quantity, criteria), F.integer),
    money: makeFigure(ctx, `${key}.money`, `${label} — thành tiền (đồng)`, sumIfs(T, H.amount, criteria), F.money),
  };
}

interface LineKey {
  title: string;
  recipientType: string;
  firstRow: number;
}

/** Distinct (title, recipient type) pairs as SUMIFS tells them apart: case-insensitively. */
function distinctLines(ctx: SummaryContext): LineKey[] {
  const titles = ctx.source.column(T, H.award);
  const recipients = ctx.source.column(T, H.recipientType);
  const seen = new Map<string, LineKey>();
  titles.forEach((title, i) => {
    const who = recipients[i];
    if (typeof title !== 'string' || title === '' || typeof who !== 'string' || who === '') return;
    const key = `${foldCase(title)}\u0000${foldCase(who)}`;
    if (!seen.has(key)) seen.set(key, { title, recipientType: who, firstRow: i });
  });
  return [...seen.values()];
}

export function summarizeAwards(ctx: SummaryContext): AwardsSummary {
  const catalogueNames = ctx.catalogues.awards.column(A.name);
  const catalogueGroups = ctx.catalogues.awards.column(A.group);
  const position = (title: string): number => {
    const at = matchExact(title, catalogueNames);
    return isExcelError(at) ? Infinity : at;
  };
  const recipientOrder = (who: string): number => {
    const at = RECIPIENT_TYPES.findIndex((r) => foldCase(r) === foldCase(who));
    return at < 0 ? RECIPIENT_TYPES.length : at;
  };
  const keys = distinctLines(ctx);
  const firstRowOfTitle = new Map<string, number>();
  for (const l of keys) {
    const title = foldCase(l.title);
    firstRowOfTitle.set(title, Math.min(firstRowOfTitle.get(title) ?? Infinity, l.firstRow));
  }
  // Catalogue order, then first appearance; each title's recipient types together.
  const lines = keys
    .map((l) => ({ ...l, position: position(l.title), titleRow: firstRowOfTitle.get(foldCase(l.title)) ?? 0 }))
    .sort((a, b) => a.position - b.position || a.titleRow - b.titleRow || recipientOrder(a.recipientType) - recipientOrder(b.recipientType));

  const awardLines: AwardLine[] = lines.map((l) => {
    const group = Number.isFinite(l.position) ? catalogueGroups[l.position - 1] : null;
    const criteria = [
      { header: H.award, criterion: exactTextCriterion(l.title) },
      { header: H.recipientType, criterion: exactTextCriterion(l.recipientType) },
    ];
    const slug = RECIPIENT_SLUG[l.recipientType] ?? l.recipientType;
    return {
      title: l.title,
      recipientType: l.recipientType,
      group: typeof group === 'string' && group !== '' ? group : null,
      ...countAndMoney(ctx, `awards.line.${l.title}.${slug}`, `${l.title} (${l.recipientType})`, criteria),
    };
  });

  const units = ctx.source.column(KHEN_THUONG.name, H.unitAmount);
  const titles = ctx.source.column(T, H.award);
  const rowsWithoutAmount = titles.filter((t, i) => t !== null && t !== '' && units[i] === '').length;

  return {
    hasData: rowsWithInput(ctx, KHEN_THUONG).length > 0,
    lines: awardLines,
    byRecipient: RECIPIENT_TYPES.map((r) => ({
      recipientType: r,
      ...countAndMoney(ctx, `awards.recipient.${RECIPIENT_SLUG[r]}`, r, [{ header: H.recipientType, criterion: exactTextCriterion(r) }]),
    })),
    total: {
      count: makeFigure(ctx, 'awards.total.count', 'Tổng số lượng', sum(T, H.quantity), F.integer),
      money: makeFigure(ctx, 'awards.total.money', 'Tổng số tiền thưởng (đồng)', sum(T, H.amount), F.money),
    },
    rowsWithoutAmount,
  };
}
