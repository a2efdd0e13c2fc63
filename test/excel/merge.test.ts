/**
 * "Gộp sổ đơn vị" and "So sánh với năm trước" through Office.js (the simulated Excel): units'
 * workbooks made by `tongket init` are read as the pane reads them (bytes), merged by the
 * domain's rules into the open workbook, the summary recomputed; the same files merged by
 * `tongket merge` give the same tables; every fault point leaves the clerk's own rows and a
 * rerun reaches the undisturbed result.
 */
import { vi } from '../../src/domain/messages';
import * as path from 'path';
import { computeTables } from '../../src/domain/compute';
import { DATA_TABLES, SOURCE_TABLE, TTHC_HEADERS } from '../../src/domain/contract';
import type { UnitReport } from '../../src/domain/merge';
import { compareWithPrevious } from '../../src/excel/compare';
import { mergeUnits } from '../../src/excel/merge';
import { createTemplate } from '../../src/excel/setup';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { readChosenWorkbook, readUnitWorkbook } from '../../src/workbook/workbookBytes';
import { forEachFaultPoint, workbookDump } from '../helpers/faultPoints';
import { fillTable, tableValues, typeHeader } from '../helpers/simTables';
import { award, dossier, fileBytes, initUnit, PERIOD_2024, PERIOD_2025 } from '../helpers/unitWorkbooks';
import { runCli, tempDir } from '../helpers/xlsxFixtures';
import { installSim, tableInfo, type Sim } from './simHost';

const NOW = new Date(2025, 11, 20, 9, 30);
const now = () => NOW;

function column(sim: Sim, table: string, header: string): unknown[] {
  const at = tableInfo(sim, table).headers.indexOf(header);
  return tableValues(sim, table).map((r) => r[at]);
}

async function unitOf(file: string): Promise<UnitReport> {
  const read = await readUnitWorkbook(path.basename(file), await fileBytes(file));
  if (!read.ok) throw new Error(vi(read.problem));
  return read.unit;
}

/** The consolidating Sở's workbook: the template, its header and one row of its own. */
async function consolidated(): Promise<Sim> {
  const sim = installSim();
  await createTemplate();
  typeHeader(sim, { DonViBaoCao: 'Sở Nông nghiệp và Môi trường', KyBaoCaoTu: PERIOD_2025.from, KyBaoCaoDen: PERIOD_2025.to, NgayBaoCao: PERIOD_2025.to + 5 });
  await fillTable(sim, 'TTHC', [dossier('Văn phòng Sở', 5, 5) as Record<string, string | number>]);
  return sim;
}

/** Cells of the rows with no unit that hold something (the workbook's own), keyed by table and order: merges move them, never change them. */
function ownRows(sim: Sim): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const spec of DATA_TABLES) {
    const info = sim.workbook.getTableInfo(spec.name);
    if (!info) continue;
    const unit = info.headers.indexOf('Đơn vị báo cáo');
    const inputs = spec.columns.filter((c) => c.kind === 'input').map((c) => info.headers.indexOf(c.header));
    const blank = (v: unknown) => v === null || v === undefined || v === '';
    tableValues(sim, spec.name)
      // an empty row is no one's: a merge may write into it
      .filter((row) => (unit < 0 || blank(row[unit])) && inputs.some((c) => !blank(row[c])))
      .forEach((row, k) => inputs.forEach((c) => (cells[`${spec.name}#${k}:${info.headers[c]}`] = row[c])));
  }
  return cells;
}

describe('"Gộp sổ đơn vị" through Office.js', () => {
  let dir: string;
  let files: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir();
    files = {
      a: await initUnit(dir, 'phong-a.xlsx', 'Phòng Hành chính', { TTHC: [dossier('Đất đai', 100, 50), dossier('Môi trường', 20, 5)], KhenThuong: [award(3)] }),
      b: await initUnit(dir, 'chi-cuc.xlsx', 'Chi cục Thủy lợi', { TTHC: [dossier('Thủy lợi', 7, 3)] }),
      c: await initUnit(dir, 'trung-tam.xlsx', 'Trung tâm Quan trắc', { TTHC: [dossier('Quan trắc', 40, 10), dossier('Phân tích', 8, 2)] }),
      bCorrected: await initUnit(dir, 'chi-cuc-sua.xlsx', 'Chi cục Thủy lợi', { TTHC: [dossier('Thủy lợi', 9, 3), dossier('Đê điều', 4, 0)] }),
      lastYear: await initUnit(dir, 'phong-b-2024.xlsx', 'Phòng Kế hoạch', { TTHC: [dossier('Kế hoạch', 1, 1)] }, PERIOD_2024),
    };
  }, 120_000);

  it('merges three units after the own rows, re-sent corrections replace, a unit of another year is refused with nothing written', async () => {
    const sim = await consolidated();
    const first = await mergeUnits([await unitOf(files.a), await unitOf(files.b), await unitOf(files.c)], undefined, now);
    if (!first.ok) throw new Error(first.refusals.map(vi).join('\n'));
    const field = TTHC_HEADERS.field;
    expect(column(sim, 'TTHC', field)).toEqual(['Văn phòng Sở', 'Đất đai', 'Môi trường', 'Thủy lợi', 'Quan trắc', 'Phân tích']);
    expect(column(sim, 'TTHC', 'Đơn vị báo cáo')).toEqual(['', 'Phòng Hành chính', 'Phòng Hành chính', 'Chi cục Thủy lợi', 'Trung tâm Quan trắc', 'Trung tâm Quan trắc']);
    expect(first.plan.units.map((u) => [u.unit, u.added.TTHC, u.replaced.TTHC])).toEqual([
      ['Phòng Hành chính', 2, 0],
      ['Chi cục Thủy lợi', 1, 0],
      ['Trung tâm Quan trắc', 2, 0],
    ]);
    // the merged rows' computed columns are live formulas, and the summary was recomputed
    expect(column(sim, 'TTHC', TTHC_HEADERS.received)).toEqual([10, 150, 25, 10, 50, 10]);
    expect(first.compute.plan.refused).toEqual([]);
    expect(column(sim, SOURCE_TABLE.name, 'Đơn vị báo cáo')).toEqual(['Phòng Hành chính', 'Chi cục Thủy lợi', 'Trung tâm Quan trắc']);
    expect(column(sim, SOURCE_TABLE.name, 'SHA-256')).toEqual([first.plan.units[0], first.plan.units[1], first.plan.units[2]].map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
    expect(column(sim, SOURCE_TABLE.name, `Số dòng TTHC`)).toEqual([2, 1, 2]);

    const again = await mergeUnits([await unitOf(files.bCorrected)], undefined, now);
    if (!again.ok) throw new Error(again.refusals.map(vi).join('\n'));
    expect(again.plan.units.map((u) => [u.unit, u.added.TTHC, u.replaced.TTHC])).toEqual([['Chi cục Thủy lợi', 2, 1]]);
    expect(column(sim, 'TTHC', field)).toEqual(['Văn phòng Sở', 'Đất đai', 'Môi trường', 'Quan trắc', 'Phân tích', 'Thủy lợi', 'Đê điều']);
    expect(column(sim, 'TTHC', TTHC_HEADERS.online)).toEqual([5, 100, 20, 40, 8, 9, 4]);
    expect(column(sim, SOURCE_TABLE.name, 'Đơn vị báo cáo')).toEqual(['Phòng Hành chính', 'Trung tâm Quan trắc', 'Chi cục Thủy lợi']);

    const before = JSON.stringify(workbookDump(sim));
    sim.counters.reset();
    const refused = await mergeUnits([await unitOf(files.c), await unitOf(files.lastYear)], undefined, now);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusals.map(vi)).toEqual([expect.stringMatching(/"phong-b-2024\.xlsx" \(Phòng Kế hoạch\) báo cáo kỳ 15\/12\/2023 – 14\/12\/2024, khác kỳ 15\/12\/2024 – 14\/12\/2025/)]);
    expect(JSON.stringify(workbookDump(sim))).toBe(before);
    expect(sim.counters.requests.every((r) => r.changes.length === 0)).toBe(true);
  }, 120_000);

  it('gives the merged tables `tongket merge` gives for the same files', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    const cli = await runCli(['merge', '-o', out, files.a, files.b, files.c], NOW);
    expect(cli.code).toBe(0);
    const fileSnapshot = readSnapshot((await loadWorkbookFile(out)).document);

    const sim = installSim();
    await createTemplate();
    const merged = await mergeUnits([await unitOf(files.a), await unitOf(files.b), await unitOf(files.c)], undefined, now);
    expect(merged.ok).toBe(true);
    for (const name of [...DATA_TABLES.map((t) => t.name), SOURCE_TABLE.name]) {
      const table = fileSnapshot.tables.find((t) => t.name === name)!;
      expect(tableInfo(sim, name).headers).toEqual(table.headers);
      const round = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v === '' ? null : v)));
      const simRows = round(tableValues(sim, name));
      const fileRows = round(table.values);
      const spec = DATA_TABLES.find((t) => t.name === name);
      const inputs = new Set(spec ? spec.columns.filter((c) => c.kind === 'input').map((c) => c.header) : table.headers);
      // the typed (merged) cells equal the command's; on rows that hold data, Excel's results of
      // the computed columns equal the domain's computation of the command's workbook
      const domain = computeTables(fileSnapshot).tables[name];
      const holdsData = (row: unknown[]) => row.some((v, c) => inputs.has(table.headers[c]) && v !== null);
      fileRows.forEach((row, r) =>
        row.forEach((v, c) => {
          const header = table.headers[c];
          if (!inputs.has(header) && !holdsData(row)) return;
          const want = inputs.has(header) ? v : round([[domain.rows[r][header] ?? null]])[0][0];
          expect({ name, r, header, v: simRows[r]?.[c] }).toEqual({ name, r, header, v: want === '' ? null : want });
        }),
      );
      expect(simRows.length).toBe(fileRows.length);
    }
  }, 120_000);

  it('refuses two workbooks of one unit, and a unit whose workbook is not an .xlsx is read as a reason', async () => {
    const sim = await consolidated();
    const before = JSON.stringify(workbookDump(sim));
    const refused = await mergeUnits([await unitOf(files.b), await unitOf(files.bCorrected)], undefined, now);
    expect(refused.ok ? [] : refused.refusals.map(vi)).toEqual([expect.stringContaining('Đơn vị "Chi cục Thủy lợi" có hai sổ trong cùng một lần gộp')]);
    expect(JSON.stringify(workbookDump(sim))).toBe(before);
    const text = new TextEncoder().encode('không phải sổ tính').buffer as ArrayBuffer;
    const notWorkbook = await readUnitWorkbook('ghi-chu.txt', text);
    expect(notWorkbook.ok ? '' : vi(notWorkbook.problem)).toBe('Tệp "ghi-chu.txt" không phải tệp Excel .xlsx.');
  }, 120_000);

  it('survives every fault point: own rows kept, a rerun gives the undisturbed workbook', async () => {
    const a = await unitOf(files.a);
    const b = await unitOf(files.b);
    const bCorrected = await unitOf(files.bCorrected);
    const c = await unitOf(files.c);
    const report = await forEachFaultPoint({
      workbook: async () => {
        const sim = await consolidated();
        const merged = await mergeUnits([a, b], undefined, now);
        if (!merged.ok) throw new Error(merged.refusals.map(vi).join('\n'));
        return sim;
      },
      command: () => mergeUnits([bCorrected, c], undefined, now),
      typed: ownRows,
    });
    expect(report.syncs).toBeGreaterThanOrEqual(4);
  }, 600_000);

  it('the first merge (no "Nguồn" yet) survives every fault point', async () => {
    const a = await unitOf(files.a);
    const b = await unitOf(files.b);
    const report = await forEachFaultPoint({
      workbook: () => consolidated(),
      command: async () => {
        const merged = await mergeUnits([a, b], undefined, now);
        if (!merged.ok) throw new Error(merged.refusals.join('\n'));
      },
      typed: ownRows,
    });
    expect(report.syncs).toBeGreaterThanOrEqual(4);
  }, 600_000);

  it('"So sánh với năm trước" stores last year\'s figures and refuses a workbook of the same year', async () => {
    const sim = await consolidated();
    const chosen = async (file: string) => {
      const read = await readChosenWorkbook(path.basename(file), await fileBytes(file));
      if (!read.ok) throw new Error(vi(read.problem));
      return read.snapshot;
    };
    const before = JSON.stringify(workbookDump(sim));
    const same = await compareWithPrevious(await chosen(files.a), 'phong-a.xlsx', undefined, now);
    expect(same.ok ? '' : vi(same.refusal)).toMatch(/^Sổ "phong-a\.xlsx" báo cáo kỳ 15\/12\/2024 – 14\/12\/2025, không phải năm trước/);
    expect(JSON.stringify(workbookDump(sim))).toBe(before);

    const compared = await compareWithPrevious(await chosen(files.lastYear), 'phong-b-2024.xlsx', undefined, now);
    if (!compared.ok) throw new Error(vi(compared.refusal));
    expect(compared.year).toBe(2024);
    const stored = tableValues(sim, 'NamTruoc');
    expect(stored.find((r) => r[0] === 'tthc.received')).toEqual(['tthc.received', expect.any(String), 2024, 2]);
    const summary = sim.workbook.snapshot().sheets.find((s) => s.name === 'Tổng hợp')!;
    const texts = Object.values(summary.cells).map((cell) => String(cell.value ?? ''));
    expect(texts).toContain('VII. SO SÁNH VỚI NĂM 2024');
    expect(texts.some((t) => t.startsWith('So với năm 2024:') && t.includes('số hồ sơ thủ tục hành chính tiếp nhận tăng 8 hồ sơ (+400%)'))).toBe(true);
  }, 120_000);
});
