/** Findings in reading order: sheets as in the workbook, then row, then column. */
import { SHEET_ORDER } from '../contract/layout';
import { columnIndex } from '../util/a1';
import type { Finding } from './finding';

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding, order) => {
    const sheet = SHEET_ORDER.indexOf(finding.sheet);
    const match = ADDRESS.exec(finding.cell);
    return {
      finding,
      order,
      sheet: sheet < 0 ? SHEET_ORDER.length : sheet,
      row: match ? Number(match[2]) : 0,
      column: match ? columnIndex(match[1]) : 0,
    };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === SHEET_ORDER.length ? a.finding.sheet.localeCompare(b.finding.sheet) : 0) ||
      a.row - b.row ||
      a.column - b.column ||
      a.order - b.order,
  );
  return keyed.map((k) => k.finding);
}
