import * as path from 'path';
import type { Browser } from 'playwright-core';
import { isolatedPage, launchChromium, serveFolder, type StaticServer } from '../helpers/browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Outside Office, office.js resolves onReady with no host; this stand-in does the same.
const OFFICE_OUTSIDE_EXCEL = `window.Office = { HostType: { Excel: 'Excel' }, context: { displayLanguage: 'vi-VN' },
  onReady(cb) { const info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };`;

interface SimHandle {
  workbook: { sheetNames(): string[]; tableNames(): string[]; getTableInfo(n: string): { sheet: string; headers: string[] } };
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
    await expect(page.getByTestId('setup-result').textContent()).resolves.toContain('Đã tạo xong bảng mẫu');

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
    await expect(page.getByTestId('setup-result').textContent()).resolves.toContain('không có gì phải tạo thêm');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
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
