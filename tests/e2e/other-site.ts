/**
 * Another site on another port, for the embed tests: an article page holding the 嵌入 code a reader
 * copied, opened in the page while `check` runs, then closed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export async function inOtherSite(page: Page, code: string, check: () => Promise<void>): Promise<void> {
  const other = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>一篇报道</title><p>报道正文</p>${code}`);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' });
    await check();
  } finally {
    await new Promise((resolve) => other.close(resolve));
  }
}
