/**
 * This year's key figures beside last year's (the "Năm trước" table), as live formulas: last
 * year's by INDEX/MATCH on the figure's key, the change as a difference — in % of last year
 * for counts, in percentage points for rates (never a % of a %).
 */
import type { ComputedValue } from '../../compute/values';
import { COMPARED_FIGURES } from '../../comparison/comparedFigures';
import { PREVIOUS_TABLE } from '../../contract/layout';
import { column, textLiteral } from '../../formula/structuredRefs';
import type { WorkbookSnapshot } from '../../snapshot';
import { cellAt } from '../../validation/cells';
import { headerKey } from '../../contract/columnHeader';
import { findTable } from '../../validation/locatedTable';
import type { ComparisonLine, ComparisonSummary, Figure, ReportInfo } from '../summaryTypes';

const COUNT_CHANGE_FORMAT = '+#,##0;-#,##0;0';
const PERCENT_CHANGE_FORMAT = '+0.0%;-0.0%;0.0%';
const POINTS_FORMAT = '+0.00" điểm %";-0.00" điểm %";0.00" điểm %"';

function body(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

interface StoredFigure {
  value: number;
  year: number;
}

function storedFigures(snapshot: WorkbookSnapshot): Map<string, StoredFigure> {
  const table = findTable(snapshot, PREVIOUS_TABLE.name);
  const result = new Map<string, StoredFigure>();
  if (!table) return result;
  const at = (header: string) => (Array.isArray(table.headers) ? table.headers.map(headerKey).indexOf(headerKey(header)) : -1);
  const [key, year, value] = ['Mã', 'Năm', 'Giá trị'].map(at);
  for (const row of Array.isArray(table.values) ? table.values : []) {
    const k = cellAt(row, key);
    const v = cellAt(row, value);
    const y = cellAt(row, year);
    if (typeof k === 'string' && typeof v === 'number' && typeof y === 'number' && !result.has(k)) result.set(k, { value: v, year: y });
  }
  return result;
}

function difference(a: ComputedValue, b: number, scale: number): ComputedValue {
  return typeof a === 'number' ? (a - b) * scale : '';
}

export function summarizeComparison(snapshot: WorkbookSnapshot, figures: readonly Figure[], info: ReportInfo): ComparisonSummary | null {
  const stored = storedFigures(snapshot);
  if (stored.size === 0 || !info.periodTo) return null;
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const lines: ComparisonLine[] = [];
  let previousYear = 0;
  for (const compared of COMPARED_FIGURES) {
    const current = byKey.get(compared.key);
    const last = stored.get(compared.key);
    if (!current || !last) continue;
    previousYear = Math.max(previousYear, last.year);
    const lookup = `INDEX(${column(PREVIOUS_TABLE.name, 'Giá trị')},MATCH(${textLiteral(compared.key)},${column(PREVIOUS_TABLE.name, 'Mã')},0))`;
    const previous: Figure = { key: `comparison.${compared.key}.previous`, label: `${current.label} — năm trước`, formula: `=${lookup}`, value: last.value, numberFormat: current.numberFormat };
    const cur = `(${body(current.formula)})`;
    const rate = compared.kind === 'rate';
    const change: Figure = {
      key: `comparison.${compared.key}.change`,
      label: `${current.label} — tăng/giảm${rate ? ' (điểm phần trăm)' : ''}`,
      formula: `=IF(${cur}="","",(${cur}-${lookup})${rate ? '*100' : ''})`,
      value: difference(current.value, last.value, rate ? 100 : 1),
      numberFormat: rate ? POINTS_FORMAT : COUNT_CHANGE_FORMAT,
    };
    const changePercent: Figure | null = rate
      ? null
      : {
          key: `comparison.${compared.key}.changePercent`,
          label: `${current.label} — tăng/giảm (%)`,
          formula: `=IF(OR(${cur}="",${lookup}=0),"",(${cur}-${lookup})/${lookup})`,
          value: typeof current.value === 'number' && last.value !== 0 ? (current.value - last.value) / last.value : '',
          numberFormat: PERCENT_CHANGE_FORMAT,
        };
    lines.push({ key: compared.key, phrase: compared.phrase, kind: compared.kind, unit: compared.unit, current, previous, change, changePercent });
  }
  if (lines.length === 0) return null;
  return { year: Number(info.periodTo.slice(0, 4)), previousYear, lines };
}
