import { XEP_LOAI } from '../../contract/tables';
import { formatCount, formatPercent } from '../format';
import type { RatingGroup, RatingsSummary } from '../summaryTypes';
import { FigureReader, NO_DATA, recipientNoun, type Paragraph } from './common';

const TITLE = 'Đánh giá, xếp loại chất lượng';

function groupSentence(g: RatingGroup, read: FigureReader): string | null {
  const total = read.count(g.total);
  if (total === 0 || g.recipientType === null) return null;
  const noun = recipientNoun(g.recipientType);
  const rate = read.number(g.excellentRate);
  const excellent = `hoàn thành xuất sắc nhiệm vụ ${formatCount(read.count(g.excellent))}${rate === null ? '' : ` (chiếm ${formatPercent(rate)})`}`;
  return (
    `${g.recipientType}: ${formatCount(total)} ${noun} được đánh giá, xếp loại, trong đó ${excellent}, ` +
    `hoàn thành tốt nhiệm vụ ${formatCount(read.count(g.good))}, hoàn thành nhiệm vụ ${formatCount(read.count(g.done))}, ` +
    `không hoàn thành nhiệm vụ ${formatCount(read.count(g.notDone))}.`
  );
}

export function ratingsParagraph(ratings: RatingsSummary): Paragraph {
  if (!ratings.hasData) return { key: 'ratings', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const sentences = ratings.groups.map((g) => groupSentence(g, read)).filter((s): s is string => s !== null);
  const all = ratings.groups.find((g) => g.recipientType === null);
  const typed = ratings.groups.filter((g) => g.recipientType !== null).reduce((s, g) => s + read.count(g.total), 0);
  const untyped = all ? read.count(all.total) - typed : 0;
  if (untyped !== 0) sentences.push(`Ngoài ra, ${formatCount(untyped)} trường hợp chưa ghi đối tượng (tập thể hay cá nhân).`);
  if (sentences.length === 0) sentences.push(NO_DATA);
  return { key: 'ratings', title: TITLE, text: read.text(XEP_LOAI.sheet, sentences.join(' ')) };
}
