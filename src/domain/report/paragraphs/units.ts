import { formatCount, formatPercent } from '../format';
import type { Figure, UnitFigures, UnitsSummary } from '../summaryTypes';
import { FigureReader, type Paragraph } from './common';

const TITLE = 'Số liệu theo đơn vị';

/** The unit with the largest figure, with its share of the total; null when nothing is counted. */
function largest(read: FigureReader, units: UnitsSummary, pick: (f: UnitFigures) => Figure | null): { unit: UnitFigures; value: number; share: number | null } | null {
  const total = pick(units.total);
  if (!total) return null;
  let best: { unit: UnitFigures; value: number } | null = null;
  for (const unit of units.rows) {
    const figure = pick(unit);
    const value = figure ? read.count(figure) : 0;
    if (value > 0 && (!best || value > best.value)) best = { unit, value };
  }
  if (!best) return null;
  const all = read.count(total);
  return { ...best, share: all > 0 ? best.value / all : null };
}

export function unitsParagraph(units: UnitsSummary): Paragraph {
  const read = new FigureReader();
  const merged = units.rows.filter((r) => r.unit !== null);
  const own = units.rows.some((r) => r.unit === null);
  const sentences = [
    `Số liệu được tổng hợp từ báo cáo của ${formatCount(merged.length)} đơn vị (${merged.map((r) => r.label).join('; ')})` +
      `${own ? ', cùng số liệu của chính đơn vị báo cáo' : ''}; chi tiết từng đơn vị tại mục "Số liệu theo đơn vị báo cáo".`,
  ];
  const phrase = (what: string, pick: (f: UnitFigures) => Figure | null, unit: string) => {
    const top = largest(read, units, pick);
    if (!top) return;
    const share = top.share === null ? '' : `, chiếm ${formatPercent(top.share)} tổng số`;
    sentences.push(`Đơn vị có ${what} nhiều nhất là ${top.unit.label} (${formatCount(top.value)} ${unit}${share}).`);
  };
  phrase('số hồ sơ thủ tục hành chính tiếp nhận', (f) => f.received, 'hồ sơ');
  phrase('số lượng khen thưởng', (f) => f.awardCount, 'lượt');
  phrase('số giấy chứng nhận đã cấp', (f) => f.certificatesIssued, 'giấy chứng nhận');
  return { key: 'units', title: TITLE, text: read.text('Tổng hợp', sentences.join(' ')) };
}
