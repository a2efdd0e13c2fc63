import type ExcelJS from 'exceljs';
import type { ComputedValue } from '../domain/compute/values';
import type { ComputedWorkbook } from '../domain/compute/types';
import { NAMED_CELLS } from '../domain/contract/header';
import { RULE_SETS } from '../domain/rules/ruleSets';
import type { WorkbookSnapshot } from '../domain/snapshot';
import { isoToSerial } from '../domain/util/dates';
import { cellAt } from './applyPlan';
import { findTable, type XlsxDocument } from './document';
import { columnIndexOf, tableGeometry } from './tableGeometry';

/**
 * Cached results of formula cells: what Excel will show once it recalculates, stored with
 * the formula so viewers that do not recalculate (previews, phones, mail) show the numbers.
 */

type Result = number | string | boolean | { error: string };

function formulaResult(value: ComputedValue): Result {
  return typeof value === 'object' ? { error: value.error } : value;
}

/** Sets the cached result of a formula cell; cells without a formula are left alone. */
function setCachedResult(cell: ExcelJS.Cell, value: ComputedValue): boolean {
  const current = cell.value as { formula?: string; sharedFormula?: string } | null;
  if (!current || typeof current !== 'object' || !('formula' in current || 'sharedFormula' in current)) return false;
  const formula = cell.formula;
  if (!formula) return false;
  cell.value = { formula, result: formulaResult(value) } as ExcelJS.CellFormulaValue;
  return true;
}

/** Every computed, auto and totals cell of the contract tables. */
export function writeTableResults(document: XlsxDocument, computed: ComputedWorkbook): void {
  for (const result of Object.values(computed.tables)) {
    const table = findTable(document, result.name);
    const worksheet = table && document.workbook.getWorksheet(table.sheet);
    if (!table || !worksheet) continue;
    const g = tableGeometry(table);
    result.rows.forEach((row, i) => {
      if (g.firstDataRow + i > g.lastDataRow) return;
      for (const [header, value] of Object.entries(row)) {
        const index = columnIndexOf(table, header);
        if (index !== undefined) setCachedResult(cellAt(worksheet, g.firstDataRow + i, g.firstColumn + index), value);
      }
    });
    if (result.totals && g.totalsRow !== null) {
      for (const [header, value] of Object.entries(result.totals)) {
        const index = columnIndexOf(table, header);
        if (index !== undefined) setCachedResult(cellAt(worksheet, g.totalsRow, g.firstColumn + index), value);
      }
    }
  }
}

/** What the contract's BoQuyTac formula gives: the rule set in force at KyBaoCaoDen. */
function ruleSetFormulaResult(snapshot: WorkbookSnapshot): string {
  const end = snapshot.names.KyBaoCaoDen?.value;
  if (typeof end !== 'number' || end === 0) return '';
  const newestFirst = [...RULE_SETS].sort((a, b) => b.from.localeCompare(a.from));
  return (newestFirst.find((set) => isoToSerial(set.from) <= end) ?? newestFirst[newestFirst.length - 1]).id;
}

/** The BoQuyTac named cell, when it still holds the contract's formula. */
export function writeRuleSetResult(document: XlsxDocument, snapshot: WorkbookSnapshot): void {
  const named = snapshot.names.BoQuyTac;
  const contract = NAMED_CELLS.find((n) => n.name === 'BoQuyTac')?.formula;
  if (!named || named.formula !== contract) return;
  const worksheet = document.workbook.getWorksheet(named.sheet);
  if (worksheet) setCachedResult(cellAt(worksheet, named.row, named.column), ruleSetFormulaResult(snapshot));
}
