import { AWARD_GROUP } from '../../contract/catalogues';
import { KHEN_THUONG } from '../../contract/tables';
import { formatCount, formatMoney } from '../format';
import type { AwardLine, AwardsSummary } from '../summaryTypes';
import { FigureReader, joinVietnamese, NO_DATA, recipientNoun, type Paragraph } from './common';

const TITLE = 'Công tác thi đua, khen thưởng';
const KNOWN_RECIPIENTS = ['tập thể', 'cá nhân', 'hộ gia đình'];

function recipientCount(count: number, recipientType: string): string {
  const noun = recipientNoun(recipientType);
  return KNOWN_RECIPIENTS.includes(noun) ? `${formatCount(count)} ${noun}` : `${formatCount(count)} (đối tượng "${recipientType}")`;
}

/** "Lao động tiên tiến 150 cá nhân; Giấy khen 10 tập thể, 8 cá nhân" */
function titleList(lines: readonly AwardLine[], read: FigureReader): string {
  const byTitle = new Map<string, string[]>();
  for (const line of lines) {
    const count = read.count(line.count);
    if (count === 0) continue;
    const key = line.title.toLowerCase();
    if (!byTitle.has(key)) byTitle.set(key, [line.title]);
    byTitle.get(key)?.push(recipientCount(count, line.recipientType));
  }
  return [...byTitle.values()].map(([title, ...counts]) => `${title} ${counts.join(', ')}`).join('; ');
}

export function awardsParagraph(awards: AwardsSummary): Paragraph {
  if (!awards.hasData) return { key: 'awards', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const total = read.count(awards.total.count);
  const parts = awards.byRecipient
    .filter((r) => read.count(r.count) !== 0)
    .map((r) => `${formatCount(read.count(r.count))} lượt ${recipientNoun(r.recipientType)}`);
  const unassigned = total - awards.byRecipient.reduce((s, r) => s + read.count(r.count), 0);
  if (unassigned !== 0) parts.push(`${formatCount(unassigned)} lượt chưa xác định đối tượng`);
  const sentences = [`Đã khen thưởng tổng số ${formatCount(total)} lượt${parts.length > 0 ? `, trong đó ${joinVietnamese(parts)}` : ''}.`];

  const groups: [string, AwardLine[]][] = [
    [`Về ${AWARD_GROUP.title.toLowerCase()}`, awards.lines.filter((l) => l.group === AWARD_GROUP.title)],
    [`Về ${AWARD_GROUP.commendation.toLowerCase()}`, awards.lines.filter((l) => l.group === AWARD_GROUP.commendation)],
    [
      'Danh hiệu, hình thức khác',
      awards.lines.filter((l) => l.group !== AWARD_GROUP.title && l.group !== AWARD_GROUP.commendation),
    ],
  ];
  for (const [heading, lines] of groups) {
    const list = titleList(lines, read);
    if (list) sentences.push(`${heading}: ${list}.`);
  }

  const money = read.count(awards.total.money);
  const missing = awards.rowsWithoutAmount > 0 ? ` (chưa tính ${formatCount(awards.rowsWithoutAmount)} dòng chưa xác định được mức thưởng)` : '';
  sentences.push(`Tổng số tiền thưởng: ${formatMoney(money)}${missing}.`);
  return { key: 'awards', title: TITLE, text: read.text(KHEN_THUONG.sheet, sentences.join(' ')) };
}
