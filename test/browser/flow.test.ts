/**
 * The pane as a clerk meets it in Excel's narrow pane (320 px): the obvious first click is
 * the right one, the status says what the result means, an error is the first thing seen
 * and one click (or key) takes the workbook to it. Screenshots of each state go to
 * .tmp/screenshots/ for review.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { isolatedPage, launchChromium, retypeContractHeaders, serveFolder, sheetContents, type StaticServer } from '../helpers/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../.tmp/screenshots');
const PANE = { width: 320, height: 720 };

interface SimWindow {
  tongketSim: {
    workbook: {
      sheetNames(): string[];
      setCell(sheet: string, address: string, value: string | number): void;
      selection: { sheet: string; address: string };
    };
  };
  tongketPreview: { loadSampleData(): Promise<void> };
}

async function openPane(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await isolatedPage(browser, url);
  await page.setViewportSize(PANE);
  await page.goto(`${url}/preview.html?view=pane`);
  await page.locator('main:not([data-stage="unknown"])').waitFor({ timeout: 30_000 });
  return { page, errors };
}

/** The label of the button the pane suggests (primary appearance, announced as the next step). */
async function primaryAction(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="action-"][aria-description]').allTextContents();
}

async function statusOf(page: Page): Promise<{ intent: string | null; text: string }> {
  const status = page.getByTestId('status');
  await status.waitFor({ timeout: 60_000 });
  return { intent: await status.getAttribute('data-intent'), text: (await status.textContent()) ?? '' };
}

async function run(page: Page, label: string): Promise<{ intent: string | null; text: string }> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 60_000 });
  return statusOf(page);
}

/** Every action button and the status end above the pane's fold: nothing to scroll to. */
async function assertAboveTheFold(page: Page): Promise<void> {
  const boxes = await page.locator('[data-testid^="action-"], [data-testid="status"]').evaluateAll((elements) =>
    elements.map((e) => ({ id: e.getAttribute('data-testid'), bottom: e.getBoundingClientRect().bottom, right: e.getBoundingClientRect().right })),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(4);
  for (const box of boxes) {
    expect({ id: box.id, below: box.bottom > PANE.height, outside: box.right > PANE.width }).toEqual({ id: box.id, below: false, outside: false });
  }
  const scrolled = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  expect(scrolled).toBe(0);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `pane-320-${name}.png`) });
}

function selection(page: Page): Promise<{ sheet: string; address: string }> {
  return page.evaluate(() => (window as unknown as SimWindow).tongketSim.workbook.selection);
}

describe('the pane leads the clerk (320 px, Chromium)', () => {
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

  it('on an empty workbook suggests "Tạo bảng mẫu", and "Tính tổng hợp" refuses to build the template silently', async () => {
    const { page, errors } = await openPane(browser, preview.url);
    expect(await primaryAction(page)).toEqual(['Tạo bảng mẫu']);
    // The suggested button is the filled (brand-coloured) one.
    const fill = (id: string) => page.getByTestId(id).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await fill('action-create-template')).not.toBe(await fill('action-compute-summary'));
    await screenshot(page, '1-empty');

    const status = await run(page, 'Tính tổng hợp');
    expect(status.intent).toBe('warning');
    expect(status.text).toContain('Sổ tính chưa có bảng mẫu');
    expect(status.text).toContain('Tạo bảng mẫu');
    const sheets = await page.evaluate(() => (window as unknown as SimWindow).tongketSim.workbook.sheetNames());
    expect(sheets).not.toContain('Khen thưởng');
    expect(sheets).not.toContain('Tổng hợp');
    expect(await primaryAction(page)).toEqual(['Tạo bảng mẫu']);
    await assertAboveTheFold(page);
    expect(errors).toEqual([]);
  });

  it('with errors: red status, errors first with counts on the tabs, a click or a key selects the cell, "next error" walks them', async () => {
    const { page, errors } = await openPane(browser, preview.url);
    const created = await run(page, 'Tạo bảng mẫu');
    expect(created.intent).toBe('success');
    expect(await primaryAction(page)).toEqual(['Kiểm tra dữ liệu']);
    await assertAboveTheFold(page);
    await screenshot(page, '2-after-template');

    await page.evaluate(async () => {
      const w = window as unknown as SimWindow;
      await w.tongketPreview.loadSampleData();
      w.tongketSim.workbook.setCell('TTHC', 'E4', -5); // a negative count
    });
    const checked = await run(page, 'Kiểm tra dữ liệu');
    expect(checked.intent).toBe('error');
    expect(checked.text).toMatch(/Có 2 lỗi và \d+ cảnh báo/);
    expect(await primaryAction(page)).toEqual(['Kiểm tra dữ liệu']);
    await assertAboveTheFold(page);

    const findings = page.getByTestId('finding');
    // The first error is read without scrolling: its whole line is inside the 320×720 pane.
    const firstBox = await findings.first().evaluate((e) => {
      const box = e.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    });
    expect(firstBox.top).toBeGreaterThanOrEqual(0);
    expect(firstBox.bottom).toBeLessThanOrEqual(PANE.height);
    const severities = await findings.evaluateAll((items) => items.map((i) => i.getAttribute('data-severity')));
    expect(severities.slice(0, 2)).toEqual(['error', 'error']);
    expect(severities.slice(2).every((s) => s === 'warning')).toBe(true);
    await expect(page.getByTestId('count-error').innerText()).resolves.toBe('Lỗi (2)');
    await expect(page.getByTestId('count-warning').innerText()).resolves.toBe(`Cảnh báo (${severities.length - 2})`);
    await screenshot(page, '3-with-errors');

    // The whole finding is the click target, not only its address.
    const first = findings.first();
    const firstText = (await first.textContent()) ?? '';
    const firstCell = /ô ([A-Z]+\d+)/.exec(firstText)?.[1];
    await first.locator('button > span').nth(1).click(); // the message, away from the address
    await page.waitForFunction((cell) => (window as unknown as SimWindow).tongketSim.workbook.selection.address.endsWith(cell ?? '?'), firstCell);
    expect((await selection(page)).sheet).toBe(/^Lỗi · ([^·]+) ·/.exec(firstText)?.[1].trim());

    // Keyboard: from "next error", Tab reaches the first finding and Enter selects its cell.
    await page.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('Thông tin').getRange('A1').select();
        await context.sync();
      });
    });
    await page.getByTestId('next-error').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid="finding"]') !== null)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((cell) => (window as unknown as SimWindow).tongketSim.workbook.selection.address.endsWith(cell ?? '?'), firstCell);

    // "Next error" goes to the second error, then back to the first.
    const secondText = (await findings.nth(1).textContent()) ?? '';
    const secondCell = /ô ([A-Z]+\d+)/.exec(secondText)?.[1];
    expect(secondCell).not.toBe(firstCell);
    await page.getByTestId('next-error').click();
    await page.waitForFunction((cell) => (window as unknown as SimWindow).tongketSim.workbook.selection.address.endsWith(cell ?? '?'), secondCell);
    await expect(page.getByTestId('next-error').textContent()).resolves.toBe('Lỗi tiếp theo (1/2)');
    await page.getByTestId('next-error').click();
    await page.waitForFunction((cell) => (window as unknown as SimWindow).tongketSim.workbook.selection.address.endsWith(cell ?? '?'), firstCell);

    // Computing does not turn errors green.
    const computed = await run(page, 'Tính tổng hợp');
    expect(computed.intent).toBe('error');
    expect(computed.text).toContain('Đã tính tổng hợp nhưng còn 2 lỗi');
    const afterCompute = await page.getByTestId('finding').evaluateAll((items) => items.map((i) => i.getAttribute('data-severity')));
    expect(afterCompute[0]).toBe('error');
    expect(errors).toEqual([]);
  });

  it('a contract column whose header was retyped: "Tính tổng hợp" refuses in red, names sheet and column, and writes nothing', async () => {
    const { page, errors } = await openPane(browser, preview.url);
    await run(page, 'Tạo bảng mẫu');
    // The clerk retypes two headers beyond spacing or case (as in Excel, typing into the header cell renames the column).
    await retypeContractHeaders(page);
    const before = await sheetContents(page);

    const status = await run(page, 'Tính tổng hợp');
    expect(status.intent).toBe('error');
    expect(status.text).toContain('Chưa tính tổng hợp: bảng thiếu cột cần cho số liệu');
    expect(status.text).toContain('Sổ tính giữ nguyên');
    const findings = await page.getByTestId('finding').allTextContents();
    const gcn = findings.find((f) => f.includes('"Số GCN đã cấp"'));
    const awards = findings.find((f) => f.includes('"Ngày quyết định"'));
    expect({ gcn, awards }).toEqual({ gcn: expect.stringMatching(/^Lỗi · GCN ·/), awards: expect.stringMatching(/^Lỗi · Khen thưởng ·/) });
    // Clerk words: the sheet caption, never the table's identifier.
    const pane = (await page.locator('main').textContent()) ?? '';
    expect(pane).not.toMatch(/\bKhenThuong\b/);
    await screenshot(page, '5-compute-refused');

    expect(await sheetContents(page)).toEqual(before);
    const sheets = await page.evaluate(() => (window as unknown as SimWindow).tongketSim.workbook.sheetNames());
    expect(sheets).toContain('Tổng hợp');
    expect(errors).toEqual([]);
  });

  it('a clean workbook makes "Tính tổng hợp" the suggestion, and only then is the result green', async () => {
    const { page, errors } = await openPane(browser, preview.url);
    await run(page, 'Tạo bảng mẫu');
    await page.evaluate(async () => {
      const w = window as unknown as SimWindow;
      await w.tongketPreview.loadSampleData();
      const book = w.tongketSim.workbook;
      // Mend what the sample leaves for the checks to find.
      book.setCell('TTHC', 'N5', 140); // returned dossiers explain the difference
      // 01/09/2025, inside the period and under NĐ 152/2025, whose bonuses the catalogue knows
      for (const cell of ['C7', 'C8', 'C9']) book.setCell('Khen thưởng', cell, 45901);
      book.setCell('Khen thưởng', 'E8', 'Lao động tiên tiến'); // a title whose bonus the catalogue knows
      book.setCell('Xếp loại', 'D6', 2); // within the 20% quota
    });
    const checked = await run(page, 'Kiểm tra dữ liệu');
    expect(checked).toEqual({ intent: 'success', text: expect.stringContaining('Không phát hiện lỗi hay cảnh báo nào') });
    expect(await primaryAction(page)).toEqual(['Tính tổng hợp']);

    const computed = await run(page, 'Tính tổng hợp');
    expect(computed.intent).toBe('success');
    expect(computed.text).toContain('Đã tính tổng hợp');
    expect(await page.getByTestId('finding').count()).toBe(0);
    await assertAboveTheFold(page);
    await screenshot(page, '4-clean-computed');
    expect(errors).toEqual([]);
  });
});
