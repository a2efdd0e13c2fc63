import { localIsoDate } from '../../domain/util/dates';
import { validateWorkbook } from '../../domain/validation';
import type { Finding, FindingCounts } from '../../domain/validation/finding';
import { EXIT } from '../errors';
import { loadWorkbookFile } from '../../workbook/file';
import { readSnapshot } from '../../workbook/readSnapshot';
import type { CliIo } from '../io';
import { findingsReport } from '../findingsText';

/** A finding as `check --json` prints it: the listed fields, in this order. */
export function findingJson(f: Finding): Omit<Finding, 'rule'> {
  return {
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    table: f.table,
    column: f.column,
    message: f.message,
    suggestion: f.suggestion,
    basis: f.basis,
  };
}

/** `tongket check FILE [--json]`: reads the workbook, never writes it. Exit 1 on errors. */
export async function checkCommand(file: string, json: boolean, io: CliIo): Promise<number> {
  const { document } = await loadWorkbookFile(file);
  const result = validateWorkbook(readSnapshot(document), { today: localIsoDate(io.now()) });
  const counts: FindingCounts = { error: result.counts.error, warning: result.counts.warning };
  if (json) io.out(JSON.stringify({ findings: result.findings.map(findingJson), counts }, null, 2));
  else io.out(findingsReport(file, result.findings, counts));
  return counts.error > 0 ? EXIT.findings : EXIT.ok;
}
