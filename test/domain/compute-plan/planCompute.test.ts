import { DATA_TABLES, FORMAT_VERSION, SUMMARY_MARKER_NAME, SUMMARY_SHEET, CHECK_SHEET } from '../../../src/domain/contract';
import { planCompute } from '../../../src/domain/compute-plan/planCompute';
import type { PlanOp } from '../../../src/domain/setup/ops';
import { REPORT_ROWS, snapshotWith } from '../../helpers/computeFixtures';

const AT = new Date(2025, 11, 20, 14, 30);

function ofKind<K extends PlanOp['kind']>(ops: PlanOp[], kind: K): Extract<PlanOp, { kind: K }>[] {
  return ops.filter((o): o is Extract<PlanOp, { kind: K }> => o.kind === kind);
}

describe('planCompute', () => {
  it('writes formulas only into computed columns and content only on the sheets it owns', () => {
    const plan = planCompute(snapshotWith(REPORT_ROWS), { dataValidation: true }, AT);
    const inputHeaders = new Set(DATA_TABLES.flatMap((t) => t.columns.filter((c) => c.kind === 'input').map((c) => `${t.name}/${c.header}`)));
    for (const op of ofKind(plan.ops, 'columnFormula')) expect(inputHeaders.has(`${op.table}/${op.header}`)).toBe(false);
    const dataSheets = new Set(DATA_TABLES.map((t) => t.sheet));
    for (const op of ofKind(plan.ops, 'writeCells')) expect(dataSheets.has(op.sheet)).toBe(false);
    expect(ofKind(plan.ops, 'clearSheet').map((o) => o.sheet)).toEqual([SUMMARY_SHEET]);
    expect(ofKind(plan.ops, 'totalsRow').map((o) => o.table).sort()).toEqual(DATA_TABLES.filter((t) => t.totalsRow).map((t) => t.name).sort());
    expect(ofKind(plan.ops, 'replaceTableRows').map((o) => o.table)).toEqual(['KiemTra']);
    expect(ofKind(plan.ops, 'writeCells').some((o) => o.sheet === CHECK_SHEET)).toBe(true);
  });

  it('restores a typed-over total and checks the workbook as it will be once restored', () => {
    const rows = { ...REPORT_ROWS, TTHC: REPORT_ROWS.TTHC.map((r, i) => (i === 0 ? { ...r, received: 9999 } : r)) };
    const plan = planCompute(snapshotWith(rows), { dataValidation: true }, AT);
    expect(plan.restored).toEqual([expect.objectContaining({ sheet: 'TTHC', cell: 'C4', column: 'Tổng số nhận', typed: 9999 })]);
    const rules = plan.validation.findings.map((f) => f.rule);
    expect(rules).not.toContain('structure.formulaOverwritten');
    expect(rules).not.toContain('dossier.shownDifference');
    expect(plan.computed.tables.TTHC.rows[0]['Tổng số nhận']).toBe(9400);
  });

  it('never clears a "Tổng hợp" sheet the clerk made; rewrites only the one Tổng kết marked', () => {
    const users = snapshotWith(REPORT_ROWS);
    users.usedExtents = { [SUMMARY_SHEET]: { rows: 30, columns: 5 } };
    const refused = planCompute(users, { dataValidation: true }, AT);
    expect(ofKind(refused.ops, 'clearSheet')).toEqual([]);
    expect(refused.ops.some((o) => 'sheet' in o && o.sheet === SUMMARY_SHEET)).toBe(false);
    expect(refused.conflicts.map((c) => c.sheet)).toContain(SUMMARY_SHEET);

    const ours = snapshotWith(REPORT_ROWS);
    ours.usedExtents = { [SUMMARY_SHEET]: { rows: 30, columns: 5 } };
    ours.names[SUMMARY_MARKER_NAME] = { sheet: SUMMARY_SHEET, row: 0, column: 0, value: 'TỔNG HỢP SỐ LIỆU', formula: 'TỔNG HỢP SỐ LIỆU' };
    expect(ofKind(planCompute(ours, { dataValidation: true }, AT).ops, 'clearSheet')).toHaveLength(1);
  });

  it('changes nothing in a workbook of a newer format version', () => {
    const plan = planCompute({ ...snapshotWith(REPORT_ROWS), formatVersion: FORMAT_VERSION + 1 }, { dataValidation: true }, AT);
    expect(plan.ops).toEqual([]);
    expect(plan.conflicts[0].message).toMatch(/phiên bản 2/);
  });

  it('reports a totals row it cannot add instead of writing over data under the table', () => {
    const snapshot = snapshotWith(REPORT_ROWS, { below: { GCN: [['', 'Ghi chú gõ dưới bảng']] }, showTotals: false });
    const plan = planCompute(snapshot, { dataValidation: true }, AT);
    expect(plan.totalsSkipped.map((s) => s.table)).toEqual(['GCN']);
    expect(ofKind(plan.ops, 'totalsRow').some((o) => o.table === 'GCN')).toBe(false);
  });
});
