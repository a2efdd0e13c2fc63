import { TTHC } from '../../contract/tables';
import { formatCount, formatPercent } from '../format';
import type { DossiersSummary } from '../summaryTypes';
import { FigureReader, NO_DATA, type Paragraph } from './common';

const TITLE = 'Giải quyết thủ tục hành chính';

export function dossiersParagraph(tthc: DossiersSummary): Paragraph {
  if (!tthc.hasData) return { key: 'tthc', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const f = tthc.figures;
  const n = (x: number) => `${formatCount(x)} hồ sơ`;
  const pct = (rate: number | null, suffix = '') => (rate === null ? '' : ` (${formatPercent(rate)}${suffix})`);

  const online = read.count(f.online);
  const inPerson = read.count(f.inPerson);
  const onlineRate = read.number(f.onlineRate);
  const onlineText = `trực tuyến ${n(online)}${onlineRate === null ? '' : `, đạt ${formatPercent(onlineRate)} số hồ sơ tiếp nhận mới trong kỳ`}`;
  const sentences = [
    `Đã tiếp nhận ${n(read.count(f.received))}, trong đó từ kỳ trước chuyển sang ${n(read.count(f.carriedOver))}, ` +
      `tiếp nhận mới trong kỳ ${n(online + inPerson)} (${onlineText}; trực tiếp, qua dịch vụ bưu chính công ích ${n(inPerson)}).`,
  ];

  const resolved = read.count(f.resolved);
  if (resolved === 0) sentences.push('Chưa có hồ sơ được giải quyết.');
  else {
    const resolvedRate = read.number(f.resolvedRate);
    const earlyOrOnTime = read.number(f.earlyOrOnTimeRate);
    sentences.push(
      `Đã giải quyết ${n(resolved)}${resolvedRate === null ? '' : ` (bằng ${formatPercent(resolvedRate)} tổng số hồ sơ tiếp nhận)`}, ` +
        `trong đó trước hạn ${n(read.count(f.early))}${pct(read.number(f.earlyRate), ' số hồ sơ đã giải quyết')}, ` +
        `đúng hạn ${n(read.count(f.onTime))}${pct(read.number(f.onTimeRate))}, ` +
        `quá hạn ${n(read.count(f.late))}${pct(read.number(f.lateRate))}` +
        `${earlyOrOnTime === null ? '' : `; tỷ lệ giải quyết trước và đúng hạn đạt ${formatPercent(earlyOrOnTime)}`}.`,
    );
  }

  const pending = read.count(f.pending);
  sentences.push(
    pending === 0 ? 'Không còn hồ sơ đang giải quyết.' : `Đang giải quyết ${n(pending)}, trong đó quá hạn ${n(read.count(f.pendingOverdue))}.`,
  );
  const returned = read.count(f.returned);
  if (returned !== 0) sentences.push(`Trả lại, rút hoặc tạm dừng giải quyết ${n(returned)}.`);
  const difference = read.count(f.difference);
  if (difference !== 0) {
    sentences.push(
      `Số liệu chưa khớp: tổng số hồ sơ tiếp nhận ${difference > 0 ? 'nhiều' : 'ít'} hơn tổng số hồ sơ đã giải quyết, ` +
        `đang giải quyết và trả lại, rút, tạm dừng ${n(Math.abs(difference))}.`,
    );
  }
  return { key: 'tthc', title: TITLE, text: read.text(TTHC.sheet, sentences.join(' ')) };
}
