/**
 * Benchmark rows as a user types them, by column key, for the simulator (`fillTable`) and
 * the .xlsx fixtures (`typeRows`). The rows are those of `buildBenchSnapshot` (realistic rows,
 * unique names, one bad row in ten), spread as a year-end workbook grows: mostly dossiers,
 * awards and certificates; ratings, deadline cuts and targets stay small lists (the summary
 * sheet lists every target, so a target table of thousands of rows is not a real workbook).
 */
import { DATA_TABLES } from '../../src/domain/contract';
import type { TableSnapshot } from '../../src/domain/snapshot';
import { buildBenchSnapshot } from './benchData';
import type { RowInput } from './snapshot';

/** Share of the rows each table gets, and the most rows a table of that kind has. */
export const BENCH_SPREAD: Readonly<Record<string, { share: number; max?: number }>> = {
  KhenThuong: { share: 0.35 },
  TTHC: { share: 0.3 },
  GCN: { share: 0.3 },
  XepLoai: { share: 0.02, max: 500 },
  CatGiamTTHC: { share: 0.02, max: 300 },
  ChiTieu: { share: 0.01, max: 200 },
};

/** buildBenchSnapshot's own shares, to know how big a snapshot holds enough rows of a table. */
const SNAPSHOT_SHARES: Readonly<Record<string, number>> = { KhenThuong: 0.3, XepLoai: 0.1, TTHC: 0.2, CatGiamTTHC: 0.1, GCN: 0.2, ChiTieu: 0.1 };

function inputRows(table: TableSnapshot, count: number): RowInput[] {
  const spec = DATA_TABLES.find((t) => t.name === table.name);
  if (!spec) return [];
  const inputs = spec.columns.filter((c) => c.kind === 'input').map((c) => ({ key: c.key, index: table.headers.indexOf(c.header) }));
  return table.values.slice(0, count).map((values) => Object.fromEntries(inputs.filter((c) => c.index >= 0).map((c) => [c.key, values[c.index] ?? ''])));
}

/** Row counts per table for a workbook of `rows` data rows (the big tables absorb the caps). */
export function benchCounts(rows: number): Record<string, number> {
  const counts: Record<string, number> = {};
  let small = 0;
  for (const [table, { share, max }] of Object.entries(BENCH_SPREAD)) {
    if (max === undefined) continue;
    counts[table] = Math.min(max, Math.round(rows * share));
    small += counts[table];
  }
  const big = Object.entries(BENCH_SPREAD).filter(([, s]) => s.max === undefined);
  const bigShare = big.reduce((sum, [, s]) => sum + s.share, 0);
  let left = rows - small;
  big.forEach(([table, { share }], i) => {
    counts[table] = i === big.length - 1 ? left : Math.round(((rows - small) * share) / bigShare);
    left -= counts[table];
  });
  return counts;
}

/** Typed rows per contract table for a workbook of `rows` data rows. */
export function benchRows(rows: number): Record<string, RowInput[]> {
  const counts = benchCounts(rows);
  const needed = Math.max(...Object.entries(counts).map(([table, count]) => Math.ceil(count / SNAPSHOT_SHARES[table]) + 10));
  const snapshot = buildBenchSnapshot(needed);
  const byTable: Record<string, RowInput[]> = {};
  for (const table of snapshot.tables) {
    const count = counts[table.name];
    if (count === undefined) continue;
    byTable[table.name] = inputRows(table, count);
    if (byTable[table.name].length !== count) throw new Error(`benchRows: ${table.name} has ${byTable[table.name].length} rows, wanted ${count}`);
  }
  return byTable;
}

/** Number of data rows of a `benchRows` result. */
export function rowCount(byTable: Readonly<Record<string, readonly RowInput[]>>): number {
  return Object.values(byTable).reduce((sum, rows) => sum + rows.length, 0);
}

/** `count` typed rows of one table (the first `count` rows buildBenchSnapshot makes for it). */
export function benchTableRows(table: string, count: number): RowInput[] {
  const share = SNAPSHOT_SHARES[table];
  if (share === undefined) throw new Error(`benchTableRows: no bench rows for ${table}`);
  const snapshot = buildBenchSnapshot(Math.ceil(count / share) + 10);
  const found = snapshot.tables.find((t) => t.name === table);
  if (!found) throw new Error(`benchTableRows: no table ${table}`);
  return inputRows(found, count);
}
