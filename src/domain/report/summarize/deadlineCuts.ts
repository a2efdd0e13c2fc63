/**
 * Deadline cuts: the cut rate is Σ days cut ÷ Σ legal days over the rows that have both
 * durations (a row without a cut duration has no days cut and must not weigh the divisor).
 */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { CAT_GIAM_HEADERS as H, CAT_GIAM_TTHC } from '../../contract/tables';
import { countIfs, ratio, sum, sumIfs } from '../expression';
import type { DeadlineCutsSummary } from '../summaryTypes';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = CAT_GIAM_TTHC.name;

export function summarizeDeadlineCuts(ctx: SummaryContext): DeadlineCutsSummary {
  const legalDays = sumIfs(T, H.legalDays, [{ header: H.cutDays, criterion: '<>' }]);
  const daysCut = sum(T, H.daysCut);
  return {
    hasData: rowsWithInput(ctx, CAT_GIAM_TTHC).length > 0,
    reviewed: makeFigure(
      ctx,
      'deadlineCuts.reviewed',
      'Số thủ tục có đủ thời hạn quy định và sau cắt giảm',
      countIfs(T, [
        { header: H.legalDays, criterion: '<>' },
        { header: H.cutDays, criterion: '<>' },
      ]),
      F.integer,
    ),
    procedures: makeFigure(ctx, 'deadlineCuts.procedures', 'Số thủ tục được cắt giảm thời hạn', countIfs(T, [{ header: H.daysCut, criterion: '>0' }]), F.integer),
    legalDays: makeFigure(ctx, 'deadlineCuts.legalDays', 'Tổng thời hạn theo quy định (ngày)', legalDays, F.days),
    daysAfterCut: makeFigure(
      ctx,
      'deadlineCuts.daysAfterCut',
      'Tổng thời hạn sau cắt giảm (ngày)',
      sumIfs(T, H.cutDays, [{ header: H.legalDays, criterion: '<>' }]),
      F.days,
    ),
    daysCut: makeFigure(ctx, 'deadlineCuts.daysCut', 'Tổng số ngày cắt giảm', daysCut, F.days),
    cutRate: makeFigure(ctx, 'deadlineCuts.cutRate', 'Tỷ lệ cắt giảm (trên tổng thời hạn theo quy định)', ratio(daysCut, legalDays), F.rate),
  };
}
