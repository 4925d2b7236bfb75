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
