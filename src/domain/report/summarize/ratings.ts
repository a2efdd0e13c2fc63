/** Ratings per recipient type and in all: each level, Tổng số, Σ xuất sắc ÷ Σ Tổng số. */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { RATED_RECIPIENT_TYPES, XEP_LOAI, XEP_LOAI_HEADERS as H } from '../../contract/tables';
import { type ColumnCriterion, equalsText, ratio, sumIfs } from '../expression';
import type { RatingGroup, RatingsSummary } from '../summaryTypes';
import { RECIPIENT_SLUG } from './awards';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = XEP_LOAI.name;

function group(ctx: SummaryContext, recipientType: string | null): RatingGroup {
  const criteria: ColumnCriterion[] = recipientType ? [equalsText(H.recipientType, recipientType)] : [];
  const key = `ratings.${recipientType ? RECIPIENT_SLUG[recipientType] : 'all'}`;
  const who = recipientType ?? 'Tổng cộng';
  const level = (name: string, header: string) => makeFigure(ctx, `${key}.${name}`, `${who} — ${header}`, sumIfs(T, header, criteria), F.integer);
  return {
    recipientType,
    excellent: level('excellent', H.excellent),
    good: level('good', H.good),
    done: level('done', H.done),
    notDone: level('notDone', H.notDone),
    total: level('total', H.total),
    excellentRate: makeFigure(
      ctx,
      `${key}.excellentRate`,
      `${who} — ${H.excellentRate}`,
      ratio(sumIfs(T, H.excellent, criteria), sumIfs(T, H.total, criteria)),
      F.rate,
    ),
  };
}

export function summarizeRatings(ctx: SummaryContext): RatingsSummary {
  return {
    hasData: rowsWithInput(ctx, XEP_LOAI).length > 0,
    groups: [...RATED_RECIPIENT_TYPES.map((r) => group(ctx, r)), group(ctx, null)],
  };
}
