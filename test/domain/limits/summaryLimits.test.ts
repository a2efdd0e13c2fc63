import { planCompute } from '../../../src/domain/compute-plan/planCompute';
import { SUMMARY_SHEET } from '../../../src/domain/contract';
import type { PlanOp } from '../../../src/domain/setup/ops';
import { REPORT_ROWS, snapshotWith } from '../../helpers/computeFixtures';
import { LIMIT_AWARD_ROWS, LIMIT_SIGNED_AWARD_ROWS, LIMIT_SIGNER_CATALOGUE, LIMIT_TARGET_ROWS, LONG_SIGNERS, LONG_TITLE, TITLE_300 } from '../../helpers/limitsFixtures';

const AT = new Date(2025, 11, 20, 14, 30);

function summaryCells(ops: PlanOp[]): { value?: unknown; formula?: string }[] {
  return ops.flatMap((op) => (op.kind === 'writeCells' && op.sheet === SUMMARY_SHEET ? op.cells.flat() : []));
}

const textConstants = (formula: string) => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

describe("'Tổng hợp' within Excel's limits", () => {
  const plan = planCompute(
    snapshotWith({ ...REPORT_ROWS, KhenThuong: [...LIMIT_AWARD_ROWS, ...LIMIT_SIGNED_AWARD_ROWS], ChiTieu: LIMIT_TARGET_ROWS }, { catalogues: { DM_CapQuyetDinh: LIMIT_SIGNER_CATALOGUE } }),
    { dataValidation: true },
    AT,
  );
  const cells = summaryCells(plan.ops);
  const formulas = cells.flatMap((c) => (c.formula ? [c.formula] : []));

  it('writes no formula over 8.192 characters and no text constant over 255', () => {
    const longest = Math.max(...formulas.map((f) => f.length));
    console.log(`longest formula on Tổng hợp: ${longest} characters`);
    expect(longest).toBeLessThanOrEqual(8192);
    expect(formulas.flatMap(textConstants).filter((t) => t.length > 255)).toEqual([]);
  });

  it('matches criteria over 255 characters without SUMIFS (which gives #VALUE!) and keeps the totals', () => {
    const lines = plan.summary.awards!.lines;
    const long = lines.find((l) => l.title === LONG_TITLE)!;
    expect(long.count.value).toBe(7); // 3 + 4: SUMIFS and "=" compare case-insensitively
    expect(long.count.formula).toMatch(/^=SUMPRODUCT\(/);
    const t300 = lines.find((l) => l.title === TITLE_300)!;
    expect(t300.count.value).toBe(5); // "…*" is another title: no wildcard
  });

  it('puts the long texts in cells the formulas read, under a caption', () => {
    const long = plan.summary.awards!.lines.find((l) => l.title === LONG_TITLE)!;
    const ref = /=\$R\$(\d+)\)/.exec(long.count.formula)![1];
    const block = plan.summaryPlan.blocks.find((b) => b.key === 'formulaTexts')!;
    expect(block.column).toBe(17);
    const row = Number(ref) - 1 - block.row;
    expect(block.rows[row][0].value).toBe(LONG_TITLE);
    expect(block.rows[0][0].value).toMatch(/công thức/);
  });

  it('reads every typed text from a cell when the formula would exceed 8.192 characters otherwise', () => {
    const higher = plan.summary.awards!.paidBy.higher;
    // Σ Thành tiền over the 40 signers: 100.000 × (1 + … + 40)
    expect(higher.value).toBe(100000 * 820);
    expect(higher.formula.length).toBeLessThanOrEqual(8192);
    expect(higher.formula).toMatch(/^=SUMIFS\(KhenThuong\[\[Thành tiền \(đồng\)\]\],KhenThuong\[\[Người ký theo danh mục\]\],\$R\$\d+\)\+/);
    const block = plan.summaryPlan.blocks.find((b) => b.key === 'formulaTexts')!;
    const stored = block.rows.slice(1).map((r) => r[0].value);
    for (const signer of LONG_SIGNERS) expect(stored).toContain(signer);
  });

  it('splits a paragraph over 32.767 characters across consecutive cells, between sentences or clauses', () => {
    const targets = plan.paragraphs.find((p) => p.key === 'targets')!;
    console.log(`targets paragraph: ${targets.text.length} characters`);
    expect(targets.text.length).toBeGreaterThan(32767);
    const texts = cells.flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32767);
    const block = plan.summaryPlan.blocks.find((b) => b.key === 'paragraphs')!;
    const at = block.rows.findIndex((r) => r[0].value === 'Thực hiện chỉ tiêu, nhiệm vụ');
    const pieces: string[] = [];
    for (let r = at + 1; r < block.rows.length && block.rows[r][0].style === 'paragraph'; r++) pieces.push(String(block.rows[r][0].value));
    console.log(`pieces: ${pieces.map((p) => p.length).join(', ')}`);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ')).toBe(targets.text);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[.;]$/);
  });
});
