/**
 * English mode, as a reviewer meets it in the preview: the Office language switch turns the
 * pane English, and after creating the template, checking and computing, nothing Vietnamese
 * is left in the pane outside quoted workbook names (and the draft paragraphs, which are the
 * report's own Vietnamese text, marked lang="vi"); at 320 px a compute refused for a retyped
 * header, the Biểu 06 import, the merge and the comparison panels likewise, each state saved
 * to .tmp/screenshots/.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CIRCULAR_EXPORT, exportXlsx } from '../helpers/bieu06Exports';
import { isolatedPage, launchChromium, retypeContractHeaders, serveFolder, sheetContents, type StaticServer } from '../helpers/browser';
import { paneScreenshot } from '../helpers/paneScreenshot';
import { dossier, initUnit, PERIOD_2024, PERIOD_2025 } from '../helpers/unitWorkbooks';
import { unquotedVietnamese } from '../helpers/vietnamese';
import { tempDir } from '../helpers/xlsxFixtures';

interface SimWindow {
  tongketSim: { workbook: { setCell(sheet: string, address: string, value: string | number): void } };
  tongketPreview: { loadSampleData(): Promise<void> };
}

async function run(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByTestId('status').waitFor({ timeout: 60_000 });
}

/** The pane's visible text line by line, leaving out the draft paragraphs (lang="vi") and the preview's own switch. */
async function paneLines(page: Page): Promise<string[]> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="vi"]').forEach((e) => e.remove());
    document.body.appendChild(copy);
    const visible = copy.innerText;
    copy.remove();
    return visible;
  });
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function leaks(lines: readonly string[]): { line: string; leak: string }[] {
  return lines.flatMap((line) => {
    const leak = unquotedVietnamese(line);
    return leak ? [{ line, leak }] : [];
  });
}

describe('the pane in English (preview, Chromium)', () => {
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

  it('the language switch turns the pane English; template, check and compute leave no Vietnamese outside quoted names', async () => {
    const { page, errors } = await isolatedPage(browser, preview.url);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${preview.url}/preview.html`);
    await page.locator('main:not([data-stage="unknown"])').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('action-create-template').innerText()).toBe('Tạo bảng mẫu');

    await page.getByTestId('lang-en').click();
    await page.getByTestId('action-create-template').filter({ hasText: 'Create template' }).waitFor();
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en-US');
    expect(leaks(await paneLines(page))).toEqual([]);

    await run(page, 'Create template');
    expect(leaks(await paneLines(page))).toEqual([]);

    await page.evaluate(async () => {
      const w = window as unknown as SimWindow;
      await w.tongketPreview.loadSampleData();
      w.tongketSim.workbook.setCell('TTHC', 'E4', -5);
      w.tongketSim.workbook.setCell('Khen thưởng', 'B4', 'QĐ 123');
    });
    await run(page, 'Check data');
    const checked = await paneLines(page);
    expect(checked.join('\n')).toMatch(/\d+ errors? and \d+ warnings?/);
    expect(checked.join('\n')).toContain('cannot be negative');
    expect(leaks(checked)).toEqual([]);

    await run(page, 'Compute summary');
    const computed = await paneLines(page);
    expect(computed.join('\n')).toContain('Administrative procedures — dossiers received');
    expect(leaks(computed)).toEqual([]);

    // Back to Vietnamese: the same workbook, the pane in Vietnamese again.
    await page.getByTestId('lang-vi').click();
    await page.getByTestId('action-create-template').filter({ hasText: 'Tạo bảng mẫu' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a contract column whose header was retyped: "Compute summary" refuses in red, in English, naming sheet and column in clerk words, and writes nothing', async () => {
    const { page, errors } = await isolatedPage(browser, preview.url);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${preview.url}/preview.html?view=pane&lang=en-US`);
    await page.locator('main:not([data-stage="unknown"])').waitFor({ timeout: 30_000 });
    await run(page, 'Create template');
    // The clerk retypes two headers beyond spacing or case (as in Excel, typing into the header cell renames the column).
    await retypeContractHeaders(page);
    const before = await sheetContents(page);

    await run(page, 'Compute summary');
    const status = page.getByTestId('status');
    expect(await status.getAttribute('data-intent')).toBe('error');
    const statusText = (await status.textContent()) ?? '';
    expect(statusText).toContain('Nothing computed: a table lacks a column the figures need');
    expect(statusText).toContain('The workbook is unchanged');
    const findings = await page.getByTestId('finding').allTextContents();
    const gcn = findings.find((f) => f.includes('"Số GCN đã cấp"'));
    const awards = findings.find((f) => f.includes('"Ngày quyết định"'));
    // Clerk words: the sheet caption, never the table's identifier.
    expect({ gcn, awards }).toEqual({ gcn: expect.stringMatching(/^Error · "GCN" ·/), awards: expect.stringMatching(/^Error · "Khen thưởng" ·/) });
    const pane = (await page.locator('main').textContent()) ?? '';
    expect(pane).not.toMatch(/\bKhenThuong\b/);
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-8-compute-refused');

    expect(await sheetContents(page)).toEqual(before);
    expect(errors).toEqual([]);
  }, 120_000);

  it('at 320 px, the Biểu 06 import, the merge and the comparison speak English too: only file, sheet and unit names stay Vietnamese, quoted', async () => {
    const dir = await tempDir();
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const unitFile = async (file: string, unit: string, field: string, period = PERIOD_2025) => {
      const made = await initUnit(dir, file, unit, { TTHC: [dossier(field, 12, 3)] }, period);
      return { name: path.basename(made), mimeType: mime, buffer: await fs.readFile(made) };
    };
    const a = await unitFile('phòng-a.xlsx', 'Phòng Hành chính', 'Đất đai');
    const b = await unitFile('chi-cục.xlsx', 'Chi cục Thủy lợi', 'Thủy lợi');
    const lastYear = await unitFile('năm-2024.xlsx', 'Phòng Kế hoạch', 'Kế hoạch', PERIOD_2024);

    const { page, errors, blocked } = await isolatedPage(browser, preview.url);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${preview.url}/preview.html?view=pane&lang=en-US`);
    await page.locator('main:not([data-stage="unknown"])').waitFor({ timeout: 30_000 });
    await paneScreenshot(page, 'en-1-empty');
    await run(page, 'Create template');

    // Biểu 06: an old .xls is refused in English; an export that does not add up is previewed in English.
    await page.getByRole('button', { name: 'Import Biểu 06', exact: true }).click();
    const xls = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    await page.getByTestId('import-file').setInputFiles({ name: 'biểu 06.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
    await expect(page.getByTestId('import-unreadable').textContent()).resolves.toContain('"biểu 06.xls" is an Excel 97-2003 (.xls) file');
    expect(leaks(await paneLines(page))).toEqual([]);

    const exported = await exportXlsx({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } });
    await page.getByTestId('import-file').setInputFiles({ name: 'biểu 06.xlsx', mimeType: mime, buffer: exported });
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    const mapping = (await page.getByTestId('import-mapping').textContent()) ?? '';
    expect(mapping).toContain('column (5) "Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến"');
    expect(mapping).toContain('not imported, used for the check');
    await expect(page.getByTestId('import-totals').textContent()).resolves.toContain('says 9,812, but the 5 data rows add up to 9,811 (difference +1)');
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-2-import-preview');
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-3-import-done');

    // Merge: two units merged, then a unit of another period refused.
    await page.getByRole('button', { name: 'Merge unit workbooks', exact: true }).click();
    await page.getByTestId('merge-files').setInputFiles([a, b]);
    await page.getByTestId('merge-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('merge-done').textContent()).resolves.toContain('By sheet: "TTHC" 1');
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-4-merge-done');
    await page.getByTestId('merge-files').setInputFiles([lastYear]);
    await page.getByTestId('merge-refused').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('merge-refused').textContent()).resolves.toContain(
      'Workbook "năm-2024.xlsx" ("Phòng Kế hoạch") reports on 15/12/2023 – 14/12/2024, not on 15/12/2024 – 14/12/2025 as the consolidated workbook does.',
    );
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-5-merge-refused');

    // Comparison: a workbook of the same year is refused, last year's is compared.
    await page.getByRole('button', { name: 'Compare with last year', exact: true }).click();
    await page.getByTestId('compare-file').setInputFiles(a);
    await page.getByTestId('compare-refused').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('compare-refused').textContent()).resolves.toContain('which is not a year before 15/12/2024 – 14/12/2025; choose the workbook of 2024 or earlier');
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-6-compare-refused');
    await page.getByTestId('compare-file').setInputFiles(lastYear);
    await page.getByTestId('compare-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('compare-done').textContent()).resolves.toContain('Compared with 2024');
    expect(leaks(await paneLines(page))).toEqual([]);
    await paneScreenshot(page, 'en-7-compare-done');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 240_000);
});
