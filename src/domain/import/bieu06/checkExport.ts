import { msg, type Msg } from '../../messages';
import type { Finding } from '../../validation/finding';
import { TOTAL_PARTS, type CountField } from './columns';
import { exportFinding } from './findings';
import { columnMessage, type ExportColumn, type ExportReading, type ExportRow } from './readExport';

function countField(column: ExportColumn): CountField | null {
  if (column.classified.kind !== 'field') return null;
  const f = column.classified.field;
  return f === 'stt' || f === 'field' ? null : f;
}

/** A readable cell's number; blank counts as 0; NaN (unreadable) makes the comparison impossible. */
function valueOf(row: ExportRow, index: number): number {
  return row.values[index] ?? 0;
}

/**
 * The export checks itself: each row's "Tổng số" columns against their parts (the Biểu 06
 * identities), the "Tổng cộng" row and group subtotal rows against the sums of their rows.
 * Every difference names the export's column by its number and header, and the amount.
 */
export function checkExport(reading: ExportReading): Finding[] {
  const { source, sheet, columns } = reading;
  const findings: Finding[] = [];
  const indexed = columns.map((column, index) => ({ column, index, field: countField(column) }));

  const identities = (row: ExportRow, label: Msg) => {
    for (const total of indexed) {
      const parts = total.field ? TOTAL_PARTS[total.field] : undefined;
      if (!parts) continue;
      const partColumns = indexed.filter((c) => c.field !== null && parts.includes(c.field));
      if (partColumns.length === 0) continue;
      const involved = [total, ...partColumns].map((c) => row.values[c.index]);
      if (involved.some((v) => v !== null && Number.isNaN(v))) continue;
      const stated = valueOf(row, total.index);
      const sum = partColumns.reduce((s, c) => s + valueOf(row, c.index), 0);
      if (stated === sum) continue;
      findings.push(
        exportFinding({ source, sheet, row: row.row, column: total.column.column }, 'error', columnMessage(total.column),
          msg('import.identity', { row: label, column: columnMessage(total.column), stated, parts: partColumns.map((c) => c.column.number), sum }),
          msg('import.identity.fix'),
          'import.bieu06.identity'),
      );
    }
  };

  const sums = (row: ExportRow, members: readonly ExportRow[], label: Msg, group: boolean) => {
    for (const c of indexed) {
      if (c.field === null) continue;
      const values = [row, ...members].map((r) => r.values[c.index]);
      if (values.some((v) => v !== null && Number.isNaN(v))) continue;
      const stated = valueOf(row, c.index);
      const sum = members.reduce((s, m) => s + valueOf(m, c.index), 0);
      if (stated === sum) continue;
      findings.push(
        exportFinding({ source, sheet, row: row.row, column: c.column.column }, 'error', columnMessage(c.column),
          msg('import.total', { row: label, column: columnMessage(c.column), stated, sum, members: members.length, group }),
          msg('import.total.fix'),
          'import.bieu06.total'),
      );
    }
  };

  const rowLabel = (row: ExportRow) => msg('import.row', { name: row.name, row: row.row + 1 });
  for (const row of reading.rows) identities(row, rowLabel(row));
  for (const g of reading.groups) {
    identities(g.row, rowLabel(g.row));
    sums(g.row, g.members, rowLabel(g.row), true);
  }
  if (reading.totals) {
    identities(reading.totals, rowLabel(reading.totals));
    sums(reading.totals, reading.rows, rowLabel(reading.totals), false);
  }
  return findings;
}
