/**
 * The browser tests run on a machine without any system Chromium: tools/browser/find-browser.ts falls back to
 * the Chromium of the npm package @sparticuz/chromium, which must start and draw a page with
 * Chinese text and a canvas (what the tests of the site need of it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrowser } from '../../tools/browser/find-browser.ts';
import { launch } from './browser.ts';

test('CHROMIUM_PATH comes first', async () => {
  assert.deepEqual(await findBrowser({ CHROMIUM_PATH: '/opt/mine/chrome', PATH: '/usr/bin' }), { executablePath: '/opt/mine/chrome', source: 'CHROMIUM_PATH' });
});

test('without CHROMIUM_PATH nor a system Chromium, the npm Chromium runs and draws', async () => {
  const found = await findBrowser({ PATH: '/nonexistent' }, []);
  assert.equal(found.source, 'npm');
  const browser = await launch(found);
  try {
    const page = await browser.newPage();
    await page.setContent('<h1>政府信息公开</h1><canvas width="10" height="10"></canvas><script>const c = document.querySelector("canvas").getContext("2d"); c.fillRect(0, 0, 5, 5);</script>');
    assert.equal(await page.textContent('h1'), '政府信息公开');
    const painted = await page.$eval('canvas', (c) => [...(c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 10, 10).data].filter((v, i) => i % 4 === 3 && v > 0).length);
    assert.equal(painted, 25);
  } finally {
    await browser.close();
  }
});
