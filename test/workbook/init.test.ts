import { promises as fs } from 'fs';
import * as path from 'path';
import { CATALOGUES, CHECK_TABLE, DATA_TABLES, FORMAT_VERSION, NAMED_CELLS, NOTE_ROW, SHEET_ORDER, TABLE_HEADER_ROW } from '../../src/domain/contract';
import { planSetup } from '../../src/domain/setup/planSetup';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { columnLetter } from '../../src/domain/util/a1';
import { editWorkbook, formatOneWorkbook, packageText, runCli, tablePart, tempDir, typeRows } from '../helpers/xlsxFixtures';

async function snapshotOf(file: string) {
  return readSnapshot((await loadWorkbookFile(file)).document);
}

describe('tongket init on a new file', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'moi.xlsx');
    const result = await runCli(['init', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã tạo sổ');
    expect(result.stdout).toContain('Bảng ở trang "Khen thưởng"');
    expect(result.stdout).not.toMatch(/\b(KhenThuong|DonViBaoCao|DM_ThamSo)\b/);
  });

  it('has every contract sheet in contract order, every table and every named cell', async () => {
    const snapshot = await snapshotOf(file);
    expect(snapshot.sheets).toEqual(SHEET_ORDER);
    const names = snapshot.tables.map((t) => t.name).sort();
    expect(names).toEqual([...DATA_TABLES.map((t) => t.name), ...CATALOGUES.map((c) => c.name), CHECK_TABLE.name].sort());
    for (const spec of DATA_TABLES) {
      const table = snapshot.tables.find((t) => t.name === spec.name)!;
      expect(table.sheet).toBe(spec.sheet);
      expect(table.headerRow).toBe(TABLE_HEADER_ROW);
      expect(table.headers).toEqual(spec.columns.map((c) => c.header));
      expect(table.values).toHaveLength(1);
      expect(table.handTyped).toBeUndefined();
      spec.columns.forEach((column, i) => {
        if (column.formula) expect(table.formulas[0][i]).toBe(column.formula);
      });
    }
    for (const named of NAMED_CELLS) expect(snapshot.names[named.name]).toMatchObject({ sheet: 'Thông tin', column: 1 });
    expect(snapshot.names.BoQuyTac?.formula).toBe(NAMED_CELLS.find((n) => n.name === 'BoQuyTac')!.formula);
    expect(snapshot.formatVersion).toBe(FORMAT_VERSION);
  });

  it('writes table parts with ref, names, columns and calculated-column formulas', async () => {
    for (const spec of DATA_TABLES) {
      const part = await tablePart(file, spec.name);
      expect(part).toBeDefined();
      const width = spec.columns.length;
      expect(part!.ref).toBe(`A${TABLE_HEADER_ROW + 1}:${columnLetter(width - 1)}${TABLE_HEADER_ROW + 2}`);
      expect(part!.xml).toContain(`displayName="${spec.name}"`);
      expect(part!.columns).toEqual(spec.columns.map((c) => c.header));
      const expected = Object.fromEntries(spec.columns.filter((c) => c.formula).map((c) => [c.header, c.formula!.slice(1)]));
      expect(part!.calculated).toEqual(expected);
      expect(part!.xml).toContain('TableStyleMedium2');
      expect(part!.xml).not.toContain('hiddenButton');
    }
    const catalogue = await tablePart(file, 'DM_LuongCoSo');
    expect(catalogue!.columns).toEqual(['Từ ngày', 'Mức lương cơ sở (đồng)', 'Căn cứ']);
  });

  it('relates every table part from its sheet and declares its content type', async () => {
    const parts = await packageText(file, /^(\[Content_Types\]\.xml|xl\/worksheets\/_rels\/.*|xl\/tables\/.*)$/);
    const tableParts = Object.keys(parts).filter((p) => p.startsWith('xl/tables/'));
    expect(tableParts).toHaveLength(DATA_TABLES.length + CATALOGUES.length + 1);
    for (const part of tableParts) {
      expect(parts['[Content_Types].xml']).toContain(`PartName="/${part}"`);
      const target = `../tables/${path.posix.basename(part)}`;
      expect(Object.entries(parts).some(([p, xml]) => p.includes('_rels') && xml.includes(`Target="${target}"`))).toBe(true);
    }
  });

  it('stores the format version in a custom XML part with its properties', async () => {
    const parts = await packageText(file, /^customXml\//);
    expect(parts['customXml/item1.xml']).toContain(`<formatVersion>${FORMAT_VERSION}</formatVersion>`);
    expect(parts['customXml/itemProps1.xml']).toContain('urn:tongket:workbook');
    expect(parts['customXml/_rels/item1.xml.rels']).toContain('itemProps1.xml');
  });

  it('writes native validation on input columns, lists and the list ranges', async () => {
    const sheet = Object.values(await packageText(file, /^xl\/worksheets\/sheet2\.xml$/))[0];
    expect(sheet).toContain('INDIRECT(&quot;DM_DanhHieu[Tên]&quot;)');
    expect(sheet).toMatch(/type="whole" operator="greaterThanOrEqual"[^>]*errorStyle="stop"/);
    // Signers and awards: the catalogue's column, an information alert that keeps the wordings of decisions.
    for (const source of ['DM_CapQuyetDinh[Tên]', 'DM_DanhHieu[Tên]']) {
      const rule = new RegExp(`<dataValidation type="list"[^>]*errorStyle="information"[^>]*><formula1>INDIRECT\\(&quot;${source.replace(/[[\]]/g, '\\$&')}&quot;\\)</formula1>`);
      expect(sheet).toMatch(rule);
    }
    const snapshot = await snapshotOf(file);
    expect(snapshot.names['DS_GCN_recipient']).toMatchObject({ sheet: 'Danh mục', value: 'Tổ chức' });
  });

  it('a second init plans nothing new and leaves the same snapshot', async () => {
    const before = await snapshotOf(file);
    const result = await runCli(['init', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sổ đã đúng mẫu');
    const after = await snapshotOf(file);
    expect(after).toEqual(before);
    const kinds = new Set(planSetup(after, { dataValidation: true }).ops.map((op) => op.kind));
    for (const kind of kinds) expect(['columnFormat', 'columnFormula', 'columnValidation']).toContain(kind);
  });
});

describe('tongket init on a workbook with typed data', () => {
  it('leaves every typed cell as it was and restores no typed value', async () => {
    const file = path.join(await tempDir(), 'solieu.xlsx');
    await runCli(['init', file]);
    await editWorkbook(file, (document) => {
      const info = document.workbook.getWorksheet('Thông tin')!;
      info.getCell('B3').value = 'Sở Nông nghiệp và Môi trường';
      info.getCell('B4').value = new Date(Date.UTC(2024, 11, 15));
      info.getCell('B5').value = new Date(Date.UTC(2025, 11, 14));
      typeRows(document, 'TTHC', [
        { 'Lĩnh vực / Đơn vị': 'Đất đai', 'Nhận trực tuyến': 120, 'Nhận trực tiếp, bưu chính': 30, 'Từ kỳ trước': 4 },
        // a total typed over the formula: init must keep it (it is reported, not overwritten)
        { 'Lĩnh vực / Đơn vị': 'Môi trường', 'Nhận trực tuyến': 0, 'Tổng số nhận': 77 },
      ]);
      typeRows(document, 'KhenThuong', [
        { 'Số quyết định': '123/QĐ-UBND', 'Ngày quyết định': new Date(Date.UTC(2025, 5, 9)), 'Danh hiệu / Hình thức': 'Lao động tiên tiến', 'Đối tượng': 'Cá nhân', 'Số lượng': 12 },
      ]);
      const own = document.workbook.addWorksheet('Ghi chép');
      own.getCell('C7').value = 'ghi chú riêng';
      own.getCell('D9').value = 3.25;
    });
    const before = await snapshotOf(file);
    const bytesBefore = await fs.readFile(file);

    const result = await runCli(['init', file]);
    expect(result.code).toBe(0);
    const after = await snapshotOf(file);
    expect(after.names).toEqual(before.names);
    for (const name of ['TTHC', 'KhenThuong']) {
      const a = after.tables.find((t) => t.name === name)!;
      const b = before.tables.find((t) => t.name === name)!;
      expect(a.values).toHaveLength(b.values.length);
      b.formulas.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && !(typeof cell === 'string' && cell.startsWith('='))) expect(a.formulas[r][c]).toEqual(cell);
        }),
      );
    }
    const tthc = after.tables.find((t) => t.name === 'TTHC')!;
    expect(tthc.formulas[1][tthc.headers.indexOf('Tổng số nhận')]).toBe(77);
    expect(tthc.formulas[0][tthc.headers.indexOf('Tổng số nhận')]).toMatch(/^=SUM\(/);
    expect(after.names.KyBaoCaoTu?.value).toBe(45641);
    const own = (await loadWorkbookFile(file)).document.workbook.getWorksheet('Ghi chép')!;
    expect(own.getCell('C7').value).toBe('ghi chú riêng');
    expect(own.getCell('D9').value).toBe(3.25);
    expect(bytesBefore.length).toBeGreaterThan(0);
  });
});

describe('tongket init on a format-1 workbook', () => {
  it('appends "Đơn vị báo cáo" to every data table, stores format 2, and keeps every typed cell where it was', async () => {
    const file = path.join(await tempDir(), 'phienban1.xlsx');
    await formatOneWorkbook(file);
    const typed: { sheet: string; row: number; column: number; value: string | number }[] = [];
    await editWorkbook(file, (document) => {
      for (const spec of DATA_TABLES) {
        const rows = [0, 1].map((r) =>
          Object.fromEntries(
            spec.columns
              .filter((c) => c.kind === 'input' && !c.optional)
              .map((c, i) => [c.header, c.type === 'text' ? `${spec.name} ${r} ${i}` : 10 * r + i + 1]),
          ),
        );
        typeRows(document, spec.name, rows);
      }
    });
    const before = await snapshotOf(file);
    expect(before.formatVersion).toBe(1);
    for (const table of before.tables.filter((t) => DATA_TABLES.some((d) => d.name === t.name))) {
      expect(table.headers).not.toContain('Đơn vị báo cáo');
      table.formulas.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && !(typeof cell === 'string' && cell.startsWith('='))) typed.push({ sheet: table.sheet, row: table.headerRow + 1 + r, column: table.firstColumn + c, value: cell as string | number });
        }),
      );
    }
    expect(typed.length).toBeGreaterThan(60);
    // Format 1 is read as before: the absent optional column is no finding.
    const checked = await runCli(['check', file, '--json']);
    expect(checked.stderr).toBe('');
    const findings = (JSON.parse(checked.stdout) as { findings: { table: string; column: string; message: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.table !== '' && (f.column === 'Đơn vị báo cáo' || /thiếu cột/.test(f.message)))).toEqual([]);

    const result = await runCli(['init', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Cột "Đơn vị báo cáo" trong bảng ở trang "Khen thưởng"');
    const after = await snapshotOf(file);
    expect(after.formatVersion).toBe(2);
    const { document } = await loadWorkbookFile(file);
    for (const spec of DATA_TABLES) {
      expect(after.tables.find((t) => t.name === spec.name)!.headers).toEqual(spec.columns.map((c) => c.header));
      // the new column's note row says what it holds, as a new workbook's does
      const note = document.workbook.getWorksheet(spec.sheet)!.getRow(NOTE_ROW + 1).getCell(spec.columns.length).value;
      expect([spec.sheet, note]).toEqual([spec.sheet, spec.columns.find((c) => c.header === 'Đơn vị báo cáo')!.note]);
    }
    for (const cell of typed) {
      const table = after.tables.find((t) => t.sheet === cell.sheet && DATA_TABLES.some((d) => d.name === t.name))!;
      const value = table.formulas[cell.row - table.headerRow - 1][cell.column - table.firstColumn];
      expect([cell.sheet, cell.row, cell.column, value]).toEqual([cell.sheet, cell.row, cell.column, cell.value]);
    }
  });
});
