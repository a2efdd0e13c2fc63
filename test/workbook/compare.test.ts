import { promises as fs } from 'fs';
import * as path from 'path';
import { computeTables } from '../../src/domain/compute';
import { FORMAT_VERSION } from '../../src/domain/contract';
import { summarize, draftParagraphs, summarySheetPlan } from '../../src/domain/report';
import { recalculate } from '../helpers/libreoffice';
import type { CellValue } from '../../src/domain/snapshot';
import { setFormatVersion } from '../../src/workbook/customXml';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { editWorkbook, runCli, tempDir, typeRows } from '../helpers/xlsxFixtures';

type Row = Readonly<Record<string, CellValue>>;
const dossier = (online: number, inPerson: number): Row => ({
  field: 'Đất đai', online, inPerson, carriedOver: 0, early: online, onTime: inPerson, late: 0, pendingWithin: 0, pendingOverdue: 0,
});

async function workbook(dir: string, file: string, period: { from: number; to: number }, rows: Row[]): Promise<string> {
  const target = path.join(dir, file);
  await runCli(['init', target]);
  await editWorkbook(target, (document) => {
    const info = document.workbook.getWorksheet('Thông tin')!;
    info.getCell('B3').value = 'Sở Nông nghiệp và Môi trường';
    info.getCell('B4').value = period.from;
    info.getCell('B5').value = period.to;
    typeRows(document, 'TTHC', rows);
  });
  return target;
}

/** LibreOffice's unformatted text of a number: a percent keeps its "%", points their unit. */
function shownNumber(text: string): number {
  const plain = text.replace(/ điểm %$/, '');
  return plain.endsWith('%') ? Number(plain.slice(0, -1)) / 100 : Number(plain);
}

const Y2025 = { from: 45641, to: 46005 }; // 15/12/2024 – 14/12/2025
const Y2024 = { from: 45275, to: 45640 }; // 15/12/2023 – 14/12/2024

describe('tongket compute --previous', () => {
  let dir: string;
  let current: string;
  let last: string;

  beforeAll(async () => {
    dir = await tempDir();
    // 37.250 received this year, 71,2% online; 35.000 and 70% last year
    current = await workbook(dir, 'nam-2025.xlsx', Y2025, [dossier(26_522, 10_728)]);
    last = await workbook(dir, 'nam-2024.xlsx', Y2024, [dossier(24_500, 10_500)]);
  });

  it('stores last year\'s key figures in the workbook and shows the change: % for counts, percentage points for rates', async () => {
    const lastBytes = await fs.readFile(last);
    const result = await runCli(['compute', current, '--previous', last]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await fs.readFile(last)).equals(lastBytes)).toBe(true);

    // the workbook stands alone: everything below is read from it, not from last year's file
    const snapshot = readSnapshot((await loadWorkbookFile(current)).document);
    const stored = snapshot.tables.find((t) => t.name === 'NamTruoc')!;
    expect(stored.values.find((r) => r[0] === 'tthc.received')?.slice(2)).toEqual([2024, 35_000]);
    const summary = summarize(snapshot, computeTables(snapshot));
    const line = (key: string) => summary.comparison!.lines.find((l) => l.key === key)!;
    expect([summary.comparison?.year, summary.comparison?.previousYear]).toEqual([2025, 2024]);
    expect([line('tthc.received').current.value, line('tthc.received').previous.value, line('tthc.received').change.value]).toEqual([37_250, 35_000, 2_250]);
    expect(line('tthc.received').changePercent?.value).toBeCloseTo(2_250 / 35_000, 12);
    expect(line('tthc.onlineRate').change.value).toBeCloseTo(1.2, 10);
    expect(line('tthc.onlineRate').changePercent).toBeNull();
    expect(line('tthc.onlineRate').change.numberFormat).toContain('điểm %');
    expect(line('tthc.received').previous.formula).toBe('=INDEX(NamTruoc[[Giá trị]],MATCH("tthc.received",NamTruoc[[Mã]],0))');

    const text = draftParagraphs(summary).find((p) => p.key === 'comparison')!.text;
    expect(text).toContain('So với năm 2024:');
    expect(text).toContain('số hồ sơ thủ tục hành chính tiếp nhận tăng 2.250 hồ sơ (+6,4%)');
    expect(text).toContain('tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 1,2 điểm phần trăm');
    // the same paragraph is on "Tổng hợp"
    const { document } = await loadWorkbookFile(current);
    const cells: string[] = [];
    document.workbook.getWorksheet('Tổng hợp')!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.some((c) => c.includes('tăng 2.250 hồ sơ (+6,4%)'))).toBe(true);
    expect(cells.some((c) => /^[IVX]+\. SO SÁNH VỚI NĂM 2024$/.test(c))).toBe(true);
    expect(cells).toEqual(expect.arrayContaining(['Năm 2025', 'Năm 2024', 'Tăng/giảm (%)']));
  });

  it('is recalculated by LibreOffice to the same comparison (live formulas over "Năm trước")', async () => {
    const { document } = await loadWorkbookFile(current);
    const snapshot = readSnapshot(document);
    const plan = summarySheetPlan(summarize(snapshot, computeTables(snapshot)), { computedAt: new Date() });
    const figures = plan.figures.filter((f) => f.key.startsWith('comparison.'));
    expect(figures.length).toBeGreaterThanOrEqual(8);
    const sheet = recalculate(await fs.readFile(current), ['Tổng hợp'])['Tổng hợp'];
    for (const figure of figures) {
      const [, letter, row] = /^([A-Z])(\d+)$/.exec(figure.address)!;
      const text = sheet[Number(row) - 1]?.[letter.charCodeAt(0) - 65] ?? '';
      const shown = text === '' ? '' : shownNumber(text);
      expect([figure.key, shown]).toEqual([figure.key, typeof figure.expected === 'number' ? expect.closeTo(figure.expected, 9) : figure.expected]);
    }
  });

  it('refuses a workbook of the same year or of a newer format; nothing is written', async () => {
    const before = await fs.readFile(current);
    const sameYear = await workbook(dir, 'cung-nam.xlsx', Y2025, [dossier(1, 1)]);
    const refused = await runCli(['compute', current, '--previous', sameYear]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"cung-nam.xlsx" báo cáo kỳ 15/12/2024 – 14/12/2025, không phải năm trước của kỳ 15/12/2024 – 14/12/2025');
    const newer = await workbook(dir, 'moi-hon.xlsx', Y2024, [dossier(1, 1)]);
    await editWorkbook(newer, (document) => setFormatVersion(document.customXml, FORMAT_VERSION + 1));
    const refusedNewer = await runCli(['compute', current, '--previous', newer]);
    expect(refusedNewer.code).toBe(2);
    expect(refusedNewer.stderr).toContain(`theo mẫu phiên bản ${FORMAT_VERSION + 1}`);
    expect((await fs.readFile(current)).equals(before)).toBe(true);
  });
});
