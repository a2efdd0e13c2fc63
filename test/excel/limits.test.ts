/**
 * Issue 7, failure 4: Excel's limits on the simulated Excel, which refuses what Excel refuses
 * (a cell over 32.767 characters, a formula over 8.192, a text constant over 255) and gives
 * #VALUE! for a SUMIFS criterion over 255 characters.
 */
import { SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { computeSummary } from '../../src/excel/compute';
import { COMPUTE_TIME } from '../helpers/computedSim';
import { REPORT_ROWS } from '../helpers/computeFixtures';
import { LIMIT_AWARD_ROWS, LIMIT_SIGNED_AWARD_ROWS, LIMIT_SIGNER_CATALOGUE, LIMIT_TARGET_ROWS, LONG_TITLE, longText } from '../helpers/limitsFixtures';
import { fillTable, typeHeader } from '../helpers/simTables';
import { createTemplate } from '../../src/excel/setup';
import { installSim, type Sim } from './simHost';

/** Appends catalogue rows (by the catalogue's headers) below its own. */
async function addCatalogueRows(sim: Sim, name: string, rows: readonly (string | null)[][]): Promise<void> {
  const width = sim.workbook.getTableInfo(name)!.headers.length;
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(name).rows.add(undefined, rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
    await context.sync();
  });
}

describe("Tính tổng hợp within Excel's limits (simulated Excel)", () => {
  let sim: Sim;
  let outcome: Awaited<ReturnType<typeof computeSummary>>;

  beforeAll(async () => {
    sim = installSim();
    await createTemplate();
    typeHeader(sim);
    const defaults = new Set(LIMIT_SIGNER_CATALOGUE.slice(0, -40).map((r) => r.name));
    await addCatalogueRows(sim, 'DM_CapQuyetDinh', LIMIT_SIGNER_CATALOGUE.filter((r) => !defaults.has(r.name)).map((r) => [String(r.name)]));
    await fillTable(sim, 'KhenThuong', [...LIMIT_AWARD_ROWS, ...LIMIT_SIGNED_AWARD_ROWS]);
    await fillTable(sim, 'ChiTieu', LIMIT_TARGET_ROWS);
    await fillTable(sim, 'TTHC', REPORT_ROWS.TTHC);
    outcome = await computeSummary(undefined, () => COMPUTE_TIME);
  }, 120_000);

  it("writes every figure, and Excel's results agree with the domain's (criteria over 255 matched with SUMPRODUCT)", () => {
    expect(outcome.mismatches).toEqual([]);
    const line = outcome.plan.summary.awards!.lines.find((l) => l.title === LONG_TITLE)!;
    const address = outcome.plan.summaryPlan.figures.find((f) => f.key === line.count.key)!.address;
    expect(sim.workbook.getCell(SUMMARY_SHEET, address).value).toBe(7);
    expect(sim.workbook.getCell(SUMMARY_SHEET, outcome.plan.summaryPlan.figures.find((f) => f.key === 'awards.paidBy.higher')!.address).value).toBe(100000 * 820);
  });

  it('writes a paragraph over 32.767 characters in consecutive cells that read back as the paragraph', () => {
    const paragraph = outcome.plan.paragraphs.find((p) => p.key === 'targets')!;
    expect(paragraph.text.length).toBeGreaterThan(32767);
    const cells = sim.workbook.snapshot().sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    const column = Object.entries(cells)
      .filter(([address]) => /^A\d+$/.test(address))
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([, c]) => (c as { value?: unknown }).value);
    const at = column.indexOf('Thực hiện chỉ tiêu, nhiệm vụ');
    const pieces: string[] = [];
    for (let i = at + 1; typeof column[i] === 'string' && paragraph.text.includes(column[i] as string); i++) pieces.push(column[i] as string);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ')).toBe(paragraph.text);
  });
});

describe('Tính tổng hợp with a title as long as an Excel cell holds (simulated Excel)', () => {
  it('writes the summary and the check without any cell over the limit, and agrees with the domain', async () => {
    const sim = installSim();
    await createTemplate();
    typeHeader(sim);
    const title = longText('Bằng khen D', 32767);
    await fillTable(sim, 'KhenThuong', [{ ...LIMIT_AWARD_ROWS[0], award: title }, LIMIT_AWARD_ROWS[4]]);
    const outcome = await computeSummary(undefined, () => COMPUTE_TIME);
    expect(outcome.mismatches).toEqual([]);
    const line = outcome.plan.summary.awards!.lines.find((l) => l.title === title)!;
    expect(sim.workbook.getCell(SUMMARY_SHEET, outcome.plan.summaryPlan.figures.find((f) => f.key === line.count.key)!.address).value).toBe(3);
    // the finding quoting the title and the awards paragraph naming it both fit their cells
    const awards = outcome.plan.paragraphs.find((p) => p.key === 'awards')!;
    expect(awards.text.length).toBeGreaterThan(32767);
  }, 120_000);
});
