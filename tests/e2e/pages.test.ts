/**
 * Every page kind loads with no console errors, no failed request and no request leaving the
 * site, and axe-core finds no serious or critical accessibility violation, on a desktop and a
 * phone viewport.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, builtReports, DESKTOP, openPage, PHONE, start, type Harness, agencySlugOf } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

function pageKinds(): { name: string; path: string; ready?: string }[] {
  const reports = builtReports();
  const failing = reports.find((r) => r.checks.some((c) => !c.ok))!;
  const multi = reports.find((r) => r.agency === '钱店镇')!;
  const agencySlug = agencySlugOf(multi.id);
  const other = agencySlugOf(reports.find((r) => r.agency === '苏家作乡')!.id);
  return [
    { name: '总览', path: '', ready: 'bar-chart canvas' },
    { name: '年度总览', path: `year/${multi.year}/`, ready: 'bar-chart canvas' },
    { name: '机关列表', path: 'agencies/', ready: 'agency-list tbody tr' },
    { name: '机关页', path: `agency/${agencySlug}/`, ready: 'line-chart canvas' },
    { name: '报告页', path: `report/${multi.id}/`, ready: '.bar-list .bar' },
    { name: '有未通过核对的报告页', path: `report/${failing.id}/`, ready: '#checks' },
    { name: '对比', path: `compare/?a=${agencySlug}&a=${other}&y=2024`, ready: '.compare-table' },
    { name: '地区（全国）', path: 'place/' },
    { name: '地区（县）', path: 'place/411625/' },
    { name: '乡镇比较', path: 'place/411625/townships/', ready: 'bar-chart canvas' },
    { name: '数据核查', path: 'quality/' },
    { name: '数据下载', path: 'downloads/' },
    { name: '说明', path: 'about/' },
    { name: '搜索', path: `search/?q=${encodeURIComponent('钱店镇')}`, ready: '.results li' },
    { name: '404', path: 'no-such-page/' },
  ];
}

for (const [device, viewport] of [['桌面', DESKTOP], ['手机', PHONE]] as const) {
  describe(`every page kind (${device})`, () => {
    test('loads cleanly and passes axe-core', async () => {
      for (const kind of pageKinds()) {
        const w = await openPage(h, { viewport });
        await w.page.goto(h.server.url + kind.path, { waitUntil: 'networkidle' });
        if (kind.ready) await w.page.waitForSelector(kind.ready, { timeout: 10_000 });
        assert.equal(await w.page.getAttribute('html', 'lang'), 'zh-CN');
        assert.ok((await w.page.title()).includes('公开年报看板'), `${kind.name}: title`);
        const problems = kind.name === '404' ? w.problems.filter((p) => !p.startsWith('404:') && !p.includes('404 (Not Found)')) : w.problems;
        assert.deepEqual(problems, [], `${kind.name} (${kind.path}): problems`);
        assert.deepEqual(w.outside, [], `${kind.name}: requests leaving the site`);
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${kind.name}: page wider than the viewport by ${overflow}px`);
        assert.deepEqual(await axeViolations(w.page), [], `${kind.name}: axe-core`);
        await w.context.close();
      }
    });
  });
}

test('the dark theme applies and is kept when chosen', async () => {
  const w = await openPage(h, { colorScheme: 'light' });
  await w.page.goto(h.server.url, { waitUntil: 'networkidle' });
  const bg = () => w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await w.page.click('theme-toggle button'); // system → light
  await w.page.click('theme-toggle button'); // light → dark
  assert.equal(await w.page.getAttribute('html', 'data-theme'), 'dark');
  assert.notEqual(await bg(), light);
  await w.page.reload({ waitUntil: 'networkidle' });
  assert.equal(await w.page.getAttribute('html', 'data-theme'), 'dark');
  assert.deepEqual(await axeViolations(w.page), [], 'axe-core in the dark theme');
  await w.context.close();
});
