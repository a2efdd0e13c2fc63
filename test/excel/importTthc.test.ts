import { vi } from '../../src/domain/messages';
import { readBieu06, type ExportReading } from '../../src/domain/import/bieu06';
import { importTthc, previewImport } from '../../src/excel/importTthc';
import { createTemplate } from '../../src/excel/setup';
import { buildExport, CIRCULAR_EXPORT, FIELDS, type ExportLayout, type FieldFigures } from '../helpers/bieu06Exports';
import { installSim, tableInfo, typeCells, type Sim } from './simHost';
import { tableValues } from '../helpers/simTables';

/** A table's data body as the simulated workbook holds it. */
const NOW = () => new Date(2025, 11, 20, 9, 30);

function reading(layout: ExportLayout, source = 'bieu06.xlsx'): ExportReading {
  const result = readBieu06([buildExport(layout).grid], source);
  if (!result.ok) throw new Error(result.problems.map(vi).join('\n'));
  return result.reading;
}

function rowsOf(sim: Sim) {
  const info = tableInfo(sim, 'TTHC');
  const values = tableValues(sim, 'TTHC');
  const at = (h: string) => info.headers.indexOf(h);
  return values.map((r) => ({
    name: r[at('Lĩnh vực / Đơn vị')],
    online: r[at('Nhận trực tuyến')],
    inPerson: r[at('Nhận trực tiếp, bưu chính')],
    early: r[at('Giải quyết trước hạn')],
    received: r[at('Tổng số nhận')],
    note: r[at('Ghi chú')],
  }));
}

const expected = (f: FieldFigures, source = 'bieu06.xlsx') => ({
  name: f.name,
  online: f.online,
  inPerson: f.inPerson + f.postal,
  early: f.early,
  received: f.online + f.inPerson + f.postal + f.carriedOver,
  note: `Nhập từ Biểu 06 (${source})`,
});

describe('"Nhập Biểu 06" through Office.js', () => {
  it('previews without writing, imports the rows with live formulas, and a second import changes no cell of the table', async () => {
    const sim = installSim({ apiVersion: '1.7' });
    await createTemplate();
    const exported = reading(CIRCULAR_EXPORT);

    sim.counters.reset();
    const preview = await previewImport(exported);
    expect(preview.added).toEqual(FIELDS.map((f) => f.name));
    expect(sim.counters.requests.every((r) => r.operations > 0)).toBe(true);
    expect(rowsOf(sim)[0].name).toBe(''); // nothing written: the template's empty row

    sim.counters.reset();
    const outcome = await importTthc(exported, undefined, NOW);
    expect(outcome.plan.refusals).toEqual([]);
    expect(rowsOf(sim)).toEqual(FIELDS.map((f) => expected(f)));
    expect(outcome.syncs).toBe(sim.counters.syncs);
    expect(Math.max(...sim.counters.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);

    const before = JSON.stringify(tableValues(sim, 'TTHC'));
    const again = await importTthc(exported, undefined, NOW);
    expect(again.plan.unchanged).toHaveLength(FIELDS.length);
    expect(JSON.stringify(tableValues(sim, 'TTHC'))).toBe(before);
  });

  it('into a workbook without the TTHC table: the preview says the template comes first, the import creates it, imports, and loses nothing', async () => {
    const sim = installSim();
    const sheet = sim.workbook.sheetNames()[0];
    typeCells(sim, sheet, { A1: 'Ghi chép riêng', B2: 42 });
    const exported = reading(CIRCULAR_EXPORT);

    const preview = await previewImport(exported);
    expect(preview.setupFirst).toBe(true);
    expect(preview.refusals).toEqual([]);
    expect(preview.added).toEqual(FIELDS.map((f) => f.name));
    expect(sim.workbook.tableNames()).toEqual([]); // the preview writes nothing

    const outcome = await importTthc(exported, undefined, NOW);
    expect(outcome.plan.refusals).toEqual([]);
    expect(outcome.created).toContain('Bảng ở trang "TTHC"');
    expect(outcome.conflicts).toEqual([]);
    expect(rowsOf(sim)).toEqual(FIELDS.map((f) => expected(f)));
    expect(outcome.syncs).toBeGreaterThan(0);
    expect(sim.workbook.getCell(sheet, 'A1').value).toBe('Ghi chép riêng');
    expect(sim.workbook.getCell(sheet, 'B2').value).toBe(42);
    expect(outcome.validation).not.toBeNull();

    const again = await importTthc(exported, undefined, NOW);
    expect(again.created).toEqual([]);
    expect((await previewImport(exported)).setupFirst).toBe(false);
    expect(again.plan.unchanged).toHaveLength(FIELDS.length);
  });

  it('writes the export\'s differences to "Kiểm tra", first', async () => {
    const sim = installSim();
    await createTemplate();
    const outcome = await importTthc(reading({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } }, 'loi.xlsx'), undefined, NOW);
    expect(outcome.exportFindings.map((f) => f.column)).toContain('cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến');
    const check = tableValues(sim, 'KiemTra');
    expect(check[0][1]).toBe('[loi.xlsx]Bieu06');
    expect(check.map((r) => r[4]).join('\n')).toContain('ghi 9.812, cộng 5 dòng số liệu được 9.811 (chênh +1)');
  });

  it('imports a large export in requests under the payload limit', async () => {
    const sim = installSim();
    await createTemplate();
    const rows = Array.from({ length: 400 }, (_, i) => ({ ...FIELDS[i % FIELDS.length], name: `Thủ tục nhóm ${i + 1}` }));
    sim.counters.reset();
    await importTthc(reading({ ...CIRCULAR_EXPORT, rows }), undefined, NOW);
    expect(tableValues(sim, 'TTHC')).toHaveLength(400);
    expect(Math.max(...sim.counters.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
  });
});
