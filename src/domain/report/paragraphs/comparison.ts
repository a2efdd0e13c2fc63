import { formatCount, formatNumber } from '../format';
import type { ComparisonLine, ComparisonSummary } from '../summaryTypes';
import { FigureReader, type Paragraph } from './common';

const TITLE = 'So sánh với năm trước';

/** "tăng 2.250 hồ sơ (+6,4%)", "giảm 1,2 điểm phần trăm", "không đổi" */
function changeText(read: FigureReader, line: ComparisonLine): string | null {
  const change = read.number(line.change);
  if (change === null) return null;
  if (line.kind === 'rate') {
    const points = formatNumber(Math.abs(change), 1);
    return points === '0' ? 'không đổi' : `${change > 0 ? 'tăng' : 'giảm'} ${points} điểm phần trăm`;
  }
  if (change === 0) return 'không đổi';
  const percent = line.changePercent ? read.number(line.changePercent) : null;
  const share = percent === null ? '' : ` (${percent > 0 ? '+' : '-'}${formatNumber(Math.abs(percent) * 100, 1)}%)`;
  return `${[change > 0 ? 'tăng' : 'giảm', formatCount(Math.abs(change)), line.unit].filter(Boolean).join(' ')}${share}`;
}

export function comparisonParagraph(comparison: ComparisonSummary): Paragraph {
  const read = new FigureReader();
  const parts = comparison.lines
    .map((line) => {
      const text = changeText(read, line);
      return text === null ? null : `${line.phrase} ${text}`;
    })
    .filter((t): t is string => t !== null);
  const text = parts.length === 0 ? 'Không có số liệu để so sánh.' : `So với năm ${comparison.previousYear}: ${parts.join('; ')}.`;
  return { key: 'comparison', title: TITLE, text: read.text('Tổng hợp', text) };
}
