import * as path from 'path';
import type { Browser } from 'playwright-core';
import { CIRCULAR_EXPORT, exportXlsx } from '../helpers/bieu06Exports';
import { isolatedPage, launchChromium, serveFolder, type StaticServer } from '../helpers/browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Outside Office, office.js resolves onReady with no host; this stand-in does the same.
const OFFICE_OUTSIDE_EXCEL = `window.Office = { HostType: { Excel: 'Excel' }, context: { displayLanguage: 'vi-VN' },
  onReady(cb) { const info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };`;

interface SimHandle {
  workbook: {
    sheetNames(): string[];
    tableNames(): string[];
    getTableInfo(n: string): { sheet: string; headers: string[] };
    setCell(sheet: string, address: string, value: string | number): void;
    getCell(sheet: string, address: string): { value: unknown; formula?: string };
    selection: { sheet: string; address: string };
  };
}

describe('task pane in Chromium', () => {
  let browser: Browser;
  let preview: StaticServer;
  let production: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await serveFolder(path.resolve(__dirname, '../../dist-preview'));
    production = await serveFolder(path.resolve(__dirname, '../../dist'));
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await production?.close();
  });

  it('creates the contract sheets when "Tạo bảng mẫu" is clicked', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html`);
    await page.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('status').textContent()).resolves.toContain('Đã tạo xong bảng mẫu');

    const state = await page.evaluate(() => {
      const sim = (window as unknown as { tongketSim: SimHandle }).tongketSim;
      return {
        sheets: sim.workbook.sheetNames(),
        tables: sim.workbook.tableNames(),
        tthc: sim.workbook.getTableInfo('TTHC'),
      };
    });
    expect(state.sheets).toEqual(expect.arrayContaining(['Thông tin', 'Khen thưởng', 'Xếp loại', 'TTHC', 'Cắt giảm TTHC', 'GCN', 'Chỉ tiêu', 'Tổng hợp', 'Kiểm tra', 'Danh mục']));
    expect(state.tables).toEqual(expect.arrayContaining(['KhenThuong', 'XepLoai', 'TTHC', 'CatGiamTTHC', 'GCN', 'ChiTieu', 'KiemTra', 'DM_DanhHieu']));
    expect(state.tthc.sheet).toBe('TTHC');
    expect(state.tthc.headers[3]).toBe('Nhận trực tuyến');

    // The preview shows the created sheet next to the pane.
    await page.getByRole('tab', { name: 'TTHC', exact: true }).click();
    await expect(page.getByTestId('sheet-grid').textContent()).resolves.toContain('Tổng số đã giải quyết');

    // A second click finds nothing to add.
    await page.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('status').filter({ hasText: 'không có gì phải tạo thêm' }).waitFor();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('checks the data, lists findings by sheet and selects a finding’s cell when clicked', async () => {
    const { page, errors } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html`);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor();
    await page.evaluate(() => {
      const { workbook } = (window as unknown as { tongketSim: SimHandle }).tongketSim;
      workbook.setCell('TTHC', 'B4', 'Đất đai');
      workbook.setCell('TTHC', 'D4', '1.234'); // a count typed as text with a thousands separator
      workbook.setCell('TTHC', 'E4', -5);
    });
    await pane.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByTestId('findings').waitFor({ timeout: 30_000 });
    const errorCount = Number((await page.getByTestId('count-error').textContent())?.match(/\d+/)?.[0]);
    expect(errorCount).toBeGreaterThanOrEqual(2);
    const findings = page.getByTestId('finding');
    await expect(findings.filter({ hasText: 'D4' }).first().textContent()).resolves.toMatch(/hàng nghìn[\s\S]*1234/);

    await findings.filter({ hasText: 'E4' }).first().getByRole('button').click();
    await page.waitForFunction(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.selection.sheet === 'TTHC');
    const selection = await page.evaluate(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.selection);
    expect(selection.address).toMatch(/E4$/);

    // The severity filter shows warnings only.
    await pane.getByRole('tab', { name: 'Cảnh báo' }).click();
    const shown = await page.getByTestId('finding').allTextContents();
    expect(shown.every((t) => t.includes('Cảnh báo'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('computes the summary from the buttons and copies the draft paragraphs', async () => {
    const { page, errors } = await isolatedPage(browser, preview.url);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url });
    await page.goto(`${preview.url}/preview.html`);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor();
    await page.getByRole('button', { name: 'Nạp số liệu mẫu' }).click();
    await page.waitForFunction(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.getCell('TTHC', 'D4').value === 6000);
    await pane.getByRole('button', { name: 'Tính tổng hợp' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('key-figures').textContent()).resolves.toContain('12.480');
    const paragraphs = (await page.getByTestId('paragraphs').textContent()) ?? '';
    expect(paragraphs).toContain('Đã tiếp nhận 12.480 hồ sơ');
    expect(paragraphs).not.toMatch(/NaN|undefined/);
    // The workbook holds live formulas and the summary sheet.
    const state = await page.evaluate(() => {
      const { workbook } = (window as unknown as { tongketSim: SimHandle }).tongketSim;
      return { received: workbook.getCell('TTHC', 'C4'), summary: workbook.getCell('Tổng hợp', 'A1').value };
    });
    expect(state.received.formula).toMatch(/^=SUM\(/);
    expect(state.received.value).toBe(9400);
    expect(String(state.summary)).toContain('TỔNG HỢP');

    await pane.getByRole('button', { name: 'Sao chép' }).click();
    await pane.getByRole('button', { name: 'Đã sao chép' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Đã tiếp nhận 12.480 hồ sơ');
    expect(errors).toEqual([]);
  });

  it('imports a Biểu 06 export chosen in the pane: preview first, nothing written until the clerk confirms', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html`);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Nhập Biểu 06' }).click();

    // An old .xls is not read: the clerk is told how to proceed.
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    await page.getByTestId('import-file').setInputFiles({ name: 'bieu06.xls', mimeType: 'application/vnd.ms-excel', buffer: header });
    await expect(page.getByTestId('import-unreadable').textContent()).resolves.toContain('lưu lại dưới dạng .xlsx');

    const exported = await exportXlsx({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } });
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.getByTestId('import-file').setInputFiles({ name: 'bieu06.xlsx', mimeType: mime, buffer: exported });
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    const mapping = (await page.getByTestId('import-mapping').textContent()) ?? '';
    expect(mapping).toContain('cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến');
    expect(mapping).toContain('Nhận trực tuyến');
    await expect(page.getByTestId('import-preview').textContent()).resolves.toContain('5 dòng số liệu; dòng "Tổng cộng" dùng để đối chiếu, không nhập');
    await expect(page.getByTestId('import-totals').textContent()).resolves.toContain('ghi 9.812, cộng 5 dòng số liệu được 9.811 (chênh +1)');
    await expect(page.getByTestId('import-plan').textContent()).resolves.toContain('Sẽ thêm 5 dòng');
    const before = await page.evaluate(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.getCell('TTHC', 'B4').value);
    expect(before ?? '').toBe('');

    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-done').textContent()).resolves.toContain('Đã nhập: thêm 5 dòng');
    const state = await page.evaluate(() => {
      const { workbook } = (window as unknown as { tongketSim: SimHandle }).tongketSim;
      return { field: workbook.getCell('TTHC', 'B4').value, online: workbook.getCell('TTHC', 'D4').value, received: workbook.getCell('TTHC', 'C8'), last: workbook.getCell('TTHC', 'B8').value };
    });
    expect(state).toMatchObject({ field: 'Đất đai', online: 8214, last: 'Thủy lợi' });
    expect(state.received.formula).toMatch(/^=SUM\(/);
    expect(state.received.value).toBe(35);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('imports a Biểu 06 export into a workbook without the template: the preview says the template comes first, the import makes it', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html`);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Nhập Biểu 06' }).click();
    const exported = await exportXlsx(CIRCULAR_EXPORT);
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.getByTestId('import-file').setInputFiles({ name: 'bieu06.xlsx', mimeType: mime, buffer: exported });
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-setup-first').textContent()).resolves.toContain('tạo các trang và bảng theo mẫu trước');
    await expect(page.getByTestId('import-plan').textContent()).resolves.toContain('Sẽ thêm 5 dòng');
    const sheetsBefore = await page.evaluate(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.sheetNames());
    expect(sheetsBefore).not.toContain('TTHC');

    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-setup-done').textContent()).resolves.toContain('Đã tạo bảng mẫu trước khi nhập');
    await expect(page.getByTestId('import-done').textContent()).resolves.toContain('Đã nhập: thêm 5 dòng');
    const field = await page.evaluate(() => (window as unknown as { tongketSim: SimHandle }).tongketSim.workbook.getCell('TTHC', 'B4').value);
    expect(field).toBe('Đất đai');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('explains a failure in Vietnamese, with the technical detail folded below', async () => {
    const { page } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html`);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor();
    // The clerk protects a sheet the computation has to write to.
    await page.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('TTHC').protection.protect();
        await context.sync();
      });
    });
    await pane.getByRole('button', { name: 'Tính tổng hợp' }).click();
    const box = page.getByTestId('error');
    await box.waitFor({ timeout: 30_000 });
    await expect(box.textContent()).resolves.toContain('Sổ tính đang được bảo vệ');
    await expect(box.getByText('AccessDenied').isVisible()).resolves.toBe(false);
    await box.getByRole('button', { name: 'Chi tiết kỹ thuật' }).click();
    await expect(box.getByText(/Mã lỗi: AccessDenied/).isVisible()).resolves.toBe(true);
  });

  it('speaks English when Office’s display language is not Vietnamese', async () => {
    const { page } = await isolatedPage(browser, preview.url);
    await page.goto(`${preview.url}/preview.html?lang=en-US`);
    await expect(page.getByRole('button', { name: 'Create template' }).isVisible()).resolves.toBe(true);
  });

  it('loads only office.js from Microsoft in the production page, and says so outside Excel', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, production.url, { [OFFICE_JS]: OFFICE_OUTSIDE_EXCEL });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${production.url}/taskpane.html`);
    await page.getByText('Ngăn Tổng kết cần chạy trong Excel.').waitFor({ timeout: 15_000 });
    const external = requests.filter((u) => !u.startsWith(production.url));
    expect(external).toEqual([OFFICE_JS]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
