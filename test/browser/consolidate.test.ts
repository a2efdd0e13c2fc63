/**
 * "Gộp sổ đơn vị" and "So sánh với năm trước" in Chromium: the pane's file inputs get real
 * .xlsx files made by `tongket init` (three units, one re-sent with corrections, one of the
 * wrong year, last year's workbook); the workbook is the preview's simulated Excel.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CIRCULAR_EXPORT, exportXlsx } from '../helpers/bieu06Exports';
import { isolatedPage, launchChromium, serveFolder, type StaticServer } from '../helpers/browser';
import { paneScreenshot } from '../helpers/paneScreenshot';
import { dossier, initUnit, PERIOD_2024 } from '../helpers/unitWorkbooks';
import { tempDir } from '../helpers/xlsxFixtures';

interface SimWindow {
  tongketSim: {
    workbook: {
      getTableInfo(n: string): { sheet: string; headers: string[]; bodyAddress: string } | undefined;
      getCell(sheet: string, address: string): { value: unknown };
      snapshot(): unknown;
    };
  };
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table's column, read from the simulated workbook. */
function column(page: Page, table: string, header: string): Promise<unknown[]> {
  return page.evaluate(
    ([table, header]) => {
      const { workbook } = (window as unknown as SimWindow).tongketSim;
      const info = workbook.getTableInfo(table)!;
      const [from, to] = info.bodyAddress.split('!')[1].replace(/\$/g, '').split(':');
      const letter = String.fromCharCode(65 + info.headers.indexOf(header));
      const first = Number(/\d+/.exec(from)![0]);
      const last = Number(/\d+/.exec(to ?? from)![0]);
      return Array.from({ length: last - first + 1 }, (_, i) => workbook.getCell(info.sheet, `${letter}${first + i}`).value ?? null);
    },
    [table, header],
  );
}

function dump(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify((window as unknown as SimWindow).tongketSim.workbook.snapshot()));
}

describe('consolidation in the pane (Chromium)', () => {
  let browser: Browser;
  let preview: StaticServer;
  let files: Record<string, { name: string; mimeType: string; buffer: Buffer }>;

  beforeAll(async () => {
    const dir = await tempDir();
    const made = {
      a: await initUnit(dir, 'phong-a.xlsx', 'Phòng Hành chính', { TTHC: [dossier('Đất đai', 100, 50), dossier('Môi trường', 20, 5)] }),
      b: await initUnit(dir, 'chi-cuc.xlsx', 'Chi cục Thủy lợi', { TTHC: [dossier('Thủy lợi', 7, 3)] }),
      c: await initUnit(dir, 'trung-tam.xlsx', 'Trung tâm Quan trắc', { TTHC: [dossier('Quan trắc', 40, 10)] }),
      bCorrected: await initUnit(dir, 'chi-cuc-sua.xlsx', 'Chi cục Thủy lợi', { TTHC: [dossier('Thủy lợi', 9, 3), dossier('Đê điều', 4, 0)] }),
      wrongYear: await initUnit(dir, 'phong-b-2024.xlsx', 'Phòng Kế hoạch', { TTHC: [dossier('Kế hoạch', 1, 1)] }, PERIOD_2024),
    };
    files = {};
    for (const [key, file] of Object.entries(made)) files[key] = { name: path.basename(file), mimeType: MIME, buffer: await fs.readFile(file) };
    browser = await launchChromium();
    preview = await serveFolder(path.resolve(__dirname, '../../dist-preview'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('merges three units, replaces a re-sent one, refuses one of the wrong year with the workbook unchanged, then compares with last year', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, preview.url);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${preview.url}/preview.html?view=pane`, { timeout: 90_000 });
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: 'Tạo bảng mẫu' }).click();
    await page.getByTestId('setup-result').waitFor({ timeout: 30_000 });

    await pane.getByRole('button', { name: 'Gộp sổ đơn vị' }).click();
    await page.getByTestId('merge-units').waitFor({ timeout: 30_000 });
    await page.getByTestId('merge-files').setInputFiles([files.a, files.b, files.c]);
    await page.getByTestId('merge-done').waitFor({ timeout: 60_000 });
    const summary = (await page.getByTestId('merge-done').textContent()) ?? '';
    expect(summary).toContain('Đã gộp 3 sổ đơn vị (kỳ 15/12/2024 – 14/12/2025)');
    expect(summary).toContain('Phòng Hành chính"phong-a.xlsx" · Theo trang: TTHC 2');
    expect(await column(page, 'TTHC', 'Đơn vị báo cáo')).toEqual(['Phòng Hành chính', 'Phòng Hành chính', 'Chi cục Thủy lợi', 'Trung tâm Quan trắc']);
    expect(await column(page, 'TTHC', 'Tổng số nhận')).toEqual([150, 25, 10, 50]);
    await paneScreenshot(page, 'vi-merge-done');
    expect(await column(page, 'NguonGop', 'SHA-256')).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);

    await page.getByTestId('merge-files').setInputFiles([files.bCorrected]);
    await page.getByTestId('merge-done').getByText('Đã gộp 1 sổ đơn vị').waitFor({ timeout: 60_000 });
    const rows = page.getByTestId('merge-summary').locator('tbody tr');
    expect(await rows.allTextContents()).toEqual([expect.stringMatching(/^Chi cục Thủy lợi"chi-cuc-sua\.xlsx" · Theo trang: TTHC 221$/)]);
    expect(await column(page, 'TTHC', 'Lĩnh vực / Đơn vị')).toEqual(['Đất đai', 'Môi trường', 'Quan trắc', 'Thủy lợi', 'Đê điều']);
    expect(await column(page, 'TTHC', 'Nhận trực tuyến')).toEqual([100, 20, 40, 9, 4]);

    const before = await dump(page);
    await page.getByTestId('merge-files').setInputFiles([files.c, files.wrongYear]);
    await page.getByTestId('merge-refused').waitFor({ timeout: 60_000 });
    const refusal = (await page.getByTestId('merge-refused').textContent()) ?? '';
    expect(refusal).toContain('Không gộp sổ nào; sổ này giữ nguyên');
    expect(refusal).toContain('"phong-b-2024.xlsx" (Phòng Kế hoạch) báo cáo kỳ 15/12/2023 – 14/12/2024, khác kỳ 15/12/2024 – 14/12/2025');
    expect(await dump(page)).toBe(before);
    await paneScreenshot(page, 'vi-merge-refused');

    await pane.getByRole('button', { name: 'So sánh với năm trước' }).click();
    await page.getByTestId('compare-previous').waitFor({ timeout: 30_000 });
    await page.getByTestId('compare-file').setInputFiles(files.wrongYear);
    await page.getByTestId('compare-done').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('compare-done').textContent()).resolves.toContain('Đã so sánh với năm 2024');
    await paneScreenshot(page, 'vi-compare-done');
    const heading = await page.evaluate(() => {
      const { workbook } = (window as unknown as SimWindow).tongketSim;
      const sheet = (workbook.snapshot() as { sheets: { name: string; cells: Record<string, { value?: unknown }> }[] }).sheets.find((s) => s.name === 'Tổng hợp')!;
      return Object.values(sheet.cells).map((c) => String(c.value ?? '')).filter((v) => v.includes('NĂM 2024') || v.startsWith('So với năm 2024'));
    });
    expect(heading).toEqual([expect.stringMatching(/SO SÁNH VỚI NĂM 2024$/), expect.stringContaining('số hồ sơ thủ tục hành chính tiếp nhận tăng 239 hồ sơ (+11.950%)')]);

    // Biểu 06 at 320 px: the preview of an export that does not add up, before anything is written.
    await pane.getByRole('button', { name: 'Nhập Biểu 06' }).click();
    await page.getByTestId('import-file').setInputFiles({ name: 'bieu06.xlsx', mimeType: MIME, buffer: await exportXlsx({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } }) });
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await paneScreenshot(page, 'vi-import-preview');
    expect(errors).toEqual([]);
    // The files were read in the page: nothing left it.
    expect(blocked).toEqual([]);
  }, 240_000);
});
