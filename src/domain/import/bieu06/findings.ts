import { msg, vi, type Msg } from '../../messages';
import { cellAddress } from '../../util/a1';
import type { Finding, Severity } from '../../validation/finding';
import { finding } from '../../validation/makeFinding';

/** The form's legal basis, as the workbook and the CLI show it. */
export const BIEU06_BASIS = vi(msg('import.basis'));

/** Where in the export a finding points: Excel's notation for another file's sheet. */
export function exportSheetLabel(source: string, sheet: string): string {
  return `[${source}]${sheet}`;
}

/** A finding about the export itself; `column` names the export's column ("cột (7) …"), or "" for the whole row. */
export function exportFinding(
  at: { source: string; sheet: string; row: number; column: number },
  severity: Severity,
  column: Msg | null,
  message: Msg,
  suggestion: Msg | null,
  rule: string,
): Finding {
  const place = { sheet: exportSheetLabel(at.source, at.sheet), cell: cellAddress(at.row, at.column), table: '', column: column ? vi(column) : '' };
  return finding(place, severity, rule, message, suggestion, msg('import.basis'));
}
