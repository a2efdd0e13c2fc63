import { DATA_TABLES, FORMAT_VERSION, SHEET_ORDER, TTHC } from '../../../src/domain/contract';
import type { PlanOp } from '../../../src/domain/setup/ops';
import { planSetup } from '../../../src/domain/setup/planSetup';
import type { TableSnapshot, WorkbookSnapshot } from '../../../src/domain/snapshot';

const empty: WorkbookSnapshot = { sheets: ['Sheet1'], tables: [], names: {}, formatVersion: null, usedExtents: {} };

function tthcTable(overrides: Partial<TableSnapshot> = {}): TableSnapshot {
  const headers = TTHC.columns.map((c) => c.header);
  const row = headers.map((h, i) => (TTHC.columns[i].formula ? `=formula of ${h}` : i === 1 ? 'Đất đai' : 5));
  return { name: 'TTHC', sheet: 'TTHC', headerRow: 2, firstColumn: 0, headers, values: [row], formulas: [row], showTotals: false, below: [], ...overrides };
}

function opsOf<K extends PlanOp['kind']>(ops: PlanOp[], kind: K): Extract<PlanOp, { kind: K }>[] {
  return ops.filter((o): o is Extract<PlanOp, { kind: K }> => o.kind === kind);
}

describe('planSetup', () => {
  it('creates every contract sheet in order, every table, catalogue and named cell on an empty workbook', () => {
    const plan = planSetup(empty, { dataValidation: true });
    expect(plan.conflicts).toEqual([]);
    expect(opsOf(plan.ops, 'addSheet').map((o) => o.sheet)).toEqual(SHEET_ORDER);
    expect(opsOf(plan.ops, 'addTable').map((o) => o.table).sort()).toEqual(
      [...DATA_TABLES.map((t) => t.name), 'DM_DanhHieu', 'DM_LuongCoSo', 'DM_CapQuyetDinh', 'DM_ThamSo', 'DM_TenGoi', 'KiemTra'].sort(),
    );
    expect(opsOf(plan.ops, 'addName').map((o) => o.name)).toEqual(
      expect.arrayContaining(['DonViBaoCao', 'KyBaoCaoTu', 'KyBaoCaoDen', 'NgayBaoCao', 'BoQuyTac']),
    );
    expect(opsOf(plan.ops, 'setFormatVersion')).toEqual([{ kind: 'setFormatVersion', version: 2 }]);
    // Every computed column gets its formula over the whole (new) column.
    const formulas = opsOf(plan.ops, 'columnFormula');
    for (const table of DATA_TABLES) {
      for (const column of table.columns.filter((c) => c.formula)) {
        expect(formulas).toContainEqual({ kind: 'columnFormula', table: table.name, header: column.header, formula: column.formula, rows: 'all' });
      }
    }
  });

  it('plans native validation only where the host supports it', () => {
    expect(opsOf(planSetup(empty, { dataValidation: true }).ops, 'columnValidation').length).toBeGreaterThan(20);
    expect(opsOf(planSetup(empty, { dataValidation: false }).ops, 'columnValidation')).toEqual([]);
  });

  it('gives the signer and award columns a drop-down of their catalogue that informs, never refuses (aliases are typed there)', () => {
    const ops = opsOf(planSetup(empty, { dataValidation: true }).ops, 'columnValidation').filter((o) => o.table === 'KhenThuong');
    const of = (header: string) => ops.find((o) => o.header === header)?.validation;
    expect(of('Cấp quyết định')).toMatchObject({ rule: { type: 'List', source: '=INDIRECT("DM_CapQuyetDinh[Tên]")' }, alertStyle: 'Information' });
    expect(of('Danh hiệu / Hình thức')).toMatchObject({ rule: { type: 'List', source: '=INDIRECT("DM_DanhHieu[Tên]")' }, alertStyle: 'Information' });
    expect(of('Cấp quyết định')?.message).toContain('danh mục "Tên gọi khác" vẫn được nhận');
    expect(of('Cấp quyết định')?.message.length).toBeLessThanOrEqual(255);
    expect(of('Đối tượng')?.alertStyle).toBe('Stop');
  });

  it('keeps a typed value in a computed column and rewrites only the formula cells', () => {
    const table = tthcTable();
    const index = table.headers.indexOf('Tổng số nhận');
    const typed = table.values.map((r) => [...r]);
    typed.push([...typed[0]]);
    typed[1][index] = 999;
    const plan = planSetup({ ...empty, sheets: [...SHEET_ORDER], tables: [{ ...table, values: typed, formulas: typed }] }, { dataValidation: false });
    const write = opsOf(plan.ops, 'columnFormula').find((o) => o.table === 'TTHC' && o.header === 'Tổng số nhận');
    expect(write?.rows).toEqual([0]);
    expect(opsOf(plan.ops, 'addTable').some((o) => o.table === 'TTHC')).toBe(false);
  });

  it('adds missing columns at the right edge when nothing else is wrong', () => {
    const table = tthcTable();
    const keep = table.headers.map((h) => h !== 'Ghi chú' && h !== 'Đơn vị báo cáo');
    const cut = (rows: TableSnapshot['values']) => rows.map((r) => r.filter((_, i) => keep[i]));
    const plan = planSetup(
      { ...empty, sheets: [...SHEET_ORDER], tables: [{ ...table, headers: table.headers.filter((_, i) => keep[i]), values: cut(table.values), formulas: cut(table.formulas) }] },
      { dataValidation: false },
    );
    expect(opsOf(plan.ops, 'addColumns')).toEqual([{ kind: 'addColumns', table: 'TTHC', headers: ['Ghi chú', 'Đơn vị báo cáo'] }]);
    expect(plan.conflicts.filter((c) => c.table === 'TTHC')).toEqual([]);
  });

  it('upgrades a format-1 table beside a column of the user\'s own: "Đơn vị báo cáo" is appended, the format becomes 2', () => {
    const table = tthcTable();
    const v1Headers = [...table.headers.filter((h) => h !== 'Đơn vị báo cáo'), 'Người nhập'];
    const v1Row = [...table.values[0].slice(0, -1), 'Lan'];
    const plan = planSetup(
      { ...empty, formatVersion: 1, sheets: [...SHEET_ORDER], tables: [{ ...table, headers: v1Headers, values: [v1Row], formulas: [v1Row] }] },
      { dataValidation: false },
    );
    expect(opsOf(plan.ops, 'addColumns')).toEqual([{ kind: 'addColumns', table: 'TTHC', headers: ['Đơn vị báo cáo'] }]);
    expect(plan.conflicts.filter((c) => c.table === 'TTHC')).toEqual([]);
    expect(opsOf(plan.ops, 'setFormatVersion')).toEqual([{ kind: 'setFormatVersion', version: 2 }]);
  });

  it('reports a renamed header as a conflict and adds nothing to that table', () => {
    const table = tthcTable();
    const headers = table.headers.map((h) => (h === 'Nhận trực tuyến' ? 'Nhận online' : h));
    const plan = planSetup({ ...empty, sheets: [...SHEET_ORDER], tables: [{ ...table, headers }] }, { dataValidation: false });
    const conflict = plan.conflicts.find((c) => c.table === 'TTHC');
    expect(conflict?.message).toContain('"Nhận trực tuyến"');
    expect(conflict?.message).toContain('"Nhận online"');
    expect(opsOf(plan.ops, 'addColumns')).toEqual([]);
  });

  it('does not create a table over data the user typed on an existing sheet', () => {
    const plan = planSetup({ ...empty, sheets: ['Sheet1', 'GCN'], usedExtents: { GCN: { rows: 10, columns: 3 } } }, { dataValidation: false });
    expect(opsOf(plan.ops, 'addTable').some((o) => o.table === 'GCN')).toBe(false);
    expect(plan.conflicts.find((c) => c.table === 'GCN')?.message).toMatch(/đã có dữ liệu/);
    expect(opsOf(plan.ops, 'writeCells').some((o) => o.sheet === 'GCN')).toBe(false);
  });

  it('reports a contract table found on another sheet', () => {
    const plan = planSetup({ ...empty, sheets: [...SHEET_ORDER], tables: [tthcTable({ sheet: 'GCN' })] }, { dataValidation: false });
    expect(plan.conflicts.find((c) => c.table === 'TTHC')?.message).toContain('"GCN"');
  });

  it('changes nothing in a workbook made by a newer format version', () => {
    const plan = planSetup({ ...empty, formatVersion: FORMAT_VERSION + 1 }, { dataValidation: true });
    expect(plan.ops).toEqual([]);
    expect(plan.conflicts[0].message).toMatch(new RegExp(`phiên bản ${FORMAT_VERSION + 1}`));
  });
});
