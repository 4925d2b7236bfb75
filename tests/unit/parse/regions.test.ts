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
