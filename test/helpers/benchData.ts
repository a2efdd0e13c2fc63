/**
 * Large workbooks for benchmarks (validation now; simulator sync later): realistic rows
 * spread over the data tables, with one bad row in ten of a kind every check must catch.
 */
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import { REALISTIC_ROWS } from './realisticRows';
import { buildSnapshot, serial, type RowInput } from './snapshot';

/** Share of the rows each table gets. */
const SHARES: readonly (readonly [string, number])[] = [
  ['KhenThuong', 0.3],
  ['XepLoai', 0.1],
  ['TTHC', 0.2],
  ['CatGiamTTHC', 0.1],
  ['GCN', 0.2],
  ['ChiTieu', 0.1],
];

/** One bad variant per table, applied to every tenth row. */
const BAD: Readonly<Record<string, readonly RowInput[]>> = {
  KhenThuong: [
    { quantity: '1.234' },
    { decisionDate: '09/06/2025' },
    { award: 'Lao động tiên tiến', recipientType: 'Tập thể' },
    { award: 'Lao dong tien tien' },
    { decisionNumber: 'QĐ 123' },
    { quantity: 1.234 },
  ],
  XepLoai: [{ excellent: 9, good: 10 }, { good: -1 }, { unit: '' }],
  TTHC: [{ returned: 0 }, { online: 'nhiều' }, { early: 2.5 }],
  CatGiamTTHC: [{ cutDays: 40 }, { legalDays: 0 }],
  GCN: [{ parcels: 1 }, { area: 0 }, { recipient: 'Cá nhân' }],
  ChiTieu: [{ plan: '1.250,5' }, { done: -3 }],
};

/** Keys that make a row unique, so that repeating the realistic rows adds no duplicates. */
const UNIQUE_KEY: Readonly<Record<string, string>> = { KhenThuong: 'recipientName', GCN: 'unit', XepLoai: 'unit', TTHC: 'field' };

function rowsFor(table: string, count: number): RowInput[] {
  const clean = REALISTIC_ROWS[table] ?? [];
  const bad = BAD[table] ?? [];
  const rows: RowInput[] = [];
  for (let i = 0; i < count && clean.length > 0; i++) {
    let row: RowInput = { ...clean[i % clean.length] };
    const unique = UNIQUE_KEY[table];
    if (unique) row = { ...row, [unique]: `${String(row[unique] ?? 'Đơn vị')} ${i + 1}` };
    if (table === 'KhenThuong') row = { ...row, decisionDate: serial('2025-01-05') + (i % 300) };
    if (i % 10 === 9 && bad.length > 0) row = { ...row, ...bad[Math.floor(i / 10) % bad.length] };
    rows.push(row);
  }
  return rows;
}

/** A contract workbook with about `rows` data rows in total, 10% of them bad. */
export function buildBenchSnapshot(rows: number): WorkbookSnapshot {
  const byTable: Record<string, RowInput[]> = {};
  let assigned = 0;
  SHARES.forEach(([table, share], i) => {
    const count = i === SHARES.length - 1 ? Math.max(0, rows - assigned) : Math.round(rows * share);
    byTable[table] = rowsFor(table, count);
    assigned += count;
  });
  return buildSnapshot({ rows: byTable });
}
