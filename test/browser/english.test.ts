/**
 * English mode, as a reviewer meets it in the preview: the Office language switch turns the
 * pane English, and after creating the template, checking and computing, nothing Vietnamese
 * is left in the pane outside quoted workbook names (and the draft paragraphs, which are the
 * report's own Vietnamese text, marked lang="vi").
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { isolatedPage, launchChromium, serveFolder, type StaticServer } from '../helpers/browser';
import { unquotedVietnamese } from '../helpers/vietnamese';

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
});
