import { cellAddress } from '../../util/a1';
import type { Finding, Severity } from '../../validation/finding';

export const BIEU06_BASIS = 'Biểu số II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP)';

/** Where in the export a finding points: Excel's notation for another file's sheet. */
export function exportSheetLabel(source: string, sheet: string): string {
  return `[${source}]${sheet}`;
}

export function exportFinding(
  at: { source: string; sheet: string; row: number; column: number },
  severity: Severity,
  column: string,
  message: string,
  suggestion: string,
  rule: string,
): Finding {
  return {
    severity,
    sheet: exportSheetLabel(at.source, at.sheet),
    cell: cellAddress(at.row, at.column),
    table: '',
    column,
    message,
    suggestion,
    basis: BIEU06_BASIS,
    rule,
  };
}
