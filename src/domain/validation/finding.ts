/** One problem found in the workbook, pointing at its cell, with the rule it comes from. */
import type { Msg } from '../messages';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** sheet name, as in the workbook */
  sheet: string;
  /** A1 address of the cell on that sheet, e.g. "F7" */
  cell: string;
  /** table name (KhenThuong …), or "" for named cells and sheet-level findings */
  table: string;
  /** column header, or the label of a named cell */
  column: string;
  /** what is wrong, in Vietnamese, one sentence */
  message: string;
  /** what to do instead, in Vietnamese ("" when there is nothing specific) */
  suggestion: string;
  /** the legal article or contract rule enforced */
  basis: string;
  /** stable identifier of the rule (English, e.g. "number.text") */
  rule: string;
  /**
   * The same message, suggestion and basis as messages (id + parameters), for a reader in
   * another language: the pane renders them with its language's templates.
   */
  text?: FindingText;
}

export interface FindingText {
  message: Msg;
  suggestion: Msg | null;
  basis: Msg | null;
}

export type FindingPlace = Pick<Finding, 'sheet' | 'cell' | 'table' | 'column'>;

export interface FindingCounts {
  error: number;
  warning: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let error = 0;
  let warning = 0;
  for (const f of findings) {
    if (f.severity === 'error') error++;
    else warning++;
  }
  return { error, warning };
}

/** Vietnamese label of a severity, as written on the "Kiểm tra" sheet. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo' };
