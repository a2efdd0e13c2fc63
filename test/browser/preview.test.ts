/**
 * The preview shows what Excel would: the cell a finding points at (its sheet brought
 * forward, the cell selected and scrolled into view), the error highlights, numbers as a
 * vi-VN Excel shows them, the summary's charts; the sample loader explains itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ERROR_FILL } from '../../src/domain/contract/layout';
import { isolatedPage, launchChromium, serveFolder, type StaticServer } from '../helpers/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../.tmp/screenshots');

interface SimWindow {
  tongketSim: { workbook: { setCell(sheet: string, address: string, value: string | number): void; getTableInfo(n: string): { bodyAddress: string } } };
}

async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; missing: string[] }> {
  const { page, errors } = await isolatedPage(browser, url);
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${url}/preview.html`);
  return { page, errors, missing };
}

async function click(page: Page, name: string): Promise<void> {
  await page.getByTestId('taskpane').getByRole('button', { name, exact: true }).click();
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByTestId('status').waitFor({ timeout: 60_000 });
}

describe('the preview shows what Excel would (Chromium)', () => {
  let browser: Browser;
  let preview: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await serveFolder(path.resolve(__dirname, '../../dist-preview'));
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('"Nạp số liệu mẫu" says in Vietnamese to create the template first, and a second click adds nothing', async () => {
    const { page, errors, missing } = await open(browser, preview.url);
    await page.getByTestId('load-sample').click();
    await expect(page.getByTestId('sample-status').textContent()).resolves.toContain('Chưa có bảng mẫu');
    expect(await page.locator('body').textContent()).not.toMatch(/RichApi|ItemNotFound|Error/);

    await click(page, 'Tạo bảng mẫu');
    const rows = () => page.evaluate(() => (window as unknown as SimWindow).tongketSim.workbook.getTableInfo('KhenThuong').bodyAddress);
    await page.getByTestId('load-sample').click();
    await page.getByTestId('sample-status').filter({ hasText: 'Đã nạp số liệu mẫu' }).waitFor();
    const once = await rows();
    await page.getByTestId('load-sample').click();
    await page.getByTestId('sample-status').filter({ hasText: 'không nạp thêm' }).waitFor();
    expect(await rows()).toBe(once);
    expect(errors).toEqual([]);
    // The favicon and every other file the page asks for exist.
    expect(missing).toEqual([]);
  });

  it('a clicked finding brings its sheet forward with the cell selected, in view and highlighted; numbers read as a vi-VN Excel shows them; charts are drawn', async () => {
    const { page, errors } = await open(browser, preview.url);
    await click(page, 'Tạo bảng mẫu');
    await page.getByTestId('load-sample').click();
    await page.getByTestId('sample-status').waitFor();
    await page.evaluate(() => (window as unknown as SimWindow).tongketSim.workbook.setCell('TTHC', 'E4', -5));
    await click(page, 'Kiểm tra dữ liệu');

    // The sample's difference in Chênh lệch (column O) lies beyond the grid's right edge.
    await page.getByRole('tab', { name: 'Khen thưởng', exact: true }).click();
    await page.getByTestId('finding').filter({ hasText: 'ô O5' }).locator('button').click();
    const cell = page.locator('[data-testid="sheet-grid"][data-sheet="TTHC"] td[data-address="O5"]');
    await cell.waitFor({ timeout: 10_000 });
    await expect(cell.getAttribute('data-selected')).resolves.toBe('true');
    await page.waitForFunction(() => {
      const td = document.querySelector('[data-testid="sheet-grid"] td[data-address="O5"]');
      const box = document.querySelector('[data-testid="sheet-scroller"]');
      if (!td || !box) return false;
      const a = td.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    });
    // Tổng kết's conditional format paints the cells in error.
    await expect(cell.getAttribute('data-highlight')).resolves.toBe(ERROR_FILL);
    await expect(page.locator('td[data-address="E4"]').getAttribute('data-highlight')).resolves.toBe(ERROR_FILL);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-finding-selected.png') });

    await click(page, 'Tính tổng hợp');
    await page.getByRole('tab', { name: 'TTHC', exact: true }).click();
    const texts = await page.locator('[data-testid="sheet-grid"] td').allTextContents();
    expect(texts).toContain('6.000');
    expect(texts.some((t) => /^\d{1,3},\d{2}%$/.test(t))).toBe(true);
    // nothing left in en-US form: "46,800,000" or "15.38%"
    expect(texts.filter((t) => /^\d{1,3}(,\d{3})+$/.test(t) || /^\d+\.\d+%$/.test(t))).toEqual([]);

    await page.getByRole('tab', { name: 'Tổng hợp', exact: true }).click();
    const charts = page.getByTestId('chart');
    await charts.first().waitFor();
    expect(await charts.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-chart-type')))).toEqual(['Pie', 'ColumnClustered']);
    const marks = await page.getByTestId('chart-mark').evaluateAll((ms) => ms.map((m) => Number(m.getAttribute('data-value'))));
    expect(marks.filter((v) => v > 0).length).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-summary-charts.png') });
    expect(errors).toEqual([]);
  });
});
