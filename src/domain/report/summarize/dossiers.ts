/** TTHC: Σ of every count column and each rate as a ratio of sums (contract definitions). */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { TTHC, TTHC_HEADERS as H } from '../../contract/tables';
import { add, ratio, sum, type Expression } from '../expression';
import type { DossierFigureKey, DossiersSummary, Figure } from '../summaryTypes';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = TTHC.name;
const s = (header: string) => sum(T, header);

/** Numerators and denominators exactly as the contract's rate columns define them. */
export const DOSSIER_RATES: Readonly<Record<string, Expression>> = {
  onlineRate: ratio(s(H.online), add(s(H.online), s(H.inPerson))),
  earlyRate: ratio(s(H.early), s(H.resolved)),
  onTimeRate: ratio(s(H.onTime), s(H.resolved)),
  lateRate: ratio(s(H.late), s(H.resolved)),
  earlyOrOnTimeRate: ratio(add(s(H.early), s(H.onTime)), s(H.resolved)),
  resolvedRate: ratio(s(H.resolved), s(H.received)),
};

/** Rate labels state their denominators. */
const RATE_LABEL: Readonly<Record<string, string>> = {
  onlineRate: 'Tỷ lệ trực tuyến (trên số hồ sơ tiếp nhận mới trong kỳ)',
  earlyRate: 'Tỷ lệ trước hạn (trên số hồ sơ đã giải quyết)',
  onTimeRate: 'Tỷ lệ đúng hạn (trên số hồ sơ đã giải quyết)',
  lateRate: 'Tỷ lệ quá hạn (trên số hồ sơ đã giải quyết)',
  earlyOrOnTimeRate: 'Tỷ lệ trước và đúng hạn (trên số hồ sơ đã giải quyết)',
  resolvedRate: 'Tỷ lệ đã giải quyết (trên tổng số hồ sơ nhận)',
};

export function summarizeDossiers(ctx: SummaryContext): DossiersSummary {
  const figures = {} as Record<DossierFigureKey, Figure>;
  for (const key of Object.keys(H) as (keyof typeof H)[]) {
    if (key === 'field') continue;
    const rate = DOSSIER_RATES[key];
    figures[key] = rate
      ? makeFigure(ctx, `tthc.${key}`, RATE_LABEL[key], rate, F.rate)
      : makeFigure(ctx, `tthc.${key}`, H[key], s(H[key]), TTHC.columns.find((c) => c.header === H[key])?.numberFormat ?? F.integer);
  }
  return { hasData: rowsWithInput(ctx, TTHC).length > 0, figures };
}
