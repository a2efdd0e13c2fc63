import { formatProseDate } from '../format';
import type { ReportInfo } from '../summaryTypes';
import type { Paragraph } from './common';

/** The report's own header; when it was computed is the sheet's business, not the report's text. */
export function generalParagraph(info: ReportInfo): Paragraph {
  const sentences: string[] = [];
  if (info.unit) sentences.push(`Đơn vị báo cáo: ${info.unit}.`);
  const from = info.periodFrom ? `từ ngày ${formatProseDate(info.periodFrom)}` : '';
  const to = info.periodTo ? `đến ngày ${formatProseDate(info.periodTo)}` : '';
  if (from || to) sentences.push(`Kỳ báo cáo: ${[from, to].filter(Boolean).join(' ')}.`);
  if (info.reportDate) sentences.push(`Ngày báo cáo: ${formatProseDate(info.reportDate)}.`);
  return { key: 'general', title: 'Thông tin chung', text: sentences.join(' ') };
}
