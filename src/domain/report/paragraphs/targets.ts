import { CHI_TIEU } from '../../contract/tables';
import type { ComputedValue } from '../../compute/values';
import { formatCount, formatNumber, formatPercent } from '../format';
import type { TargetRow, TargetsSummary } from '../summaryTypes';
import { FigureReader, NO_DATA, type Paragraph } from './common';

const TITLE = 'Thực hiện chỉ tiêu, nhiệm vụ';

function quantity(value: ComputedValue): string {
  return typeof value === 'number' ? formatNumber(value, 2) : typeof value === 'string' ? value.trim() : '';
}

function rowPhrase(r: TargetRow, read: FigureReader): string {
  const name = r.name || `Chỉ tiêu dòng ${r.row}`;
  const unit = r.unitOfMeasure ? ` ${r.unitOfMeasure}` : '';
  const completion = read.number(r.completion);
  for (const f of [r.plan, r.done]) read.number(f); // only to notice error values
  if (r.done.value === '') return `${name}: chưa có số liệu thực hiện`;
  if (completion === null) return `${name}: thực hiện ${quantity(r.done.value)}${unit}`;
  return `${name}: thực hiện ${quantity(r.done.value)}/${quantity(r.plan.value)}${unit}, đạt ${formatPercent(completion)} kế hoạch`;
}

export function targetsParagraph(targets: TargetsSummary): Paragraph {
  if (!targets.hasData) return { key: 'targets', title: TITLE, text: NO_DATA };
  const read = new FigureReader();
  const withPlan = read.count(targets.withPlan);
  const sentences: string[] = [];
  if (withPlan > 0) {
    sentences.push(
      `Trong ${formatCount(withPlan)} chỉ tiêu, nhiệm vụ có kế hoạch, có ${formatCount(read.count(targets.completed))} chỉ tiêu, nhiệm vụ đạt hoặc vượt kế hoạch.`,
    );
  }
  const rows = targets.rows.map((r) => rowPhrase(r, read));
  if (rows.length > 0) sentences.push(`Cụ thể: ${rows.join('; ')}.`);
  return { key: 'targets', title: TITLE, text: read.text(CHI_TIEU.sheet, sentences.join(' ')) };
}
