/**
 * The full-text record of a report: its title, agency and the words of sections 一, 五, 六; never
 * its numbers, section headings or the tables' labels; filters by year, level and kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchRecord } from '../../../src/lib/search/search-record.ts';
import { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

test('a report: title, agency and the paragraphs of its text sections, and nothing else', () => {
  const r = Report.parse({
    ...makeReport({ id: '2024-qian-dian-zhen', cells: { 'applications.newReceived.total': 3, 'reviewLitigation.reconsideration.total': 0, 'applications.withheldStateSecret.total': 0 } }),
    sections: { overview: '全年收到申请3件。\n\n坚决纠治“指尖上的形式主义”。', problems: '', other: '无。' },
  });
  const record = searchRecord(r);
  assert.equal(record.url, '/report/2024-qian-dian-zhen/');
  assert.equal(record.language, 'zh-cn');
  assert.deepEqual(record.meta, { title: '钱店镇2024年政府信息公开工作年度报告' });
  assert.deepEqual(record.filters, { 年度: ['2024'], 层级: ['乡镇级'], 类型: ['年度报告'] });
  assert.equal(record.content, ['钱店镇2024年政府信息公开工作年度报告', '钱店镇', '全年收到申请3件。', '坚决纠治“指尖上的形式主义”。', '无。'].join('\n'));
  // The key numbers sentence would say 行政复议0件 and 不予公开0件: such words come only from the text.
  assert.doesNotMatch(record.content, /行政复议|不予公开|本年新收/);
  assert.doesNotMatch(record.content, /总体情况|其他需要报告的事项/, 'no section headings');
});

test('a report without a year is filtered as 不详; a pre-2019 report’s totals are numbers, not words to search', () => {
  const base = makeReport({ id: 'nd-x', year: null, template: 'pre2019', level: 'county' });
  const r = Report.parse({ ...base, pre2019: { activeDisclosed: 120, applicationsTotal: 4, reconsideration: 1, litigation: 0 } });
  const record = searchRecord(r);
  assert.deepEqual(record.filters.年度, ['不详']);
  assert.deepEqual(record.filters.层级, ['县级']);
  assert.doesNotMatch(record.content, /主动公开政府信息数|行政复议数|120/);
});
