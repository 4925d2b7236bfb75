/**
 * The regions of a document, found once. Indexes are 0-based line indexes (the fixture's line
 * number minus one), read off the fixtures by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findRegions } from '../../../src/lib/parse/regions.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';

const fixture = (rel: string) => textToDocument(readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url), 'utf8'));

test('a report with headings: every heading, each table from its start to the next section, the text between headings', () => {
  const doc = fixture('layouts/tab.txt');
  assert.equal(doc.lines.length, 81, '80 lines and the empty one after the last line break');
  const r = findRegions(doc);
  // 一、总体情况 on line 7, 二 on 19, 三 on 36, 四 on 67, 五 on 74, 六 on 78.
  assert.deepEqual(r.headings, { overview: 6, active: 18, applications: 35, review: 66, problems: 73, other: 77 });
  // Section 二 from 第二十条第（一）项 (line 21) to table 三's identity note (line 38).
  assert.deepEqual(r.disclosure, { startIndex: 20, endIndex: 37 });
  // Table 三 from the identity note to the heading 四 (line 67), which names 行政复议.
  assert.deepEqual(r.applications, { startIndex: 37, endIndex: 66 });
  // Table 四 from that heading to the heading 五 (line 74).
  assert.deepEqual(r.review, { startIndex: 66, endIndex: 73 });
  assert.deepEqual(r.text, {
    overview: { startIndex: 7, endIndex: 18 },
    problems: { startIndex: 74, endIndex: 77 },
    other: { startIndex: 78, endIndex: 81 },
  });
});

test('a report without headings: the tables are found by their own markers, the text sections are not', () => {
  const doc = fixture('damage/no-headings.txt');
  const r = findRegions(doc);
  // 三、本年度办理结果 (line 37) and 四、结转下年度继续办理 (line 59) are table rows, not headings.
  assert.deepEqual(r.headings, {});
  // Line 9's prose mentions 收到政府信息公开申请 and 行政复议, but starts no table.
  assert.deepEqual(r.disclosure, { startIndex: 16, endIndex: 31 });
  assert.deepEqual(r.applications, { startIndex: 31, endIndex: 60 });
  // Table 四's header (line 61) to the end: nothing marks section 五 or 六.
  assert.deepEqual(r.review, { startIndex: 60, endIndex: 69 });
  assert.deepEqual(r.text, { overview: null, problems: null, other: null });
});

test('a table 三 header without a number is no table: section 二 then runs to the heading 三', () => {
  const doc = textToDocument(['二、主动公开政府信息情况', '第二十条第（五）项', '行政许可\t4', '三、收到和处理政府信息公开申请情况', '申请人情况', '（本表无数据）'].join('\n'));
  const r = findRegions(doc);
  assert.equal(r.applications, null);
  assert.deepEqual(r.disclosure, { startIndex: 1, endIndex: 3 });
});

test('section 五 begun without its numbered heading still ends table 四', () => {
  const doc = textToDocument(['行政复议\t行政诉讼', '1\t0\t0\t0\t1', '存在问题和改进措施', '一是公开不够及时。'].join('\n'));
  const r = findRegions(doc);
  assert.deepEqual(r.review, { startIndex: 0, endIndex: 2 });
  assert.equal(r.text.problems, null, 'no heading 五、: no text region');
});

const doc = (...lines: string[]) => textToDocument(lines.join('\n'));
/** Two rows of table 三 with numbers, and its 四、结转 row: a table that holds values but prints few of its rows. */
const FEW_ROWS = ['一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6', '（七）总计\t5\t1\t0\t0\t0\t0\t6'];

test('a heading printed twice is found where it is first printed; headings out of order are not taken', () => {
  const r = findRegions(doc('一、总体情况', '概述。', '一、总体情况', '二、主动公开政府信息情况'));
  assert.deepEqual(r.headings, { overview: 0, active: 3 });
  // 二 before 一: once 一 is found, 二 is looked for after it.
  assert.deepEqual(findRegions(doc('二、主动公开政府信息情况', '一、总体情况')).headings, { overview: 1 });
});

test('table 三 is looked for from its heading, not from section 二, where a sentence may name its first row', () => {
  const r = findRegions(doc('二、主动公开政府信息情况', '第二十条第（一）项', '本年新收政府信息公开申请情况见下表。', '三、收到和处理政府信息公开申请情况', '申请人情况', ...FEW_ROWS));
  assert.deepEqual(r.applications, { startIndex: 4, endIndex: 7 });
  assert.deepEqual(r.disclosure, { startIndex: 1, endIndex: 4 });
});

test('table 三 starts at its header or at the words of its first row as printed, not at a variant of them', () => {
  // 本年收到 is a key of the row 一 but not its printed label: a sentence with it starts no table.
  const r = findRegions(doc('三、收到和处理政府信息公开申请情况', '本年收到申请较上年增加。', ...FEW_ROWS));
  assert.deepEqual(r.applications, { startIndex: 2, endIndex: 4 });
});

test('a table 三 of a few rows holding numbers, or of blank marks only, is the table', () => {
  assert.deepEqual(findRegions(doc('三、收到和处理政府信息公开申请情况', ...FEW_ROWS)).applications, { startIndex: 1, endIndex: 3 });
  const blank = findRegions(doc('三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t/\t/', '（七）总计\t—'));
  assert.deepEqual(blank.applications, { startIndex: 1, endIndex: 3 });
});

test('a table 三 printed with most of its rows and no number is the table; with fewer it is not', () => {
  const labels = ['申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
    '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密',
    '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷'];
  // 11 rows by their labels, and 3.其他 and （七）总计 by the header's 其他 and 总计: 13 of 25.
  assert.deepEqual(findRegions(doc(...labels)).applications, { startIndex: 0, endIndex: 14 });
  assert.equal(findRegions(doc(...labels.slice(0, -1))).applications, null);
});

test('without its header or the words of its first row, table 三 is not found', () => {
  const r = findRegions(doc('三、收到和处理政府信息公开申请情况', '一、本年新政府信息公开申请数量\t5\t6', '（七）总计\t5\t6'));
  assert.equal(r.applications, null);
});

test('a sentence naming 行政复议 just before table 三 does not end it', () => {
  const r = findRegions(doc('三、收到和处理政府信息公开申请情况', '本部分不含行政复议案件。', '申请人情况', ...FEW_ROWS, '四、政府信息公开行政复议、行政诉讼情况'));
  assert.deepEqual(r.applications, { startIndex: 2, endIndex: 5 });
});

test('section 二 is found only before table 三; without its markers there is none', () => {
  const after = findRegions(doc('三、收到和处理政府信息公开申请情况', '申请人情况', ...FEW_ROWS, '第二十条第（一）项'));
  assert.equal(after.disclosure, null);
  assert.equal(findRegions(doc('二、主动公开政府信息情况', '本年主动公开信息312条。')).disclosure, null);
});

test('table 四 without table 三 is looked for from its heading; a line of table 四’s header is at most 40 characters', () => {
  const r = findRegions(doc('一、总体情况', '行政复议0件', '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '0\t0\t0\t0\t0'));
  assert.deepEqual(r.review, { startIndex: 2, endIndex: 5 });
  // After table 三: a sentence of 41 characters naming 行政复议 is no header; one of 40 is.
  const sentence = (n: number) => `本年度发生行政复议${'一'.repeat(n - 9)}`;
  const long = findRegions(doc('申请人情况', ...FEW_ROWS, sentence(41), '行政复议\t行政诉讼', '0\t0'));
  assert.deepEqual(long.review, { startIndex: 4, endIndex: 6 });
  const short = findRegions(doc('申请人情况', ...FEW_ROWS, sentence(40), '行政复议\t行政诉讼', '0\t0'));
  assert.deepEqual(short.review, { startIndex: 3, endIndex: 6 });
});

test('the website footer is looked for after the heading 六, or 五, or from the top without either', () => {
  // 联系我们 in section 五 before 六 is the report's text; the footer is the one after 六.
  const r = findRegions(doc('主办单位：某县人民政府', '五、存在的主要问题及改进情况', '联系我们：0512-1234567', '六、其他需要报告的事项', '无。', '版权所有 某县人民政府'));
  assert.deepEqual(r.text.problems, { startIndex: 2, endIndex: 3 });
  assert.deepEqual(r.text.other, { startIndex: 4, endIndex: 5 });
  // Only 五: the footer after it ends its text.
  assert.deepEqual(findRegions(doc('五、存在的主要问题及改进情况', '无。', '网站地图', '关闭窗口')).text.problems, { startIndex: 1, endIndex: 2 });
  // Neither: from the top.
  assert.deepEqual(findRegions(doc('一、总体情况', '网站地图', '概述')).text.overview, { startIndex: 1, endIndex: 1 });
});

test('a footer whose words are printed across two cells of a row is still the footer', () => {
  const r = findRegions(doc('六、其他需要报告的事项', '无。', '技术\t支持：某网络公司'));
  assert.deepEqual(r.text.other, { startIndex: 1, endIndex: 2 });
});

test('most of table 三’s rows printed without its header or its first row’s words: no table', () => {
  const rows = ['一、本年新政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密',
    '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
    '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '3.其他', '（七）总计'].map((l) => `${l}\t1\t2`);
  assert.equal(findRegions(doc('三、收到和处理政府信息公开申请情况', ...rows)).applications, null);
});

test('a note under table 三 that names a mark of section 五 ends it; table 四 after it is read whole', () => {
  const r = findRegions(doc('申请人情况', ...FEW_ROWS, '注：本表数据不存在问题。', '行政复议\t行政诉讼', '1\t0\t0\t0\t1'));
  assert.deepEqual(r.applications, { startIndex: 0, endIndex: 3 });
  assert.deepEqual(r.review, { startIndex: 4, endIndex: 6 });
});
