/** Reading a computed workbook by table name and column header. */
import type { ComputedWorkbook } from './types';
import type { ComputedValue } from './values';

/** The value of an auto/computed column in a data row (0-based); undefined when absent. */
export function computedValue(computed: ComputedWorkbook, table: string, header: string, row: number): ComputedValue | undefined {
  return computed.tables[table]?.rows[row]?.[header];
}

/** A computed column, top to bottom; undefined when the table or column is absent. */
export function computedColumn(computed: ComputedWorkbook, table: string, header: string): ComputedValue[] | undefined {
  const t = computed.tables[table];
  if (!t || !t.computedHeaders.includes(header)) return undefined;
  return t.rows.map((r) => r[header]);
}

/** The totals-row value of a column; undefined when the table has none there. */
export function computedTotal(computed: ComputedWorkbook, table: string, header: string): ComputedValue | undefined {
  return computed.tables[table]?.totals?.[header];
}
