/**
 * The report page's 读取说明: each note with its code's title and hint, and the place in the
 * source it is about. content/reports/003_6e2b379abcfd2652.txt (延津县人民政府办公室 2024) prints
 * the row 1.本机关不掌握相关政府信息 on its line 51 without its 总计, which the identities give as 35.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { builtReports, openPage, start, type Harness } from './browser.ts';

let h: Harness;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.close();
});

test('读取说明 shows the note’s title, its message, the source line and what to do', async () => {
  const r = builtReports().find((x) => x.agency === '延津县人民政府办公室' && x.year === 2024);
  assert.ok(r, 'the sample report 003 is built');
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  const items = await w.page.locator('section:has(> h2:text-is("读取说明")) li').allInnerTexts();
  const inferred = items.find((t) => t.includes('1.本机关不掌握相关政府信息'));
  assert.ok(inferred, items.join('\n'));
  assert.ok(inferred.includes('推算数值：表三“1.本机关不掌握相关政府信息”行'), inferred);
  assert.ok(inferred.includes('（原文第51行）'), inferred);
  assert.ok(inferred.includes('原表空缺的数字按勾稽关系推算得出'), inferred);
  const missing = items.find((t) => t.includes('整列缺失'));
  assert.ok(missing?.includes('原表没有印出这一列'), items.join('\n'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the checks are counted by what they compare, as the checklist below counts them', async () => {
  const r = builtReports().find((x) => x.agency === '石槽镇' && x.year === 2024);
  assert.ok(r, 'the 石槽镇 2024 fixture is built');
  const w = await openPage(h);
  await w.page.goto(`${h.server.url}report/${r.id}/`, { waitUntil: 'networkidle' });
  // A 2021-edition report whose tables read whole: 42 identities, its prose's one number, and the
  // three checks against its 2023 report (上年结转 and 现行有效件数), all holding.
  const line = (await w.page.locator('p', { hasText: /^核对：/ }).innerText()).trim();
  assert.equal(line, '核对：统计表勾稽关系42项通过；正文与表格1项通过；与上年报告3项通过，全部通过。');
  const items = await w.page.locator('#checklist li').allInnerTexts();
  assert.ok(items.some((t) => t.includes('统计表的勾稽关系成立') && t.includes('42项核对全部通过')), items.join('\n'));
  assert.deepEqual(w.problems, []);
  await w.context.close();
});
