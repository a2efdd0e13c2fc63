import { checkSheetPlan, checkTableRows, timestampOf } from '../check/checkSheet';
import { highlightPlan } from '../check/highlightRules';
import { computeTables, isExcelError, type ComputedValue, type ComputedWorkbook } from '../compute';
import { CHECK_TABLE, SUMMARY_SHEET } from '../contract/layout';
import { localIsoDate } from '../util/dates';
import { summarize, summarySheetPlan, type Paragraph, type Summary, type SummaryPlan } from '../report';
import type { Conflict, PlanCell, PlanOp } from '../setup/ops';
import { isNewerFormat, planSetup, type HostCapabilities } from '../setup/planSetup';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { cellAddress, parseCell, rangeAddress } from '../util/a1';
import { DATA_TABLES } from '../contract/tables';
import { withContractHeaders } from '../setup/headerSpelling';
import { validateWorkbook, type ValidationResult } from '../validation';
import type { Finding } from '../validation/finding';
import { computedView } from './computedView';
import { restoreFormulasPlan, type RestoredCell } from './restoreFormulas';
import { totalsRowsPlan, type TotalsSkipped } from './totalsRows';
import { printLayoutOps } from '../print/printLayout';

export interface ComputePlan {
  ops: PlanOp[];
  /**
   * why nothing is written, at the cells concerned: a contract column the figures need is not
   * in its table (renamed or deleted), so compute would count zeros. Empty when compute goes on.
   */
  refused: Finding[];
  conflicts: Conflict[];
  restored: RestoredCell[];
  totalsSkipped: TotalsSkipped[];
  validation: ValidationResult;
  computed: ComputedWorkbook;
  summary: Summary;
  summaryPlan: SummaryPlan;
  paragraphs: Paragraph[];
  /** data rows of the KiemTra table once the plan is applied; null when there is none */
  checkRowsAfter: number | null;
}

/**
 * Missing columns compute cannot do without: one setup cannot add back (a header renamed
 * beside it makes that a conflict: the figures are probably under the new name), or an input
 * whose every row needs a value (an empty column added now would count zeros). A missing
 * notes column is simply added back.
 */
function blockingColumns(validation: ValidationResult, setupOps: readonly PlanOp[]): Finding[] {
  const added = new Set(setupOps.flatMap((op) => (op.kind === 'addColumns' ? op.headers.map((h) => `${op.table}\u0000${h}`) : [])));
  return validation.findings.filter((f) => {
    if (f.rule !== 'structure.columnMissing') return false;
    const column = DATA_TABLES.find((t) => t.name === f.table)?.columns.find((c) => c.header === f.column);
    return !!column && ((column.kind === 'input' && column.required === true) || !added.has(`${f.table}\u0000${f.column}`));
  });
}

const CHART_SIZE = { columns: 6, rows: 16 };

/** A figure's expected value as a cell holds it: an error as its code text. */
function cachedResult(expected: ComputedValue | undefined): CellValue | undefined {
  return isExcelError(expected) ? expected.error : expected;
}

/** The summary sheet as plan steps: emptied, then written block by block, then its charts. */
export function summarySheetOps(plan: SummaryPlan): PlanOp[] {
  const ops: PlanOp[] = [{ kind: 'clearSheet', sheet: plan.sheet }];
  ops.push({ kind: 'columnWidths', sheet: plan.sheet, widths: plan.columnWidths.map((width, column) => ({ column, width })) });
  for (const block of plan.blocks) {
    const cells: PlanCell[][] = block.rows.map((row) =>
      row.map((cell) => ({
        value: cell.value ?? null,
        formula: cell.formula,
        cached: cachedResult(cell.expected),
        numberFormat: cell.numberFormat,
        style: cell.style,
      })),
    );
    ops.push({ kind: 'writeCells', sheet: plan.sheet, row: block.row, column: block.column ?? 0, cells });
  }
  for (const chart of plan.charts) {
    const anchor = parseCell(chart.anchor);
    ops.push({
      kind: 'addChart',
      sheet: plan.sheet,
      chartType: chart.type,
      title: chart.title,
      source: chart.source.address,
      seriesBy: chart.seriesBy,
      from: chart.anchor,
      to: cellAddress(anchor.row + CHART_SIZE.rows, anchor.column + CHART_SIZE.columns),
    });
  }
  return ops;
}

/** The summary's cells, from A1 to the last block's last row in the figures' columns. */
function summaryArea(plan: SummaryPlan): string {
  const rows = Math.max(1, ...plan.blocks.filter((b) => !b.column).map((b) => b.row + b.rows.length));
  return rangeAddress(0, 0, rows, plan.columnWidths.length);
}

/**
 * "Tính tổng hợp" as data: complete the structure, restore every computed column's formula,
 * add totals rows, check, and rewrite the "Tổng hợp" and "Kiểm tra" sheets. Input cells are
 * never written.
 */
export function planCompute(typed: WorkbookSnapshot, caps: HostCapabilities, at: Date): ComputePlan {
  const setup = planSetup(typed, caps);
  // Setup writes misspelt headers in the contract's spelling first; the rest of the plan follows.
  const snapshot = withContractHeaders(typed);
  const today = localIsoDate(at);
  const restore = restoreFormulasPlan(snapshot);
  const totals = totalsRowsPlan(snapshot);
  const computed = computeTables(snapshot);
  // The check describes the workbook as this plan leaves it: overwritten formulas restored.
  const validation = validateWorkbook(computedView(snapshot, computed), { today });
  const summary = summarize(snapshot, computed);
  const summaryPlan = summarySheetPlan(summary, { computedAt: at });
  const paragraphs = summaryPlan.paragraphs;

  // A workbook of a newer format is left alone: setup said why.
  const newer = isNewerFormat(snapshot);
  const refused = newer ? [] : blockingColumns(validation, setup.ops);

  // A KiemTra table created by this very plan starts with its one empty row.
  const createdCheckTable = setup.ops.some((op) => op.kind === 'addTable' && op.table === CHECK_TABLE.name);
  const checkRows = createdCheckTable ? 1 : checkTableRows(snapshot);
  const summarySheetUsable = !setup.conflicts.some((c) => c.sheet === SUMMARY_SHEET);

  // Compute rewrites whole computed columns; setup's partial rewrites of them are redundant.
  const restoredColumns = new Set(restore.ops.map((op) => (op.kind === 'columnFormula' ? `${op.table}\u0000${op.header}` : '')));
  const setupOps = setup.ops.filter((op) => op.kind !== 'columnFormula' || !restoredColumns.has(`${op.table}\u0000${op.header}`));

  const ops: PlanOp[] = newer || refused.length > 0
    ? []
    : [
        ...setupOps,
        ...restore.ops,
        ...totals.ops,
        ...(summarySheetUsable ? summarySheetOps(summaryPlan) : []),
        ...checkSheetPlan(checkRows, validation.findings, validation.counts, timestampOf(at)),
        ...highlightPlan(snapshot),
        ...printLayoutOps({
          // A "Tổng hợp" or "Kiểm tra" sheet that is the clerk's own keeps the clerk's print settings.
          sheets: [...snapshot.sheets, ...setup.ops.flatMap((op) => (op.kind === 'addSheet' ? [op.sheet] : []))].filter(
            (sheet) => (sheet !== SUMMARY_SHEET || summarySheetUsable) && (sheet !== CHECK_TABLE.sheet || checkRows !== null),
          ),
          unit: summary.info.unit ?? '',
          summary: summarySheetUsable ? { columnWidths: summaryPlan.columnWidths, area: summaryArea(summaryPlan) } : null,
        }),
      ];
  return {
    ops,
    refused,
    conflicts: setup.conflicts,
    restored: restore.restored,
    totalsSkipped: totals.skipped,
    validation,
    computed,
    summary,
    summaryPlan,
    paragraphs,
    checkRowsAfter: checkRows === null ? null : Math.max(1, validation.findings.length),
  };
}
