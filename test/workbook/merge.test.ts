import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { computeTables } from '../../src/domain/compute';
import { DATA_TABLES, FORMAT_VERSION, SOURCE_TABLE, TTHC_HEADERS } from '../../src/domain/contract';
import type { CellValue } from '../../src/domain/snapshot';
import { setFormatVersion } from '../../src/workbook/customXml';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { recalculate } from '../helpers/libreoffice';
import { editWorkbook, runCli, tempDir, typeRows, writeExcelJsWorkbook } from '../helpers/xlsxFixtures';
import { TTHC } from '../../src/domain/contract';
import { summarize, summarySheetPlan } from '../../src/domain/report';

type Row = Readonly<Record<string, CellValue | Date>>;

const PERIOD_2025 = { from: 45641, to: 46005 }; // 15/12/2024 – 14/12/2025
const PERIOD_2024 = { from: 45275, to: 45640 }; // 15/12/2023 – 14/12/2024

const dossier = (field: string, online: number, inPerson: number): Row => ({
  field, online, inPerson, carriedOver: 0, early: online, onTime: inPerson, late: 0, pendingWithin: 0, pendingOverdue: 0,
});
const award = (quantity: number): Row => ({
  decisionNumber: '12/QĐ-UBND', decisionDate: 45700, award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity,
});

/** A unit's workbook made by `tongket init`, its header and rows typed. */
async function initUnit(dir: string, file: string, unit: string, rows: { TTHC?: Row[]; KhenThuong?: Row[] }, period = PERIOD_2025): Promise<string> {
  const target = path.join(dir, file);
  await runCli(['init', target]);
  await editWorkbook(target, (document) => {
    const info = document.workbook.getWorksheet('Thông tin')!;
    info.getCell('B3').value = unit;
    info.getCell('B4').value = period.from;
    info.getCell('B5').value = period.to;
    info.getCell('B6').value = period.to + 4;
    if (rows.TTHC) typeRows(document, 'TTHC', rows.TTHC);
    if (rows.KhenThuong) typeRows(document, 'KhenThuong', rows.KhenThuong);
  });
  return target;
}

/** A unit's workbook typed by hand (no Excel table, format 1 headers), its header cells named by the clerk. */
async function handTypedUnit(dir: string, file: string, unit: string, dossiers: [string, number, number][]): Promise<string> {
  const target = path.join(dir, file);
  await writeExcelJsWorkbook(target, (workbook) => {
    const info = workbook.addWorksheet('Thông tin');
    info.getCell('B3').value = unit;
    info.getCell('B4').value = new Date(Date.UTC(2024, 11, 15));
    info.getCell('B5').value = new Date(Date.UTC(2025, 11, 14));
    info.getCell('B4').numFmt = 'dd/mm/yyyy';
    info.getCell('B5').numFmt = 'dd/mm/yyyy';
    workbook.definedNames.add("'Thông tin'!$B$3", 'DonViBaoCao');
    workbook.definedNames.add("'Thông tin'!$B$4", 'KyBaoCaoTu');
    workbook.definedNames.add("'Thông tin'!$B$5", 'KyBaoCaoDen');
    const sheet = workbook.addWorksheet('TTHC');
    const headers = TTHC.columns.filter((c) => !c.optional).map((c) => c.header);
    sheet.getRow(3).values = headers;
    dossiers.forEach(([field, online, inPerson], i) => {
      const row: Record<string, number | string> = {
        [TTHC_HEADERS.field]: field, [TTHC_HEADERS.online]: online, [TTHC_HEADERS.inPerson]: inPerson, [TTHC_HEADERS.carriedOver]: 0,
        [TTHC_HEADERS.early]: online, [TTHC_HEADERS.onTime]: inPerson, [TTHC_HEADERS.late]: 0,
        [TTHC_HEADERS.pendingWithin]: 0, [TTHC_HEADERS.pendingOverdue]: 0,
      };
      sheet.getRow(4 + i).values = headers.map((h) => row[h] ?? null);
    });
  });
  return target;
}

/** LibreOffice's unformatted text of a number; percent-formatted ones keep their "%". */
function shownNumber(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

async function tableRows(file: string, name: string): Promise<Record<string, CellValue>[]> {
  const snapshot = readSnapshot((await loadWorkbookFile(file)).document);
  const table = snapshot.tables.find((t) => t.name === name)!;
  return table.values.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

async function tthcTotal(file: string, header: string): Promise<number> {
  const computed = computeTables(readSnapshot((await loadWorkbookFile(file)).document));
  return computed.tables.TTHC.totals![header] as number;
}

describe('tongket merge', () => {
  let dir: string;
  let units: string[];
  let hashes: string[];
  let out: string;

  beforeAll(async () => {
    dir = await tempDir();
    units = [
      await initUnit(dir, 'phong-a.xlsx', 'Phòng Hành chính', { TTHC: [dossier('Đất đai', 100, 50), dossier('Môi trường', 20, 5)], KhenThuong: [award(3)] }),
      await initUnit(dir, 'chi-cuc.xlsx', 'Chi cục Thủy lợi', { TTHC: [dossier('Thủy lợi', 7, 3)] }),
      await handTypedUnit(dir, 'vp-dang-ky.xlsx', 'Văn phòng Đăng ký đất đai', [['Đăng ký biến động', 1000, 400], ['Cấp đổi', 300, 100]]),
    ];
    hashes = await Promise.all(units.map(sha256));
    out = path.join(dir, 'tong-hop.xlsx');
    const result = await runCli(['merge', '-o', out, ...units]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã gộp 3 sổ đơn vị');
  });

  it('brings every unit row into the matching table, in file order, labelled with its unit', async () => {
    const rows = await tableRows(out, 'TTHC');
    expect(rows.map((r) => [r['Đơn vị báo cáo'], r[TTHC_HEADERS.field], r[TTHC_HEADERS.online]])).toEqual([
      ['Phòng Hành chính', 'Đất đai', 100],
      ['Phòng Hành chính', 'Môi trường', 20],
      ['Chi cục Thủy lợi', 'Thủy lợi', 7],
      ['Văn phòng Đăng ký đất đai', 'Đăng ký biến động', 1000],
      ['Văn phòng Đăng ký đất đai', 'Cấp đổi', 300],
    ]);
    const awards = await tableRows(out, 'KhenThuong');
    expect(awards.map((r) => [r['Đơn vị báo cáo'], r['Số lượng']])).toEqual([['Phòng Hành chính', 3]]);
    // the period comes from the units
    const snapshot = readSnapshot((await loadWorkbookFile(out)).document);
    expect([snapshot.names.KyBaoCaoTu?.value, snapshot.names.KyBaoCaoDen?.value]).toEqual([PERIOD_2025.from, PERIOD_2025.to]);
  });

  it('totals equal the sum of the units', async () => {
    expect(await tthcTotal(out, TTHC_HEADERS.received)).toBe(150 + 25 + 10 + 1400 + 400);
    expect(await tthcTotal(out, TTHC_HEADERS.resolved)).toBe(150 + 25 + 10 + 1400 + 400);
  });

  it('lists each merged file on "Nguồn" with its unit, period, rows per table and SHA-256; the inputs are unchanged', async () => {
    const rows = await tableRows(out, SOURCE_TABLE.name);
    expect(rows.map((r) => [r['Đơn vị báo cáo'], r['Tệp'], r['Số dòng TTHC'], r['Số dòng Khen thưởng'], r['Kỳ báo cáo từ ngày'], r['Kỳ báo cáo đến ngày'], r['SHA-256']])).toEqual([
      ['Phòng Hành chính', 'phong-a.xlsx', 2, 1, PERIOD_2025.from, PERIOD_2025.to, hashes[0]],
      ['Chi cục Thủy lợi', 'chi-cuc.xlsx', 1, 0, PERIOD_2025.from, PERIOD_2025.to, hashes[1]],
      ['Văn phòng Đăng ký đất đai', 'vp-dang-ky.xlsx', 2, 0, PERIOD_2025.from, PERIOD_2025.to, hashes[2]],
    ]);
    expect(rows.every((r) => typeof r['Thời điểm gộp'] === 'number')).toBe(true);
    expect(await Promise.all(units.map(sha256))).toEqual(hashes);
  });

  it('re-merging a corrected unit replaces its earlier rows; other units and own rows stay', async () => {
    const file = path.join(dir, 'lan2.xlsx');
    await fs.copyFile(out, file);
    await editWorkbook(file, (document) => {
      // the consolidating unit's own row, typed after the first merge
      const rows = 5;
      typeRows(document, 'TTHC', [...Array.from({ length: rows }, () => ({})), dossier('Tư pháp', 1, 1)]);
    });
    const corrected = await initUnit(dir, 'phong-a-sua.xlsx', 'Phòng Hành chính', { TTHC: [dossier('Đất đai', 110, 50)] });
    const result = await runCli(['merge', '-o', file, corrected]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('thay 3 dòng của lần gộp trước (KhenThuong 1, TTHC 2)');
    const rows = await tableRows(file, 'TTHC');
    expect(rows.map((r) => [r['Đơn vị báo cáo'] ?? null, r[TTHC_HEADERS.field], r[TTHC_HEADERS.online]])).toEqual([
      ['Chi cục Thủy lợi', 'Thủy lợi', 7],
      ['Văn phòng Đăng ký đất đai', 'Đăng ký biến động', 1000],
      ['Văn phòng Đăng ký đất đai', 'Cấp đổi', 300],
      [null, 'Tư pháp', 1],
      ['Phòng Hành chính', 'Đất đai', 110],
    ]);
    expect(await tableRows(file, 'KhenThuong')).toHaveLength(1);
    expect((await tableRows(file, 'KhenThuong'))[0]['Đơn vị báo cáo'] ?? null).toBeNull();
    expect(await tthcTotal(file, TTHC_HEADERS.received)).toBe(10 + 1400 + 400 + 2 + 160);
    const sources = await tableRows(file, SOURCE_TABLE.name);
    expect(sources.map((r) => r['Tệp'])).toEqual(['chi-cuc.xlsx', 'vp-dang-ky.xlsx', 'phong-a-sua.xlsx']);
  });

  it('refuses a unit of another period, naming the file and both periods; OUT stays byte-identical', async () => {
    const before = await fs.readFile(out);
    const old = await initUnit(dir, 'nam-truoc.xlsx', 'Phòng Kế hoạch', { TTHC: [dossier('Xây dựng', 1, 1)] }, PERIOD_2024);
    const fine = await initUnit(dir, 'phong-b.xlsx', 'Phòng B', { TTHC: [dossier('Giao thông', 1, 1)] });
    const result = await runCli(['merge', '-o', out, fine, old]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"nam-truoc.xlsx" (Phòng Kế hoạch) báo cáo kỳ 15/12/2023 – 14/12/2024, khác kỳ 15/12/2024 – 14/12/2025 của sổ tổng hợp');
    expect(result.stderr).toContain('giữ nguyên');
    expect((await fs.readFile(out)).equals(before)).toBe(true);
  });

  it('refuses the same unit twice and a newer-format unit; a new OUT is not created', async () => {
    const fresh = path.join(dir, 'chua-co.xlsx');
    const twin = await initUnit(dir, 'phong-a-ban-2.xlsx', 'phòng hành chính', { TTHC: [dossier('Đất đai', 1, 1)] });
    const twice = await runCli(['merge', '-o', fresh, units[0], twin]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('có hai sổ trong cùng một lần gộp: "phong-a.xlsx" và "phong-a-ban-2.xlsx"');
    const newer = await initUnit(dir, 'moi-hon.xlsx', 'Phòng C', { TTHC: [dossier('Y tế', 1, 1)] });
    await editWorkbook(newer, (document) => setFormatVersion(document.customXml, FORMAT_VERSION + 1));
    const refused = await runCli(['merge', '-o', fresh, units[1], newer]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`"moi-hon.xlsx" (Phòng C) theo mẫu phiên bản ${FORMAT_VERSION + 1}`);
    await expect(fs.stat(fresh)).rejects.toThrow();
  });

  it('warns of a unit catalogue entry that differs, naming it, and keeps the consolidated one', async () => {
    const target = path.join(dir, 'danh-muc.xlsx');
    const unit = await initUnit(dir, 'he-so.xlsx', 'Phòng D', { KhenThuong: [award(10)] });
    await editWorkbook(unit, (document) => {
      const sheet = document.workbook.getWorksheet('Danh mục')!;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (cell.value === 'Lao động tiên tiến') sheet.getRow(row.number).getCell(Number(cell.col) + 3).value = 0.5;
      }));
    });
    const result = await runCli(['merge', '-o', target, unit]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('danh mục "Danh hiệu thi đua, hình thức khen thưởng", "Lao động tiên tiến", Hệ số cá nhân: 0,5 (sổ tổng hợp: 0,3)');
    expect(result.stdout).not.toContain('DM_DanhHieu');
    // OUT's multiplier is used: 0,3 × 2.340.000 rounded up = 710.000 đồng for each of the 10
    const awards = computeTables(readSnapshot((await loadWorkbookFile(target)).document)).tables.KhenThuong;
    expect(awards.rows[0]['Thành tiền (đồng)']).toBe(7_100_000);
  });

  it('is recalculated by LibreOffice to the domain\'s totals and per-unit figures', async () => {
    const { document } = await loadWorkbookFile(out);
    const expected = computeTables(readSnapshot(document)).tables;
    const sheets = recalculate(await fs.readFile(out), [...DATA_TABLES.map((t) => t.sheet), 'Tổng hợp']);
    for (const spec of DATA_TABLES.filter((t) => t.totalsRow)) {
      const grid = sheets[spec.sheet];
      const header = grid.findIndex((row) => row[0] === 'STT');
      const totals = grid.find((row, i) => i > header && row[0] === 'Tổng cộng');
      expect([spec.name, totals !== undefined]).toEqual([spec.name, true]);
      for (const [title, value] of Object.entries(expected[spec.name].totals!)) {
        const column = grid[header].indexOf(title);
        if (typeof value !== 'number' || column < 0) continue;
        expect([spec.name, title, shownNumber(totals![column])]).toEqual([spec.name, title, expect.closeTo(value, 9)]);
      }
    }
    // the per-unit breakdown on "Tổng hợp": live formulas over "Đơn vị báo cáo"
    const snapshot = readSnapshot(document);
    const plan = summarySheetPlan(summarize(snapshot, computeTables(snapshot)), { computedAt: new Date() });
    const unitFigures = plan.figures.filter((f) => f.key.startsWith('units.'));
    expect(unitFigures.length).toBeGreaterThanOrEqual(4 * 6);
    for (const figure of unitFigures) {
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(figure.address)!;
      const text = sheets['Tổng hợp'][Number(row) - 1]?.[letters.charCodeAt(0) - 65] ?? '';
      const shown = text === '' ? '' : shownNumber(text);
      expect([figure.key, shown]).toEqual([figure.key, typeof figure.expected === 'number' ? expect.closeTo(figure.expected, 9) : figure.expected]);
    }
  });
});
