import { SHEET_ORDER } from '../../../src/domain/contract';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { validateWorkbook } from '../../../src/domain/validation';
import { REALISTIC_ROWS } from '../../helpers/realisticRows';
import { buildSnapshot, deepFreeze, serial } from '../../helpers/snapshot';
import { award, dossier, rating } from './corpus/rows';

describe('validateWorkbook', () => {
  it('finds nothing in a clean, realistic workbook', () => {
    const result = validateWorkbook(buildSnapshot({ rows: REALISTIC_ROWS }), { today: '2025-12-31' });
    expect(result.findings).toEqual([]);
    expect(result.counts).toEqual({ error: 0, warning: 0 });
    expect(result.ruleSet).toEqual({
      id: 'TDKT-2025',
      basis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP',
      source: 'period',
    });
  });

  it('finds nothing in the realistic workbook under the 2017 rules either (quotas respected)', () => {
    const result = validateWorkbook(buildSnapshot({ rows: REALISTIC_ROWS, header: { BoQuyTac: 'TDKT-2017' } }));
    expect(result.ruleSet.source).toBe('override');
    expect(result.counts.error).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('sorts errors first, each severity by sheet order, then row, then column', () => {
    const snapshot = buildSnapshot({
      header: { DonViBaoCao: '' },
      rows: {
        GCN: [{ unit: 'A', recipient: 'x', issued: 1, parcels: 1, area: 1 }],
        KhenThuong: [award({ quantity: 0, decisionDate: 'x' }), award({ award: '?' })],
        XepLoai: [rating({ good: -1 })],
      },
      omitTables: ['DM_LuongCoSo'],
    });
    const findings = validateWorkbook(snapshot).findings;
    const keys = findings.map((f) => [f.severity === 'error' ? 0 : 1, SHEET_ORDER.indexOf(f.sheet), Number(/\d+/.exec(f.cell)![0]), f.cell.replace(/\d+/, '')] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].length - b[3].length || a[3].localeCompare(b[3]));
    expect(keys).toEqual(sorted);
    expect(findings[0].severity).toBe('error');
    expect(findings[findings.length - 1].severity).toBe('warning');
  });

  it('addresses cells from the table position in the snapshot', () => {
    const snapshot = buildSnapshot({ rows: { TTHC: [dossier({}), dossier({ returned: 0 })] } });
    const moved: WorkbookSnapshot = {
      ...snapshot,
      tables: snapshot.tables.map((t) => (t.name === 'TTHC' ? { ...t, headerRow: 9, firstColumn: 3 } : t)),
    };
    const [finding] = validateWorkbook(moved).findings;
    // Chênh lệch is the 15th column (O when the table starts at A): R when it starts at D; row 10 + 2
    expect(finding).toMatchObject({ sheet: 'TTHC', cell: 'R12', table: 'TTHC', column: 'Chênh lệch', rule: 'dossier.difference' });
  });

  it('does not change its input', () => {
    const snapshot = buildSnapshot({
      rows: { ...REALISTIC_ROWS, KhenThuong: [award({ quantity: '1.234' }), award({ recipientType: 'Tập thể' })] },
      below: { GCN: [['x']] },
    });
    const copy = structuredClone(snapshot);
    deepFreeze(snapshot);
    expect(() => validateWorkbook(snapshot)).not.toThrow();
    expect(snapshot).toEqual(copy);
  });

  it('reads the catalogues from the workbook, with serial dates; a multiplier typed as text is an error, as Excel cannot read it', () => {
    const snapshot = buildSnapshot({
      catalogues: {
        DM_DanhHieu: [
          { name: 'Giấy khen', group: 'Hình thức khen thưởng', appliesTo: 'Cá nhân, Tập thể', individual: '0,3', collective: 0.6, from: serial('2024-01-01') },
        ],
      },
      rows: { KhenThuong: [award({ award: 'giấy khen' }), award({ award: 'Giấy khen', recipientType: 'Hộ gia đình', decisionNumber: '9/QĐ-SNNMT' })] },
    });
    const findings = validateWorkbook(snapshot).findings;
    expect(findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ['Khen thưởng', 'E5', 'award.recipientType'],
      ['Danh mục', 'D4', 'award.multiplierText'],
      ['Khen thưởng', 'J4', 'award.multiplierMissing'],
    ]);
  });

  it('survives a malformed snapshot', () => {
    const malformed = {
      sheets: null,
      names: { DonViBaoCao: null, KyBaoCaoTu: { value: {}, row: -1, column: 'x' } },
      formatVersion: 'one',
      tables: [
        null,
        { name: 'KhenThuong', headers: [1, null, 'Số lượng'], values: [null, 'row', [1, {}, 'x'], [undefined, undefined, -1]], formulas: 'no', below: [null, 'x', [NaN]] },
        { name: 'TTHC', sheet: 5, headerRow: -3, firstColumn: 1.5, headers: 'STT', values: {}, formulas: [[]], below: {} },
        { name: 'DM_DanhHieu', headers: ['Tên', 'Áp dụng cho'], values: [[null, 5], ['X', {}]] },
      ],
    } as unknown as WorkbookSnapshot;
    const result = validateWorkbook(malformed);
    expect(result.findings.some((f) => f.rule === 'internal.checkFailed')).toBe(false);
    expect(result.findings.some((f) => f.rule === 'value.notNumber' && f.cell === 'C4')).toBe(true);
    expect(result.ruleSet.source).toBe('default');
    expect(validateWorkbook(null as unknown as WorkbookSnapshot).ruleSet.source).toBe('default');
  });

  it('uses the check date only as given and valid', () => {
    const snapshot = buildSnapshot({ header: { NgayBaoCao: '' }, rows: { KhenThuong: [award({ decisionDate: serial('2025-12-18') })] } });
    expect(validateWorkbook(snapshot).findings.map((f) => f.rule)).toEqual(['award.dateOutsidePeriod']);
    expect(validateWorkbook(snapshot, { today: 'yesterday' }).findings.map((f) => f.rule)).toEqual(['award.dateOutsidePeriod']);
    expect(validateWorkbook(snapshot, { today: '2025-12-17' }).findings.map((f) => f.rule)).toEqual(['award.dateAfterReport']);
  });
});
