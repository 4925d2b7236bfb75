/**
 * The passages of a report found in another, on short hand-made lines. Counting as in
 * copied.test.ts: punctuation dropped, every run of 8 characters a shingle, and a character is
 * marked when a shingle holding it is in both reports' prose; no 8 characters repeat in these texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copiedPassages, reportPassages, type PassageSource } from '../../../src/lib/check/copied-passages.ts';
import { proseOf } from '../../../src/lib/check/copied.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import type { SourceLine } from '../../../src/lib/template/source-lines.ts';
import { makeReport } from '../fixture-reports.ts';

const FIRST = '本年度我镇认真贯彻落实政府信息公开条例，';
const SECOND = '围绕中心工作主动公开各类信息，及时回应群众关切。';
const TABLE: SourceLine = { line: 5, cells: ['本年新收政府信息公开申请数量', '11'] };

/** A report's lines, and its prose: the text of its lines that are no table row. */
function source(id: string, lines: SourceLine[]): PassageSource {
  const overview = lines.filter((l) => l.cells.length === 1).map((l) => l.cells[0]).join('');
  return { id, lines, prose: proseOf({ sections: { overview, problems: '', other: '' } }) };
}

const LAST_YEAR = source('2023-jia', [{ line: 1, cells: [FIRST] }, { line: 2, cells: [SECOND] }, { ...TABLE, cells: [TABLE.cells[0]!, '7'] }]);

test('a lightly edited copy: every character outside the 8-character reach of the edit is marked, the table label never', () => {
  // 中心 → 重点: the prose is 本年度…条例 (19 characters, 0–18) then 围绕重点…关切 (22, 19–40), the
  // edit at 21–22. Shingles starting at 14–22 hold it; those at 0–13 and 23–33 are found in 2023 and
  // mark characters 0–20 and 23–40: all of line 3 and 围绕 of line 4, then 工作…关切 of line 4.
  const edited = source('2024-jia', [{ line: 3, cells: [FIRST] }, { line: 4, cells: [SECOND.replace('中心', '重点')] }, TABLE]);
  assert.deepEqual(copiedPassages(edited, [LAST_YEAR]), [
    // 本…例: offsets 0–19, the comma at 19 left out
    { line: 3, column: 1, start: 0, end: 19, otherId: '2023-jia', otherLine: { line: 1 } },
    // 围绕: 0–2
    { line: 4, column: 1, start: 0, end: 2, otherId: '2023-jia', otherLine: { line: 2 } },
    // 工 at 4 to 切 at 22, the comma at 14 within, the full stop at 23 left out
    { line: 4, column: 1, start: 4, end: 23, otherId: '2023-jia', otherLine: { line: 2 } },
  ]);
});

test('a passage that runs on to the next line of the other report links to the line that holds its start', () => {
  // The same 41 characters, broken after 信息公开 (17 characters, 0–16) and printed on page 2.
  const rebroken = source('2024-yi', [
    { page: 2, line: 7, cells: ['本年度我镇认真贯彻落实政府信息公开'] },
    { page: 2, line: 8, cells: ['条例，围绕中心工作主动公开各类信息，及时回应群众关切。'] },
  ]);
  assert.deepEqual(copiedPassages(rebroken, [LAST_YEAR]), [
    { page: 2, line: 7, column: 1, start: 0, end: 17, otherId: '2023-jia', otherLine: { line: 1 } },
    // 条例 is on line 1 of 2023, 围绕… on line 2: the piece links where its first character is
    { page: 2, line: 8, column: 1, start: 0, end: 26, otherId: '2023-jia', otherLine: { line: 1 } },
  ]);
});

test('a character found in two reports is marked for the first; a cell’s offsets count a character outside the BMP as two', () => {
  // 𠀀 (U+20000) is two UTF-16 units: SECOND starts at offset 3 of the cell.
  const own = source('2024-bing', [{ line: 1, cells: ['𠀀，' + SECOND] }]);
  const sameYear = source('2024-ding', [{ sheet: '表一', line: 9, cells: [SECOND] }]);
  const older = source('2023-bing', [{ line: 4, cells: ['与本文无关的一段文字写在这里，' + SECOND.slice(0, 12)] }]);
  // 2023 holds SECOND's first 12 characters, 围 to 类 (5 shingles: offsets 3–14 of the cell); the
  // same year's report all of SECOND, so it gets the rest, 信 at 15 to 切 at 25.
  assert.deepEqual(copiedPassages(own, [older, sameYear]), [
    { line: 1, column: 1, start: 3, end: 15, otherId: '2023-bing', otherLine: { line: 4 } },
    { line: 1, column: 1, start: 15, end: 26, otherId: '2024-ding', otherLine: { sheet: '表一', line: 9 } },
  ]);
});

function withText(id: string, agency: string, year: number, overview: string, copied?: Report['copied']): Report {
  const r = { ...makeReport({ id, agency, year }), sections: { overview, problems: '', other: '' } };
  return copied ? { ...r, copied } : r;
}

test('reportPassages reads the lines of the reports `copied` names, and of no other', () => {
  const text = FIRST + SECOND;
  const reports = new Map<string, { report: Report; lines: SourceLine[] }>([
    ['2023-jia', { report: withText('2023-jia', '甲镇', 2023, text), lines: [{ line: 1, cells: [FIRST] }, { line: 2, cells: [SECOND] }] }],
    ['2024-jia', { report: withText('2024-jia', '甲镇', 2024, text, { previousId: '2023-jia', previousShare: 1, sameYear: [] }), lines: [{ line: 3, cells: [text] }] }],
    ['2024-wu', { report: withText('2024-wu', '戊镇', 2024, text, { previousId: '2023-wu', previousShare: 0, sameYear: [] }), lines: [{ line: 3, cells: [text] }] }],
  ]);
  const asked: string[] = [];
  const find = (id: string) => {
    asked.push(id);
    return reports.get(id);
  };
  assert.deepEqual(reportPassages(reports.get('2024-jia')!.report, find), [
    // FIRST's 19 letters and SECOND's 22 are found across 2023's lines 1 and 2: one piece, 本 to 切
    { line: 3, column: 1, start: 0, end: 43, otherId: '2023-jia', otherLine: { line: 1 } },
  ]);
  assert.deepEqual(asked, ['2023-jia', '2024-jia']);
  asked.length = 0;
  // Nothing of 戊镇 2024 was found in its previous report: no lines read back.
  assert.deepEqual(reportPassages(reports.get('2024-wu')!.report, find), []);
  assert.deepEqual(asked, []);
});

test('a table row whose label the prose quotes is never marked, and a row before the prose leaves the prose’s places as printed', () => {
  // 本年新收…数量 (14 letters, 0–13) 较上年有所增加 (14–20), the comma at 21, 主要…领域 (22–32), the full stop at 33.
  const quoting = '本年新收政府信息公开申请数量较上年有所增加，主要集中在规划建设领域。';
  const own = source('2024-geng', [{ line: 1, cells: [TABLE.cells[0]!, '11'] }, { line: 2, cells: [quoting] }]);
  const other = source('2024-xin', [{ line: 6, cells: [quoting] }]);
  // The row's letters with its 11 are no run of the prose: the row is not read, though its label's shingles are in both.
  assert.deepEqual(copiedPassages(own, [other]), [{ line: 2, column: 1, start: 0, end: 33, otherId: '2024-xin', otherLine: { line: 6 } }]);
});

test('a passage is broken at each cell, each piece with its own column and offsets', () => {
  const text = FIRST + SECOND;
  const own: PassageSource = { id: '2024-jia', lines: [{ line: 3, cells: [FIRST, SECOND] }], prose: proseOf({ sections: { overview: text, problems: '', other: '' } }) };
  assert.deepEqual(copiedPassages(own, [LAST_YEAR]), [
    { line: 3, column: 1, start: 0, end: 19, otherId: '2023-jia', otherLine: { line: 1 } },
    // 围 at 0 to 切 at 22 of the second cell; 围 is on 2023's line 2
    { line: 3, column: 2, start: 0, end: 23, otherId: '2023-jia', otherLine: { line: 2 } },
  ]);
});

test('a text of a single shingle is found: 8 letters in both', () => {
  const own = source('2024-ren', [{ line: 2, cells: ['政务公开工作要点'] }]);
  const other = source('2023-ren', [{ line: 8, cells: ['政务公开工作要点'] }]);
  assert.deepEqual(copiedPassages(own, [other]), [{ line: 2, column: 1, start: 0, end: 8, otherId: '2023-ren', otherLine: { line: 8 } }]);
});

test('a passage the other report prints twice links to the first line that holds it', () => {
  const own = source('2024-gui', [{ line: 4, cells: [SECOND] }]);
  const other = source('2023-gui', [{ line: 1, cells: [SECOND] }, { line: 2, cells: [SECOND] }]);
  assert.deepEqual(copiedPassages(own, [other]), [{ line: 4, column: 1, start: 0, end: 23, otherId: '2023-gui', otherLine: { line: 1 } }]);
});

test('a heading whose letters the prose quotes elsewhere is not marked for the text that follows it in another report', () => {
  // 政府信息公开 stands alone on line 1 and inside FIRST; the other report prints it just before FIRST,
  // so the shingles from the heading into FIRST (政府信息公开本年 … 开本年度我镇认真) are in the other's
  // prose, but not in this report's.
  const heading = '政府信息公开';
  const own: PassageSource = {
    id: '2024-zi',
    lines: [{ line: 1, cells: [heading] }, { line: 2, cells: [FIRST] }],
    prose: proseOf({ sections: { overview: FIRST, problems: '', other: '' } }),
  };
  const other = source('2024-chou', [{ line: 5, cells: [heading + FIRST] }]);
  assert.deepEqual(copiedPassages(own, [other]), [{ line: 2, column: 1, start: 0, end: 19, otherId: '2024-chou', otherLine: { line: 5 } }]);
});

test('reportPassages: nothing for a report not compared; a named report that cannot be found is left out, the others read', () => {
  const text = FIRST + SECOND;
  const reports = new Map<string, { report: Report; lines: SourceLine[] }>([
    ['2024-jia', { report: withText('2024-jia', '甲镇', 2024, text, { previousId: '2023-jia', previousShare: 0.9, sameYear: [{ id: '2024-yi', share: 1 }] }), lines: [{ line: 3, cells: [text] }] }],
    ['2024-yi', { report: withText('2024-yi', '乙镇', 2024, text), lines: [{ line: 6, cells: [FIRST] }, { line: 7, cells: [SECOND] }] }],
  ]);
  const asked: string[] = [];
  const find = (id: string) => {
    asked.push(id);
    return reports.get(id);
  };
  assert.deepEqual(reportPassages(withText('2024-bing', '丙镇', 2024, text), find), []);
  assert.deepEqual(asked, []);
  // 2023-jia is not there: the passage is the same year's report's.
  assert.deepEqual(reportPassages(reports.get('2024-jia')!.report, find), [
    { line: 3, column: 1, start: 0, end: 43, otherId: '2024-yi', otherLine: { line: 6 } },
  ]);
  assert.deepEqual(asked, ['2023-jia', '2024-yi', '2024-jia']);
});
