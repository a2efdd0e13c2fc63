/**
 * Debian's Chromium driven by playwright-core, against pages served from a local folder.
 * Every request that does not go to the local server is blocked (and recorded).
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1; `extra` maps a URL path to a body (e.g. a stand-in office.js). */
export async function serveFolder(root: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (extra[pathname] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(pathname)] ?? 'text/plain' });
      res.end(extra[pathname]);
      return;
    }
    const file = path.join(root, pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page whose requests may only reach `allowedOrigin`; others are aborted and listed in
 * `blocked`. `rewrite` can answer chosen URLs itself (e.g. the office.js CDN).
 */
export async function isolatedPage(
  browser: Browser,
  allowedOrigin: string,
  rewrite: Record<string, string> = {},
): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (rewrite[url] !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: rewrite[url] });
    } else if (url.startsWith(allowedOrigin)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  return { page, blocked, errors };
}

/**
 * In the preview's simulated Excel, the clerk retypes two contract headers beyond spacing or
 * case, as by typing into the header cell (which renames the column): GCN "Số GCN đã cấp"
 * and "Khen thưởng" "Ngày quyết định".
 */
export async function retypeContractHeaders(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      const retype = [
        { table: 'GCN', from: 'Số GCN đã cấp', to: 'Số giấy đã cấp' },
        { table: 'KhenThuong', from: 'Ngày quyết định', to: 'Ngày ký' },
      ];
      const headers = retype.map((r) => context.workbook.tables.getItem(r.table).getHeaderRowRange().load('values'));
      await context.sync();
      retype.forEach((r, i) => {
        const column = (headers[i].values[0] as string[]).indexOf(r.from);
        if (column < 0) throw new Error(`no header "${r.from}"`);
        headers[i].getCell(0, column).values = [[r.to]];
      });
      await context.sync();
    });
  });
}

/** Every sheet's used range and formulas in the preview's simulated Excel (to show that nothing was written). */
export function sheetContents(page: Page): Promise<{ sheet: string; address: string | null; formulas: unknown[][] | null }[]> {
  return page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    return excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('address,formulas'));
      await context.sync();
      return used.map((range, i) => ({ sheet: sheets.items[i].name, address: range.isNullObject ? null : range.address, formulas: range.isNullObject ? null : range.formulas }));
    });
  });
}
