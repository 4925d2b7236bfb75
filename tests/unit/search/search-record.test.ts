/**
 * The full-text record of a report: its title, agency, key numbers, stated pre-2019 totals and
 * sections 一, 五, 六, never the tables' labels; filters by year, level and kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchRecord } from '../../../src/lib/search/search-record.ts';
import { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

test('a 2019-template report: title, agency, key numbers and the sections that have text', () => {
  const r = Report.parse({
    ...makeReport({ id: '2024-qian-dian-zhen', cells: { 'applications.newReceived.total': 3, 'reviewLitigation.reconsideration.total': 1 } }),
    sections: { overview: '全年收到申请3件。\n\n被申请行政复议1件。', problems: '', other: '无。' },
  });
  const record = searchRecord(r);
  assert.equal(record.url, '/report/2024-qian-dian-zhen/');
  assert.equal(record.language, 'zh-cn');
  assert.deepEqual(record.meta, { title: '钱店镇2024年政府信息公开工作年度报告' });
  assert.deepEqual(record.filters, { 年度: ['2024'], 层级: ['乡镇级'], 类型: ['年度报告'] });
  assert.equal(
    record.content,
    ['钱店镇2024年政府信息公开工作年度报告', '钱店镇', '本年新收申请3件；行政复议1件。', '一、总体情况', '全年收到申请3件。', '被申请行政复议1件。', '六、其他需要报告的事项', '无。'].join('\n'),
  );
  assert.doesNotMatch(record.content, /五、/, 'a section without text adds no heading');
  assert.doesNotMatch(record.content, /商业秘密|维持/, 'no table labels');
});

test('a report without a year is filtered as 不详; a pre-2019 report indexes the totals it states', () => {
  const base = makeReport({ id: 'nd-x', year: null, template: 'pre2019', level: 'county' });
  const r = Report.parse({ ...base, pre2019: { activeDisclosed: 120, applicationsTotal: 4, reconsideration: null, litigation: 0 } });
  const record = searchRecord(r);
  assert.deepEqual(record.filters.年度, ['不详']);
  assert.deepEqual(record.filters.层级, ['县级']);
  assert.match(record.content, /主动公开政府信息数120\n收到政府信息公开申请总数4\n行政诉讼数0/);
  assert.doesNotMatch(record.content, /行政复议数/, 'a blank total is left out');
});
