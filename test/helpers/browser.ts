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
