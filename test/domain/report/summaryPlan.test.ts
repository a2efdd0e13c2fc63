import { computeTables } from '../../../src/domain/compute';
import { summarize, summarySheetPlan, type PlanCell, type SummaryPlan } from '../../../src/domain/report';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { cellAddress, parseCell } from '../../../src/domain/util/a1';
import { COMPUTED_AT, reportSnapshot, serial, snapshotWith } from '../../helpers/computeFixtures';
import { buildHyperFormulaWorkbook, sameValue } from '../../helpers/hyperformulaWorkbook';

const ALLOWED_FUNCTIONS = ['SUM', 'SUMIFS', 'COUNTIFS', 'IF', 'IFERROR', 'N', 'ROUND', 'COUNTA', 'MAX', 'MIN', 'INDEX', 'MATCH'];

function planOf(snapshot: WorkbookSnapshot): SummaryPlan {
  const computed = computeTables(snapshot);
  return summarySheetPlan(summarize(snapshot, computed), { computedAt: COMPUTED_AT });
}

function cellAt(plan: SummaryPlan, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.blocks) {
    if (row >= block.row && row < block.row + block.rows.length) return block.rows[row - block.row][column];
  }
  return undefined;
}

describe('summarySheetPlan', () => {
  const snapshot = reportSnapshot();
  const plan = planOf(snapshot);

  it('lays out the sections top to bottom without overlap', () => {
    expect(plan.sheet).toBe('Tổng hợp');
    expect(plan.blocks.map((b) => b.key)).toEqual(['header', 'awards', 'ratings', 'tthc', 'deadlineCuts', 'gcn', 'targets', 'paragraphs', 'signature']);
    for (let i = 1; i < plan.blocks.length; i++) {
      const previous = plan.blocks[i - 1];
      expect(plan.blocks[i].row).toBeGreaterThan(previous.row + previous.rows.length - 1);
    }
    expect(plan.blocks[1].rows[0][0]).toEqual({ style: 'title', value: 'I. THI ĐUA, KHEN THƯỞNG' });
  });

  it('stamps the time of computation and writes the paragraphs as text', () => {
    expect(plan.computedAt).toBe('20/12/2025 14:30');
    expect(plan.blocks[0].rows.some((r) => r[0].value === 'Thời điểm tính: 20/12/2025 14:30')).toBe(true);
    const texts = plan.blocks.find((b) => b.key === 'paragraphs')!.rows.map((r) => r[0]);
    expect(texts[0]).toEqual({ style: 'title', value: 'DỰ THẢO NỘI DUNG BÁO CÁO' });
    expect(texts.filter((c) => c.style === 'paragraph')).toHaveLength(7);
    expect(texts.every((c) => c.formula === undefined)).toBe(true);
  });

  it('lists every formula cell once, with its address, key and expected value', () => {
    const keys = plan.figures.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of plan.figures) {
      const cell = cellAt(plan, f.address);
      expect(cell?.formula).toBe(f.formula);
      expect(cell?.key).toBe(f.key);
      expect(cell?.expected).toEqual(f.expected);
    }
    const online = plan.figures.find((f) => f.key === 'tthc.onlineRate');
    expect(online).toMatchObject({ expected: 8112 / 11960, numberFormat: '0.00%' });
  });

  it('uses only functions available in Excel 2019, LibreOffice and HyperFormula', () => {
    for (const f of plan.figures) {
      const used = [...f.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const name of used) expect(ALLOWED_FUNCTIONS).toContain(name);
      expect(f.formula.startsWith('=')).toBe(true);
    }
  });

  it('points the charts at the right cells', () => {
    const [resolution, certificates] = plan.charts;
    expect(resolution).toMatchObject({ key: 'tthc.resolution', type: 'Pie', seriesBy: 'Columns' });
    const [start, end] = resolution.source.address.split(':');
    expect(cellAt(plan, start)?.value).toBe('Giải quyết trước hạn');
    expect(cellAt(plan, cellAddress(parseCell(start).row, 1))?.key).toBe('tthc.early');
    expect(cellAt(plan, end)?.key).toBe('tthc.late');

    expect(certificates).toMatchObject({ key: 'gcn.issuedVsTarget', type: 'ColumnClustered' });
    const [top, bottom] = certificates.source.address.split(':');
    expect(cellAt(plan, top)?.value).toBe('Phân loại');
    expect(cellAt(plan, cellAddress(parseCell(top).row, 1))?.value).toBe('Chỉ tiêu giao (GCN)');
    expect(cellAt(plan, cellAddress(parseCell(top).row, 2))?.value).toBe('Số GCN đã cấp');
    expect(cellAt(plan, bottom)?.key).toBe('gcn.households.issued');
  });

  it('opens with the unit, the period and the report date, and ends where the preparer and the head of the unit sign', () => {
    const header = plan.blocks[0].rows.map((r) => r[0].value);
    expect(header).toEqual(expect.arrayContaining([expect.stringMatching(/^Đơn vị báo cáo: \S/), expect.stringMatching(/^Kỳ báo cáo: từ ngày/), expect.stringMatching(/^Ngày báo cáo: \d/)]));
    const signature = plan.blocks[plan.blocks.length - 1];
    expect(signature.key).toBe('signature');
    const texts = signature.rows.map((r) => r.map((c) => c.value ?? ''));
    expect(texts[0].join('|')).toMatch(/…, ngày \d{2} tháng \d{2} năm \d{4}$/);
    expect(texts[1].filter(Boolean)).toEqual(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']);
    expect(texts[2].filter(Boolean)).toEqual(['(Ký, ghi rõ họ tên)', '(Ký, ghi rõ họ tên, đóng dấu)']);
  });

  it('leaves out sections and charts of absent tables', () => {
    const partial = planOf(snapshotWith({}, { omitTables: ['TTHC', 'GCN'] }));
    expect(partial.blocks.map((b) => b.key)).toEqual(['header', 'awards', 'ratings', 'deadlineCuts', 'targets', 'paragraphs', 'signature']);
    expect(partial.charts).toEqual([]);
    expect(partial.blocks[3].rows[0][0].value).toBe('III. CẮT GIẢM THỜI HẠN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
  });
});

describe('summary formulas recalculated by HyperFormula give the expected values', () => {
  function mismatches(snapshot: WorkbookSnapshot): string[] {
    const computed = computeTables(snapshot);
    const plan = summarySheetPlan(summarize(snapshot, computed), { computedAt: COMPUTED_AT });
    const engine = buildHyperFormulaWorkbook(snapshot, computed, plan.figures);
    return plan.figures
      .filter((f) => !sameValue(f.expected, engine.figure(f)))
      .map((f) => `${f.key}: ${JSON.stringify(f.expected)} ≠ ${JSON.stringify(engine.figure(f))}`);
  }

  it('on the report fixture', () => {
    expect(mismatches(reportSnapshot())).toEqual([]);
  });

  it('on empty tables and on text or blank inputs', () => {
    expect(mismatches(snapshotWith({}))).toEqual([]);
    const date = serial('2025-01-10');
    expect(
      mismatches(
        snapshotWith({
          KhenThuong: [
            { award: 'lao động tiên tiến', recipientType: 'cá nhân', quantity: 2, decisionDate: date },
            { award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: '3', decisionDate: date },
          ],
          TTHC: [{ online: 'nhiều', inPerson: 3, early: 2 }, { carriedOver: 4 }],
          CatGiamTTHC: [{ legalDays: 20, cutDays: 15 }, { legalDays: 30 }, { cutDays: 3 }],
          GCN: [{ recipient: 'Tổ chức', target: '50', issued: 5 }, { recipient: 'tổ chức', target: 40, issued: 44 }],
          ChiTieu: [{ target: 'A', plan: 4, done: 'bốn' }, { target: 'B' }, { target: 'C', plan: 2, done: 2 }],
        }),
      ),
    ).toEqual([]);
  });
});
