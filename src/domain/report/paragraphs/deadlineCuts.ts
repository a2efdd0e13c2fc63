import { CAT_GIAM_TTHC } from '../../contract/tables';
import { formatCount, formatNumber, formatPercent } from '../format';
import type { DeadlineCutsSummary } from '../summaryTypes';
import { FigureReader, NO_DATA, type Paragraph } from './common';

const TITLE = 'Cắt giảm thời hạn giải quyết thủ tục hành chính';

export function deadlineCutsParagraph(cuts: DeadlineCutsSummary): Paragraph {
  if (!cuts.hasData) return { key: 'deadlineCuts', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const days = (x: number) => `${formatNumber(x, 2)} ngày`;
  const procedures = read.count(cuts.procedures);
  const reviewed = read.count(cuts.reviewed);
  if (reviewed === 0) {
    const text = 'Chưa có thủ tục nào có đủ số liệu thời hạn theo quy định và thời hạn sau cắt giảm.';
    return { key: 'deadlineCuts', title: TITLE, text: read.text(CAT_GIAM_TTHC.sheet, text) };
  }
  const among = reviewed !== procedures ? ` (trong số ${formatCount(reviewed)} thủ tục có đủ số liệu thời hạn)` : '';
  const sentences = [`Đã cắt giảm thời hạn giải quyết ${formatCount(procedures)} thủ tục hành chính${among}.`];
  const rate = read.number(cuts.cutRate);
  if (rate !== null) {
    sentences.push(
      `Tổng thời hạn giải quyết theo quy định là ${days(read.count(cuts.legalDays))}, sau cắt giảm còn ${days(read.count(cuts.daysAfterCut))}, ` +
        `giảm ${days(read.count(cuts.daysCut))}, tỷ lệ cắt giảm ${formatPercent(rate)} tổng thời hạn theo quy định.`,
    );
  }
  return { key: 'deadlineCuts', title: TITLE, text: read.text(CAT_GIAM_TTHC.sheet, sentences.join(' ')) };
}
