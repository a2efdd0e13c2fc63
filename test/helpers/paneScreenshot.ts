/**
 * Screenshots of the pane's states at Excel's narrow width, taken by the browser tests into
 * .tmp/screenshots/ for review (the "Done when" asks for each state at 320 px).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(__dirname, '../../.tmp/screenshots');

export async function paneScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `pane-320-${name}.png`) });
}
