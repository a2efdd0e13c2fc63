/** ChiTieu: each target's plan, result and completion, and how many reached 100%. */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { CHI_TIEU, CHI_TIEU_HEADERS as H } from '../../contract/tables';
import { countA, countIfs, indexCell } from '../expression';
import type { TargetsSummary } from '../summaryTypes';
import { cellText, makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = CHI_TIEU.name;

export function summarizeTargets(ctx: SummaryContext): TargetsSummary {
  const rows = rowsWithInput(ctx, CHI_TIEU);
  const text = (header: string, i: number) => cellText(ctx.source.column(T, header)[i]);
  return {
    hasData: rows.length > 0,
    count: makeFigure(ctx, 'targets.count', 'Số chỉ tiêu, nhiệm vụ', countA(T, H.target), F.integer),
    withPlan: makeFigure(ctx, 'targets.withPlan', 'Số chỉ tiêu, nhiệm vụ có kế hoạch', countIfs(T, [{ header: H.plan, criterion: '>0' }]), F.integer),
    completed: makeFigure(
      ctx,
      'targets.completed',
      'Số chỉ tiêu, nhiệm vụ đạt, vượt kế hoạch (≥ 100%)',
      countIfs(T, [{ header: H.completion, criterion: '>=1' }]),
      F.integer,
    ),
    rows: rows.map((i) => {
      const row = i + 1;
      const name = text(H.target, i);
      const figure = (key: string, header: string, format: string) =>
        makeFigure(ctx, `targets.row.${row}.${key}`, `${name} — ${header}`, indexCell(T, header, row), format);
      return {
        row,
        group: text(H.group, i),
        name,
        unitOfMeasure: text(H.unitOfMeasure, i),
        plan: figure('plan', H.plan, F.general),
        done: figure('done', H.done, F.general),
        completion: figure('completion', H.completion, F.rate),
      };
    }),
  };
}
