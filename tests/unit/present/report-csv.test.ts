/** A report's CSV in the official tables' layout, on the hand-checked RICH report (table 三 by its 总计 column). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { reportCsvText } from '../../../src/lib/present/report-csv.ts';
import { APPLICATIONS_HEADER } from '../../../src/lib/template/applications.ts';
import { Report } from '../../../src/lib/template/schema.ts';
import { makeReport, RICH } from '../fixture-reports.ts';

const rows = (text: string) => Papa.parse<string[]>(text.slice(1).trim()).data;

test('table 三 as printed: its caption, the three header rows with merged cells left empty, a row per printed row, numbers in place', () => {
  const text = reportCsvText({ ...RICH, inferred: ['applications.unableNotHeld.total'], unread: ['applications.carriedOver'] });
  assert.ok(text.startsWith('\uFEFF'));
  const all = rows(text);
  assert.equal(all[0]![0], RICH.title);
  const at = all.findIndex((r) => r[0] === '三、收到和处理政府信息公开申请情况');
  assert.ok(at > 0);
  // 3 label columns, 7 value columns, the note column.
  assert.deepEqual(all[at + 1], [APPLICATIONS_HEADER.identityNote, '', '', '申请人情况', '', '', '', '', '', '', '说明']);
  assert.deepEqual(all[at + 2], ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计', '']);
  assert.deepEqual(all[at + 3], ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '', '']);
  assert.deepEqual(all[at + 4], ['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '', '', '40', '']);
  assert.deepEqual(all[at + 5], ['二、上年结转政府信息公开申请数量', '', '', '', '', '', '', '', '', '5', '自然人未能读出；商业企业未能读出；科研机构未能读出；社会公益组织未能读出；法律服务机构未能读出；其他未能读出']);
  assert.deepEqual(all[at + 6]!.slice(0, 3), ['三、本年度办理结果', '（一）予以公开', '']);
  assert.equal(all[at + 6]![9], '12');
  const notHeld = all.find((r) => r[2] === '1.本机关不掌握相关政府信息')!;
  assert.deepEqual([notHeld[9], notHeld[10]], ['7', '总计为推算值']);
  const total = all.find((r) => r[1] === '（七）总计')!;
  assert.equal(total[9], '39');
});

test('table 四 as one row of 15 under its header; table 二 block by block', () => {
  const all = rows(reportCsvText(RICH));
  const at = all.findIndex((r) => r[0] === '四、政府信息公开行政复议、行政诉讼情况');
  assert.deepEqual(all[at + 1]!.slice(0, 2), ['行政复议', '']);
  assert.deepEqual(all[at + 4]!.slice(0, 6), ['1', '3', '2', '4', '10', '']);
  assert.equal(all[at + 4]![9], '5', '直接起诉 总计');
  assert.equal(all[at + 4]![14], '2', '复议后起诉 总计');
  assert.ok(all.some((r) => r[0] === '第二十条第（一）项'));
});

test('a report under the 2007 条例: the totals it states', () => {
  const old = Report.parse({ ...makeReport({ template: 'pre2019', year: 2017 }), pre2019: { activeDisclosed: 120, applicationsTotal: 4, reconsideration: null, litigation: 0 } });
  assert.deepEqual(rows(reportCsvText(old)).slice(1), [['主动公开政府信息数', '120'], ['收到政府信息公开申请总数', '4'], ['行政复议数', ''], ['行政诉讼数', '0']]);
});
