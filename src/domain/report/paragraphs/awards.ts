import { AWARD_GROUP } from '../../contract/catalogues';
import { KHEN_THUONG } from '../../contract/tables';
import { formatCount, formatMoney } from '../format';
import type { AwardLine, AwardsSummary } from '../summaryTypes';
import { FigureReader, joinVietnamese, NO_DATA, recipientNoun, type Paragraph } from './common';

const TITLE = 'Công tác thi đua, khen thưởng';
const KNOWN_RECIPIENTS = ['tập thể', 'cá nhân', 'hộ gia đình'];

/** Counts as decisions write them: "08 cá nhân", "01 tập thể", "150 cá nhân". */
export function decisionCount(count: number): string {
  return count >= 0 && count < 10 && Number.isInteger(count) ? `0${count}` : formatCount(count);
}

function recipientCount(count: number, recipientType: string): string {
  const noun = recipientNoun(recipientType);
  return KNOWN_RECIPIENTS.includes(noun) ? `${decisionCount(count)} ${noun}` : `${decisionCount(count)} (đối tượng "${recipientType}")`;
}

/** The signer as prose names them: "Chủ tịch UBND tỉnh", "Bộ trưởng". */
function signerInProse(signer: string): string {
  return signer.replace(/Ủy ban nhân dân/g, 'UBND').replace(/^Bộ trưởng, Thủ trưởng cơ quan ngang bộ$/, 'Bộ trưởng');
}

/** What the signer gives, without the "của …" the signer already says: "Bằng khen", "Giấy khen". */
function formInProse(title: string, signer: string | null): string {
  if (signer === null) return title;
  const short = /^(Bằng khen|Giấy khen)\b/.exec(title);
  return short ? short[1] : title;
}

interface Group {
  line: AwardLine;
  counts: string[];
}

/** Lines of one kind, grouped by (title, signer) in the summary's order. */
function groups(lines: readonly AwardLine[], read: FigureReader): Group[] {
  const byKey = new Map<string, Group>();
  for (const line of lines) {
    const count = read.count(line.count);
    if (count === 0) continue;
    const key = `${line.title.toLowerCase()}\u0000${(line.signer ?? '').toLowerCase()}`;
    if (!byKey.has(key)) byKey.set(key, { line, counts: [] });
    byKey.get(key)?.counts.push(recipientCount(count, line.recipientType));
  }
  return [...byKey.values()];
}

/** "Giám đốc Sở công nhận danh hiệu Lao động tiên tiến cho 150 cá nhân" */
function titleClause({ line, counts }: Group): string {
  const who = line.signer ? `${signerInProse(line.signer)} công nhận` : 'công nhận';
  return `${who} danh hiệu "${line.title}" cho ${counts.join(', ')}`;
}

/** "Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể, 08 cá nhân" */
function formClause({ line, counts }: Group): string {
  const who = line.signer ? `${signerInProse(line.signer)} tặng` : 'tặng';
  return `${who} ${formInProse(line.title, line.signer)} cho ${counts.join(', ')}`;
}

function moneySentence(awards: AwardsSummary, read: FigureReader): string {
  const total = read.count(awards.total.money);
  const unit = read.count(awards.paidBy.unit);
  const higher = read.count(awards.paidBy.higher);
  const rest = total - unit - higher;
  const parts: string[] = [];
  if (unit !== 0 || higher !== 0) {
    parts.push(`đơn vị chi trả ${formatMoney(unit)} (khen thưởng theo quyết định của đơn vị)`);
    parts.push(`cấp trên chi trả ${formatMoney(higher)} (cấp nào quyết định khen thưởng thì cấp đó chi tiền thưởng)`);
  }
  if (rest !== 0 && parts.length > 0) parts.push(`chưa xác định cấp chi trả ${formatMoney(rest)}`);
  const missing =
    awards.countWithoutAmount > 0 ? ` Chưa tính tiền thưởng của ${decisionCount(awards.countWithoutAmount)} lượt chưa xác định được mức thưởng.` : '';
  return `Tổng số tiền thưởng: ${formatMoney(total)}${parts.length > 0 ? `, trong đó ${joinVietnamese(parts)}` : ''}.${missing}`;
}

export function awardsParagraph(awards: AwardsSummary): Paragraph {
  if (!awards.hasData) return { key: 'awards', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const total = read.count(awards.total.count);
  const parts = awards.byRecipient
    .filter((r) => read.count(r.count) !== 0)
    .map((r) => `${decisionCount(read.count(r.count))} lượt ${recipientNoun(r.recipientType)}`);
  const unassigned = total - awards.byRecipient.reduce((s, r) => s + read.count(r.count), 0);
  if (unassigned !== 0) parts.push(`${decisionCount(unassigned)} lượt chưa xác định đối tượng`);
  const sentences = [`Đã khen thưởng tổng số ${decisionCount(total)} lượt${parts.length > 0 ? `, trong đó ${joinVietnamese(parts)}` : ''}.`];

  const titles = groups(awards.lines.filter((l) => l.inCatalogue && l.group === AWARD_GROUP.title), read);
  if (titles.length > 0) sentences.push(`Về ${AWARD_GROUP.title.toLowerCase()}: ${titles.map(titleClause).join('; ')}.`);
  const forms = groups(awards.lines.filter((l) => l.inCatalogue && l.group !== AWARD_GROUP.title), read);
  if (forms.length > 0) sentences.push(`Về ${AWARD_GROUP.commendation.toLowerCase()}: ${forms.map(formClause).join('; ')}.`);
  const others = groups(awards.lines.filter((l) => !l.inCatalogue), read);
  if (others.length > 0) {
    sentences.push(`Danh hiệu, hình thức khác: ${others.map(({ line, counts }) => `${line.title} ${counts.join(', ')}`).join('; ')}.`);
  }

  sentences.push(moneySentence(awards, read));
  return { key: 'awards', title: TITLE, text: read.text(KHEN_THUONG.sheet, sentences.join(' ')) };
}
