/**
 * Every command at every fault point (test/helpers/faultPoints.ts): a sync that loses its
 * request, loses its response or applies only part of its actions leaves the typed cells as
 * they were, and clicking again gives the workbook an undisturbed run gives.
 */
import { vi } from '../../src/domain/messages';
import { checkData } from '../../src/excel/check';
import { compareWithPrevious } from '../../src/excel/compare';
import { readBieu06 } from '../../src/domain/import/bieu06';
import { computeSummary } from '../../src/excel/compute';
import { importTthc } from '../../src/excel/importTthc';
import { createTemplate } from '../../src/excel/setup';
import { buildExport, CIRCULAR_EXPORT, FIELDS } from '../helpers/bieu06Exports';
import { forEachFaultPoint, typedCells } from '../helpers/faultPoints';
import { fillTable, typeHeader } from '../helpers/simTables';
import { buildSnapshot, serial } from '../helpers/snapshot';
import { SIM_API_LEVEL, installSim } from './simHost';

const NOW = new Date(2025, 11, 20, 14, 30);
const now = () => NOW;

/** The template, the report header and two or three rows a table, one of them wrong. */
async function smallWorkbook(apiVersion = SIM_API_LEVEL) {
  const sim = installSim({ apiVersion });
  await createTemplate();
  typeHeader(sim);
  await fillTable(sim, 'KhenThuong', [
    { decisionNumber: '12/QĐ-UBND', decisionDate: serial('2025-03-10'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Cá nhân', quantity: 2 },
    { decisionNumber: '48/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Sở, ban, ngành tỉnh', award: 'Lao động tiên tiến', recipientType: 'Tập thể', quantity: 1 },
  ]);
  await fillTable(sim, 'XepLoai', [{ unit: 'Phòng Đất đai', recipientType: 'Cá nhân', excellent: 2, good: 5, done: 1, notDone: 0 }]);
  await fillTable(sim, 'TTHC', [
    { field: 'Đất đai', online: 300, inPerson: 120, carriedOver: 10, early: 200, onTime: 150, late: 10, pendingWithin: 50, pendingOverdue: 5, returned: 0 },
    { field: 'Môi trường', online: -3, inPerson: 20, carriedOver: 0, early: 40, onTime: 50, late: 0, pendingWithin: 10, pendingOverdue: 0, returned: 0 },
  ]);
  await fillTable(sim, 'CatGiamTTHC', [{ procedure: 'Cấp giấy phép môi trường', field: 'Môi trường', legalDays: 30, cutDays: 20 }]);
  await fillTable(sim, 'GCN', [{ unit: 'Xã An Phú', recipient: 'Tổ chức', kind: 'Lần đầu', target: 10, issued: 8, parcels: 9, area: 4.5 }]);
  await fillTable(sim, 'ChiTieu', [{ group: 'Thanh tra', target: 'Kiểm tra đột xuất', unitOfMeasure: 'cuộc', plan: 3, done: 1 }]);
  return sim;
}

/** Last year's workbook as the pane reads it: the 2024 period and figures of its own. */
function lastYear(received: number) {
  return buildSnapshot({
    header: { KyBaoCaoTu: serial('2023-12-15'), KyBaoCaoDen: serial('2024-12-14'), NgayBaoCao: serial('2024-12-20') },
    rows: {
      TTHC: [{ field: 'Đất đai', online: received, inPerson: 100, carriedOver: 0, early: received, onTime: 100, late: 0, pendingWithin: 0, pendingOverdue: 0, returned: 0 }],
      KhenThuong: [{ decisionNumber: '7/QĐ-UBND', decisionDate: serial('2024-03-01'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Cá nhân', quantity: 3 }],
    },
  });
}

// Dozens of runs each: generous on a busy machine.
const TIMEOUT = 300_000;

describe('every command at every fault point', () => {
  it('Tạo bảng mẫu on an empty workbook', async () => {
    const report = await forEachFaultPoint({ workbook: () => installSim(), command: () => createTemplate() });
    expect(report.syncs).toBeGreaterThanOrEqual(2);
  }, TIMEOUT);

  it('Kiểm tra dữ liệu', async () => {
    const report = await forEachFaultPoint({ workbook: () => smallWorkbook(), command: () => checkData(undefined, now) });
    expect(report.syncs).toBeGreaterThanOrEqual(2);
  }, TIMEOUT);

  it('Nhập Biểu 06 again: a row rewritten in place, a new one appended, hand-typed ones kept', async () => {
    const reading = (layout: typeof CIRCULAR_EXPORT) => {
      const read = readBieu06([buildExport(layout).grid], 'bieu06.xlsx');
      if (!read.ok) throw new Error(read.problems.map(vi).join('\n'));
      return read.reading;
    };
    const before = reading(CIRCULAR_EXPORT);
    const rows = [...FIELDS.map((f) => (f.name === 'Tài nguyên nước' ? { ...f, online: f.online + 7 } : f)), { ...FIELDS[1], name: 'Lâm nghiệp' }];
    const after = reading({ ...CIRCULAR_EXPORT, rows, totalsBug: { column: 4, delta: 1 } });
    const report = await forEachFaultPoint({
      workbook: async () => {
        const sim = await smallWorkbook();
        await importTthc(before, undefined, now);
        return sim;
      },
      command: () => importTthc(after, undefined, now),
      // the rows the first import brought are the import's to rewrite; every other input cell is the clerk's
      typed: (sim) => {
        const info = sim.workbook.getTableInfo('TTHC')!;
        const note = String.fromCharCode(65 + info.headers.indexOf('Ghi chú'));
        const imported = (row: string) => String(sim.workbook.getCell('TTHC', `${note}${row}`).value).startsWith('Nhập từ Biểu 06');
        return Object.fromEntries(Object.entries(typedCells(sim)).filter(([key]) => !/^TTHC!/.test(key) || !imported(key.replace(/^TTHC![A-Z]+/, ''))));
      },
    });
    expect(report.syncs).toBeGreaterThanOrEqual(4);
  }, TIMEOUT);

  it('So sánh với năm trước, the first time: "Năm trước" made, then the summary computed', async () => {
    const previous = lastYear(250);
    const report = await forEachFaultPoint({
      workbook: async () => {
        const sim = await smallWorkbook();
        await computeSummary(undefined, now);
        return sim;
      },
      command: async () => {
        const outcome = await compareWithPrevious(previous, 'so-2024.xlsx', undefined, now);
        if (!outcome.ok) throw new Error(vi(outcome.refusal));
      },
    });
    expect(report.syncs).toBeGreaterThanOrEqual(3);
  }, TIMEOUT);

  it('So sánh với năm trước again, with another year\'s workbook: "Năm trước" rewritten', async () => {
    const report = await forEachFaultPoint({
      workbook: async () => {
        const sim = await smallWorkbook();
        const first = await compareWithPrevious(lastYear(250), 'so-2024.xlsx', undefined, now);
        if (!first.ok) throw new Error(vi(first.refusal));
        return sim;
      },
      command: async () => {
        const outcome = await compareWithPrevious(lastYear(180), 'so-2024-sua.xlsx', undefined, now);
        if (!outcome.ok) throw new Error(vi(outcome.refusal));
      },
    });
    expect(report.syncs).toBeGreaterThanOrEqual(3);
  }, TIMEOUT);

  it('Nhập Biểu 06 into a workbook without the template: the template first, then the rows', async () => {
    const read = readBieu06([buildExport(CIRCULAR_EXPORT).grid], 'bieu06.xlsx');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const report = await forEachFaultPoint({
      workbook: async () => {
        const sim = installSim();
        sim.workbook.setCell(sim.workbook.sheetNames()[0], 'A1', 'Ghi chép riêng');
        return sim;
      },
      command: () => importTthc(read.reading, undefined, now),
    });
    expect(report.syncs).toBeGreaterThanOrEqual(5);
  }, TIMEOUT);

  it('Tính tổng hợp', async () => {
    const report = await forEachFaultPoint({ workbook: () => smallWorkbook(), command: () => computeSummary(undefined, now) });
    expect(report.syncs).toBeGreaterThanOrEqual(2);
  }, TIMEOUT);
});
