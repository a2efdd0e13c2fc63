import type { SummaryPlan } from '../domain/report/planTypes';
import { cellAt, fileFormula } from './applyPlan';
import { formulaResult } from './cachedResults';
import { clearSheet } from './clearSheet';
import type { XlsxDocument } from './document';
import { applyStyle, setNumberFormat } from './styles';
import type ExcelJS from 'exceljs';

/**
 * Rewrites the "Tổng hợp" sheet from the summary plan: its content is replaced, figures are
 * live formulas stored with the values the domain expects. Returns what it left out (charts:
 * exceljs cannot draw them), one Vietnamese sentence each.
 */
export function writeSummarySheet(document: XlsxDocument, plan: SummaryPlan): string[] {
  const worksheet = document.workbook.getWorksheet(plan.sheet) ?? document.workbook.addWorksheet(plan.sheet);
  clearSheet(document, worksheet);
  plan.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  for (const block of plan.blocks) {
    block.rows.forEach((cells, r) =>
      cells.forEach((planCell, c) => {
        const cell = cellAt(worksheet, block.row + r, c);
        if (planCell.formula) {
          const value: { formula: string; result?: unknown } = { formula: fileFormula(planCell.formula) };
          if (planCell.expected !== undefined) value.result = formulaResult(planCell.expected);
          cell.value = value as ExcelJS.CellFormulaValue;
        } else {
          cell.value = planCell.value === '' || planCell.value === undefined ? null : planCell.value;
        }
        if (planCell.numberFormat) setNumberFormat(cell, planCell.numberFormat);
        applyStyle(cell, planCell.style);
      }),
    );
  }
  return plan.charts.map(
    (chart) => `Chưa vẽ biểu đồ "${chart.title}" (trang "${plan.sheet}", ô ${chart.anchor}): lệnh tongket không vẽ được biểu đồ; hãy bấm "Tính tổng hợp" trong Excel nếu cần biểu đồ.`,
  );
}
