/**
 * The domain's values against HyperFormula evaluating the contract's own formulas: proves
 * each formula was read correctly. Edge cases where HyperFormula departs from Excel are
 * left to the LibreOffice check ("" in arithmetic is 0 there, #VALUE! in Excel).
 */
import { computeTables } from '../../../src/domain/compute';
import { DATA_TABLES } from '../../../src/domain/contract';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { reportSnapshot, serial, snapshotWith } from '../../helpers/computeFixtures';
import { buildHyperFormulaWorkbook, sameValue } from '../../helpers/hyperformulaWorkbook';

function mismatches(snapshot: WorkbookSnapshot): string[] {
  const computed = computeTables(snapshot);
  const engine = buildHyperFormulaWorkbook(snapshot, computed);
  const found: string[] = [];
  for (const spec of DATA_TABLES) {
    const table = computed.tables[spec.name];
    if (!table) continue;
    table.rows.forEach((row, i) => {
      for (const header of table.computedHeaders) {
        const hf = engine.value(spec.name, header, i);
        if (!sameValue(row[header], hf)) found.push(`${spec.name}[${header}] row ${i + 1}: ${JSON.stringify(row[header])} ≠ ${JSON.stringify(hf)}`);
      }
    });
    for (const [header, value] of Object.entries(table.totals ?? {})) {
      const hf = engine.value(spec.name, header, 'totals');
      if (!sameValue(value, hf)) found.push(`${spec.name}[${header}] totals: ${JSON.stringify(value)} ≠ ${JSON.stringify(hf)}`);
    }
  }
  return found;
}

describe('computeTables agrees with HyperFormula on the contract formulas', () => {
  it('on the report fixture', () => {
    const snapshot = reportSnapshot();
    const engine = buildHyperFormulaWorkbook(snapshot, computeTables(snapshot));
    expect(engine.value('TTHC', 'Tỷ lệ trực tuyến', 'totals')).toBeCloseTo(8112 / 11960, 9);
    expect(engine.value('KhenThuong', 'Thành tiền (đồng)', 0)).toBe(106500000);
    expect(mismatches(snapshot)).toEqual([]);
  });

  it('on text, blank and boolean inputs', () => {
    const snapshot = snapshotWith({
      KhenThuong: [
        { award: 'Lao động tiên tiến', recipientType: 'Cá nhân', decisionDate: serial('2025-01-10'), quantity: '5' },
        { award: 'Lao động tiên tiến', recipientType: 'Cá nhân', decisionDate: serial('2025-01-10'), quantity: true },
        { award: 'Lao động tiên tiến', recipientType: 'Cá nhân', decisionDate: serial('2025-01-10'), quantity: '' },
      ],
      XepLoai: [{ excellent: '5', good: 10 }, { excellent: 'năm', good: 10 }, {}],
      TTHC: [{ carriedOver: 5 }, { online: 'nhiều', inPerson: 3, early: 2 }, { online: '7', inPerson: 3, returned: 'hai' }, {}],
      CatGiamTTHC: [{ legalDays: 'mười', cutDays: 4 }, { legalDays: '', cutDays: 5 }, { legalDays: 8, cutDays: 8 }],
      GCN: [{ target: '50', issued: 5 }, { target: 40, issued: '' }, { target: 0, issued: 3 }, { target: 10, issued: 'x' }],
      ChiTieu: [{ plan: 4, done: 'bốn' }, { plan: '', done: 1 }, { plan: 0, done: 2 }, { plan: 3, done: true }],
    });
    expect(mismatches(snapshot)).toEqual([]);
  });
});
