import { DATA_TABLES, CATALOGUES, SHEET_ORDER, NAMED_CELLS, FORMAT_XML_NAMESPACE, formatXml } from '../../src/domain/contract';
import { columnLetter } from '../../src/domain/util/a1';
import { createTemplate } from '../../src/excel/setup';
import { installSim, simSupports, tableInfo, typeCells, type Sim } from './simHost';

function counts(sim: Sim) {
  return { syncs: sim.counters.syncs, requests: sim.counters.requests.map((r) => r.bytes) };
}

describe('Tạo bảng mẫu on the simulated Excel', () => {
  it('creates every sheet, table, catalogue and named cell of the contract', async () => {
    const sim = installSim();
    const outcome = await createTemplate();
    expect(outcome.conflicts).toEqual([]);
    const sheets = sim.workbook.sheetNames();
    expect(sheets.filter((s) => SHEET_ORDER.includes(s))).toEqual(SHEET_ORDER);
    for (const table of DATA_TABLES) {
      const info = tableInfo(sim, table.name);
      expect(info.sheet).toBe(table.sheet);
      expect(info.headers).toEqual(table.columns.map((c) => c.header));
    }
    for (const catalogue of CATALOGUES) {
      expect(tableInfo(sim, catalogue.name).headers).toEqual(catalogue.columns.map((c) => c.header));
    }
    expect(sim.workbook.names().map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(NAMED_CELLS.map((n) => n.name)));
    // Computed columns hold live formulas, native validation is set (ExcelApi 1.8), the version is stored.
    expect(sim.workbook.getCell('TTHC', 'C4').formula).toBe('=SUM(TTHC[[#This Row],[Nhận trực tuyến]],TTHC[[#This Row],[Nhận trực tiếp, bưu chính]],TTHC[[#This Row],[Từ kỳ trước]])');
    expect(outcome.dataValidation).toBe(simSupports('1.8'));
    expect(sim.workbook.dataValidations('TTHC').length > 0).toBe(simSupports('1.8'));
    // The report header's three dates are checked by Excel itself too.
    expect(sim.workbook.dataValidations('Thông tin')).toHaveLength(simSupports('1.8') ? 3 : 0);
    expect(sim.workbook.customXmlParts().some((p: { xml: string }) => p.xml.includes('<formatVersion>2</formatVersion>'))).toBe(true);
    expect(outcome.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...sim.counters.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('is idempotent: a second run leaves an identical workbook and takes the same number of syncs', async () => {
    const sim = installSim();
    await createTemplate();
    const first = sim.workbook.snapshot();
    sim.counters.reset();
    const again = await createTemplate();
    const second = sim.workbook.snapshot();
    expect(again.created).toEqual([]);
    expect(second).toEqual(first);
    const secondCounts = counts(sim);
    sim.counters.reset();
    await createTemplate();
    expect(counts(sim).syncs).toBe(secondCounts.syncs);
    expect(sim.workbook.snapshot()).toEqual(first);
  });

  it('keeps every typed cell as it was, including a value typed over a formula', async () => {
    const sim = installSim();
    await createTemplate();
    typeCells(sim, 'Thông tin', { B3: 'Sở Nông nghiệp và Môi trường' });
    typeCells(sim, 'TTHC', { B4: 'Đất đai', D4: 120, E4: 30, F4: 5, H4: 100, C4: 999 });
    const before = sim.workbook.snapshot();
    const outcome = await createTemplate();
    expect(outcome.created).toEqual([]);
    expect(sim.workbook.getCell('TTHC', 'C4').value).toBe(999);
    expect(sim.workbook.getCell('TTHC', 'D4').value).toBe(120);
    expect(sim.workbook.getCell('Thông tin', 'B3').value).toBe('Sở Nông nghiệp và Môi trường');
    expect(sim.workbook.snapshot()).toEqual(before);
  });

  it('completes a workbook missing a sheet and a column without touching the rest', async () => {
    const sim = installSim();
    await createTemplate();
    typeCells(sim, 'GCN', { B4: 'Phường A', F4: 12 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Chỉ tiêu').delete();
      const gcn = context.workbook.tables.getItem('GCN');
      gcn.columns.getItem('Ghi chú').delete();
      gcn.columns.getItem('Đơn vị báo cáo').delete();
      // their notes above the table too, so that nothing stands right of the table
      context.workbook.worksheets.getItem('GCN').getRange('K2:L2').clear();
      await context.sync();
    });
    const outcome = await createTemplate();
    expect(outcome.created).toEqual(expect.arrayContaining(['Trang tính "Chỉ tiêu"', 'Bảng ở trang "Chỉ tiêu"', 'Cột "Ghi chú", "Đơn vị báo cáo" trong bảng ở trang "GCN"']));
    expect(tableInfo(sim, 'GCN').headers.slice(-2)).toEqual(['Ghi chú', 'Đơn vị báo cáo']);
    expect(sim.workbook.getCell('GCN', 'B4').value).toBe('Phường A');
    expect(sim.workbook.getCell('GCN', 'F4').value).toBe(12);
  });

  it('reports a renamed header and a foreign table instead of overwriting them', async () => {
    const sim = installSim();
    await createTemplate();
    typeCells(sim, 'TTHC', { D3: 'Nhận online' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('GCN').delete();
      const sheet = context.workbook.worksheets.add('GCN');
      sheet.getRange('A3:B4').values = [['Mã', 'Tên'], [1, 'Khác']];
      sheet.tables.add('A3:B4', true).name = 'BangCuaToi';
      await context.sync();
    });
    const outcome = await createTemplate();
    const messages = outcome.conflicts.map((c) => c.message).join('\n');
    expect(messages).toContain('"Nhận online"');
    expect(messages).toMatch(/GCN/);
    expect(sim.workbook.getCell('TTHC', 'D3').value).toBe('Nhận online');
    expect(sim.workbook.getCell('GCN', 'B4').value).toBe('Khác');
    expect(sim.workbook.tableNames()).not.toContain('GCN');
  });

  it('works on ExcelApi 1.7 without native validation', async () => {
    const sim = installSim({ apiVersion: '1.7' });
    const outcome = await createTemplate();
    expect(outcome.dataValidation).toBe(false);
    expect(tableInfo(sim, 'TTHC').sheet).toBe('TTHC');
    expect(sim.workbook.dataValidations('TTHC')).toEqual([]);
  });

  it('upgrades a format-1 workbook in place: "Đơn vị báo cáo" appended to every data table, every typed cell where it was', async () => {
    const sim = installSim();
    await createTemplate();
    // Format 1 had no "Đơn vị báo cáo" column and stored version 1.
    await Excel.run(async (context) => {
      for (const table of DATA_TABLES) {
        context.workbook.tables.getItem(table.name).columns.getItem('Đơn vị báo cáo').delete();
        const last = columnLetter(table.columns.length - 1);
        context.workbook.worksheets.getItem(table.sheet).getRange(`${last}2`).clear();
      }
      context.workbook.customXmlParts.getByNamespace(FORMAT_XML_NAMESPACE).getOnlyItem().setXml(formatXml(1));
      await context.sync();
    });
    const typed: { sheet: string; address: string; value: string | number }[] = [];
    for (const table of DATA_TABLES) {
      const v1 = table.columns.filter((c) => !c.optional);
      v1.forEach((column, i) => {
        if (column.kind !== 'input') return;
        for (const row of [4, 5]) {
          const value = column.type === 'text' ? `${table.name} ${row} ${i}` : row * 10 + i;
          typed.push({ sheet: table.sheet, address: `${columnLetter(i)}${row}`, value });
        }
      });
      expect(tableInfo(sim, table.name).headers).toEqual(v1.map((c) => c.header));
    }
    for (const cell of typed) sim.workbook.setCell(cell.sheet, cell.address, cell.value);

    const outcome = await createTemplate();
    expect(outcome.conflicts).toEqual([]);
    for (const table of DATA_TABLES) {
      expect(tableInfo(sim, table.name).headers).toEqual(table.columns.map((c) => c.header));
      expect(outcome.created).toContain(`Cột "Đơn vị báo cáo" trong bảng ở trang "${table.sheet}"`);
      // the new column's note row says what it holds, as a new workbook's does
      const note = table.columns.find((c) => c.header === 'Đơn vị báo cáo')!.note;
      expect([table.sheet, sim.workbook.getCell(table.sheet, `${columnLetter(table.columns.length - 1)}2`).value]).toEqual([table.sheet, note]);
    }
    for (const cell of typed) expect([cell.sheet, cell.address, sim.workbook.getCell(cell.sheet, cell.address).value]).toEqual([cell.sheet, cell.address, cell.value]);
    expect(sim.workbook.customXmlParts().map((p: { xml: string }) => p.xml)).toEqual([formatXml(2)]);
  });

  it('offers the signers and awards of the catalogues in a drop-down that keeps the wordings of decisions (aliases) and grows with the catalogue', async () => {
    const sim = installSim();
    await createTemplate();
    if (!simSupports('1.8')) {
      // Excel 2019: no native validation; "Kiểm tra dữ liệu" checks the same values.
      expect(sim.workbook.dropDown('Khen thưởng', 'D4')).toBeNull();
      return;
    }
    const headers = tableInfo(sim, 'KhenThuong').headers;
    const cell = (header: string) => `${columnLetter(headers.indexOf(header))}4`;
    const signer = cell('Cấp quyết định');
    const signers = CATALOGUES.find((c) => c.name === 'DM_CapQuyetDinh')?.rows.map((r) => r.name) ?? [];
    expect(signers.length).toBeGreaterThan(5);
    expect(sim.workbook.dropDown('Khen thưởng', signer)).toEqual(signers);
    expect(sim.workbook.dropDown('Khen thưởng', cell('Danh hiệu / Hình thức'))).toContain('Bằng khen của Thủ tướng Chính phủ');

    // An entry of the list: no alert. A wording of decisions (DM_TenGoi): kept, with an information note, never refused.
    expect(sim.workbook.typeAsUser('Khen thưởng', signer, 'Giám đốc Sở')).toEqual({ written: true, alert: null });
    const alias = sim.workbook.typeAsUser('Khen thưởng', signer, 'UBND tỉnh');
    expect(alias.written).toBe(true);
    expect(alias.alert?.style).toBe('Information');
    expect(alias.alert?.message).toContain('"Tên gọi khác"');
    expect(alias.alert?.message.length).toBeLessThanOrEqual(255);
    expect(sim.workbook.getCell('Khen thưởng', signer).value).toBe('UBND tỉnh');
    const award = sim.workbook.typeAsUser('Khen thưởng', cell('Danh hiệu / Hình thức'), 'Bằng khen của Chủ tịch UBND tỉnh');
    expect(award).toMatchObject({ written: true, alert: { style: 'Information' } });
    // A fixed list still refuses what it does not hold.
    expect(sim.workbook.typeAsUser('Khen thưởng', cell('Đối tượng'), 'Cơ quan')).toMatchObject({ written: false, alert: { style: 'Stop' } });

    // A signer added to the catalogue appears in the drop-down at once (the list reads the table's column).
    const width = tableInfo(sim, 'DM_CapQuyetDinh').headers.length;
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('DM_CapQuyetDinh').rows.add(undefined, [['Viện trưởng Viện Nghiên cứu', ...Array(width - 1).fill('')]]);
      await context.sync();
    });
    expect(sim.workbook.dropDown('Khen thưởng', signer)).toEqual([...signers, 'Viện trưởng Viện Nghiên cứu']);
    expect(sim.workbook.typeAsUser('Khen thưởng', signer, 'viện trưởng viện nghiên cứu')).toEqual({ written: true, alert: null });
  });
});
