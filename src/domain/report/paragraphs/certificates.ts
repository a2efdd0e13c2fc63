import { GCN } from '../../contract/tables';
import { formatCount, formatDecimal } from '../format';
import type { CertificateGroup, CertificatesSummary } from '../summaryTypes';
import { achievementPhrase, FigureReader, NO_DATA, type Paragraph } from './common';

const TITLE = 'Cấp giấy chứng nhận quyền sử dụng đất';

function groupPhrase(g: CertificateGroup, prefix: string, read: FigureReader): string | null {
  const issued = read.count(g.issued);
  const achievement = read.number(g.achievement);
  if (issued === 0 && achievement === null) return null;
  const withTarget = read.count(g.issuedWithTarget);
  const basis = withTarget !== issued ? `, tính trên ${formatCount(withTarget)} giấy chứng nhận ở các dòng có chỉ tiêu` : '';
  const rate = achievement === null ? '' : ` (${achievementPhrase(achievement)}${basis})`;
  return `${prefix}${g.label.toLowerCase()} ${formatCount(issued)} giấy chứng nhận${rate}`;
}

export function certificatesParagraph(gcn: CertificatesSummary): Paragraph {
  if (!gcn.hasData) return { key: 'gcn', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const t = gcn.total;
  const issued = read.count(t.issued);
  const sentences = [
    `Đã cấp ${formatCount(issued)} giấy chứng nhận quyền sử dụng đất với ${formatCount(read.count(t.parcels))} thửa, ` +
      `diện tích ${formatDecimal(read.count(t.area), 2)} ha.`,
  ];
  const achievement = read.number(t.achievement);
  if (achievement === null) sentences.push('Không giao chỉ tiêu cấp giấy chứng nhận.');
  else {
    const withTarget = read.count(t.issuedWithTarget);
    const basis = withTarget !== issued ? `, tính trên ${formatCount(withTarget)} giấy chứng nhận đã cấp ở các dòng có giao chỉ tiêu` : '';
    sentences.push(`So với chỉ tiêu giao ${formatCount(read.count(t.target))} giấy chứng nhận, ${achievementPhrase(achievement)}${basis}.`);
  }
  const byRecipient = gcn.byRecipient.map((g) => groupPhrase(g, '', read)).filter((s): s is string => s !== null);
  if (byRecipient.length > 0) sentences.push(`Theo đối tượng: ${byRecipient.join('; ')}.`);
  const byKind = gcn.byKind.map((g) => groupPhrase(g, 'đăng ký ', read)).filter((s): s is string => s !== null);
  if (byKind.length > 0) sentences.push(`Theo loại đăng ký: ${byKind.join('; ')}.`);
  return { key: 'gcn', title: TITLE, text: read.text(GCN.sheet, sentences.join(' ')) };
}
