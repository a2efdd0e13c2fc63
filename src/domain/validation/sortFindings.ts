/** Findings errors first, each severity in reading order: sheets as in the workbook, then row, then column. */
import { SHEET_ORDER } from '../contract/layout';
import { columnIndex } from '../util/a1';
import type { Finding } from './finding';
import { msg, vi } from '../messages';

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
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  keyed.sort(
    (a, b) =>
      rank(a.finding) - rank(b.finding) ||
      a.sheet - b.sheet ||
      (a.sheet === SHEET_ORDER.length ? a.finding.sheet.localeCompare(b.finding.sheet) : 0) ||
      a.row - b.row ||
      a.column - b.column ||
      a.order - b.order,
  );
  return keyed.map((k) => k.finding);
}

/** Findings of one cause repeated over more rows than this become one finding listing the cells. */
export const REPEAT_LIMIT = 3;

/** At most this many other cells are named in a compacted finding. */
const LISTED_CELLS = 20;

/**
 * One warning per cause: the same rule, column and advice on many cells is reported once, at
 * its first cell, with the other cells listed — a clerk reads one line, not forty. Errors
 * stay one per cell: each must be fixed where it is.
 */
export function compactFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = [f.severity, f.rule, f.sheet, f.table, f.column, f.suggestion].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const result: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < REPEAT_LIMIT || group[0].severity === 'error') {
      result.push(...group);
      continue;
    }
    const [first, ...others] = sortFindings(group);
    const cells = others.slice(0, LISTED_CELLS).map((f) => f.cell);
    const more = Math.max(0, others.length - LISTED_CELLS);
    const message = msg('finding.repeated', { first: first.text?.message ?? msg('verbatim', { text: first.message }), count: others.length, cells, more });
    result.push({ ...first, message: vi(message), text: first.text ? { ...first.text, message } : undefined });
  }
  return result;
}
