import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textToDocument } from '../../../src/lib/read/text.ts';
import { segmentLines } from '../../../src/lib/parse/segments.ts';

const values = (text: string) => segmentLines(textToDocument(text).lines).map((s) => [s.near, s.values.map((v) => v.value)]);

test('tab rows: filler empties at the ends are dropped, an empty cell between numbers is a blank', () => {
  assert.deepEqual(values('\t\t1.属于国家秘密\t\t0\t3\t\t0\t'), [['1.属于国家秘密', [0, 3, null, 0]]]);
});

test('one cell per line: the numbers after a label belong to it until the next label', () => {
  assert.deepEqual(values('\t（三）不予公开\n\t1.属于国家秘密\n\t2\n\n\t0\n\t2\n\t2.其他\n\t0'), [
    ['1.属于国家秘密', [2, 0, 2]],
    ['2.其他', [0]],
  ]);
});

test('a label wrapped around its numbers keeps both halves in view', () => {
  const [segment] = segmentLines(textToDocument('5.要求行政机关确认或重新出\n1  0  0  0  0  0  1\n具已获取信息').lines);
  assert.equal(segment!.before, '5.要求行政机关确认或重新出');
  assert.deepEqual(segment!.values.map((v) => v.value), [1, 0, 0, 0, 0, 0, 1]);
});

test('blank marks are values (null), so they keep their column', () => {
  assert.deepEqual(values('| 3.其他 | / | 0 | — | 无 | - | 0 | 1 |'), [['3.其他', [null, 0, null, null, null, 0, 1]]]);
});

test('Markdown headings are section headings', async () => {
  const { findRegions } = await import('../../../src/lib/parse/regions.ts');
  const doc = textToDocument('# 标题\n## 一、总体情况\n正文\n**二、主动公开政府信息情况**\n表');
  assert.deepEqual(findRegions(doc).headings, { overview: 1, active: 3 });
});

test('section 六 ends where the website footer starts', async () => {
  const { parseReport } = await import('../../../src/lib/parse/report.ts');
  const { htmlToDocument } = await import('../../../src/lib/read/html.ts');
  const html = `<h1>钱店镇2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>概述。</p>
    <p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p><p>钱店镇人民政府</p>
    <div class="footer"><p>主办单位：某县人民政府办公室</p><p>网站标识码：1234567890 ICP备12345678号</p></div>`;
  const report = parseReport(htmlToDocument(html));
  assert.ok(!('notReport' in report));
  if (!('notReport' in report)) assert.equal(report.sections.other, '本年度未收取信息处理费。\n钱店镇人民政府');
});
