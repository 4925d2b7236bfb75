/**
 * Copied text, with shares counted by hand. Punctuation is dropped, then every run of 8 characters
 * is a shingle: a text of L characters has L − 7 of them (no 8 characters repeat in these texts).
 * A changed character at position p (0-based, at least 7 from either end) is in the 8 shingles
 * starting at p − 7 … p; two adjacent changed characters in 9.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonShingles, containment, copiedText, eachNormalChar, markCopied, proseOf, shingles } from '../../../src/lib/check/copied.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

function withText(o: Parameters<typeof makeReport>[0], overview: string, problems = '', other = ''): Report {
  return { ...makeReport(o), sections: { overview, problems, other } };
}

// 41 + 20 + 11 = 72 characters without punctuation: 65 shingles.
const OVERVIEW = '本年度我镇认真贯彻落实政府信息公开条例，围绕中心工作主动公开各类信息，及时回应群众关切。';
const PROBLEMS = '存在的问题是公开内容不够全面，更新不够及时。';
const OTHER = '本年度未收取信息处理费。';
// 18 characters appended in 2024.
const ADDED = '下一步将加强培训，提升工作人员业务能力。';

test('prose: sections 一, 五, 六 joined, punctuation, spaces and full-width forms dropped', () => {
  const r = withText({}, '总体，情况 ２０２４', '问题。', 'Ａ其他');
  assert.equal(proseOf(r), '总体情况2024问题a其他');
});

test('prose: each end of the ASCII digits and letters kept, the punctuation beside them dropped; a character beyond U+FFFF kept whole', () => {
  // / 0x2f, : 0x3a, @ 0x40, [ 0x5b, ` 0x60, { 0x7b; 𠀀 is U+20000 (two UTF-16 units), 𝐀 U+1D400 (bold A, compatibility form A).
  assert.equal(proseOf(withText({}, '/0 9: @A Z[ `a z{', '一𠀀乙', '𝐀鿕')), '09azaz一𠀀乙a鿕');
});

test('each character as compared, with its offsets: a full-width letter is one unit, a character beyond U+FFFF two', () => {
  const seen: [string, number, number][] = [];
  // Ａ (U+FF21) 0–1, the full-width comma at 1 skipped, 𠀀 2–4, 甲 4–5.
  eachNormalChar('Ａ，𠀀甲', (chars, start, end) => seen.push([chars, start, end]));
  assert.deepEqual(seen, [
    ['a', 0, 1],
    ['𠀀', 2, 4],
    ['甲', 4, 5],
  ]);
});

test('a lightly edited copy of last year’s report: 56 of its 83 shingles were in 2023', () => {
  const reports = [
    withText({ id: '2023-jia', agency: '甲镇', year: 2023 }, OVERVIEW, PROBLEMS, OTHER),
    // 中心 → 重点 at positions 21–22 (9 shingles new) and 18 characters appended (18 shingles new):
    // 72 + 18 − 7 = 83 shingles, 83 − 9 − 18 = 56 found in 2023; 56 / 83 = 0.6747.
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, OVERVIEW.replace('中心', '重点'), PROBLEMS, OTHER + ADDED),
  ];
  const { copied } = copiedText(reports);
  assert.deepEqual(copied.get('2024-jia'), { previousId: '2023-jia', previousShare: 0.675, sameYear: [] });
  assert.deepEqual(copied.get('2023-jia'), { previousId: null, previousShare: null, sameYear: [] }, 'no 2022 report');
});

test('an unrelated text scores 0 against last year’s', () => {
  const reports = [
    withText({ id: '2023-yi', agency: '乙局', year: 2023 }, OVERVIEW, PROBLEMS, OTHER),
    withText({ id: '2024-yi', agency: '乙局', year: 2024 }, '该局今年重点推进数字化转型，上线掌上办事平台，群众满意度稳步提高，来年还将扩大覆盖范围。'),
  ];
  assert.deepEqual(copiedText(reports).copied.get('2024-yi'), { previousId: '2023-yi', previousShare: 0, sameYear: [] });
});

// 56 characters, 49 shingles; the township's name at position 15.
const template = (town: string) => `本年度严格执行政府信息公开条例，${town}通过政府网站和公开栏发布惠民政策、财政预算和重大项目信息，全年未发生行政复议和诉讼。`;

test('no year, nothing compared; a year missing between two reports leaves no previous one', () => {
  const reports = [
    withText({ id: 'nd-jia', agency: '甲镇', year: null }, OVERVIEW, PROBLEMS, OTHER),
    withText({ id: '2022-jia', agency: '甲镇', year: 2022 }, OVERVIEW, PROBLEMS, OTHER),
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, OVERVIEW, PROBLEMS, OTHER),
  ];
  const { copied } = copiedText(reports);
  assert.equal(copied.has('nd-jia'), false);
  assert.deepEqual(copied.get('2024-jia'), { previousId: null, previousShare: null, sameYear: [] });
});

test('two townships of a year sharing a text: each finds 41 of its 49 shingles in the other', () => {
  const reports = [
    withText({ id: '2024-bing', agency: '丙镇', year: 2024 }, template('丙镇')),
    withText({ id: '2024-ding', agency: '丁镇', year: 2024 }, template('丁镇')),
    // the same text a year earlier is not the same year
    withText({ id: '2023-ji', agency: '己镇', year: 2023 }, template('己镇')),
    withText({ id: '2024-geng', agency: '庚镇', year: 2024 }, OVERVIEW, PROBLEMS, OTHER),
  ];
  const { copied } = copiedText(reports);
  // 丙 at position 15 is in the shingles starting at 8 … 15: 49 − 8 = 41; 41 / 49 = 0.8367.
  assert.deepEqual(copied.get('2024-bing')?.sameYear, [{ id: '2024-ding', share: 0.837 }]);
  assert.deepEqual(copied.get('2024-ding')?.sameYear, [{ id: '2024-bing', share: 0.837 }]);
  assert.deepEqual(copied.get('2023-ji')?.sameYear, []);
  assert.deepEqual(copied.get('2024-geng')?.sameYear, []);
});

test('a county’s townships sharing one text are near copies of each other: three are far fewer than a year’s common wording needs', () => {
  const reports = ['丙镇', '丁镇', '戊镇'].map((town, i) => withText({ id: `2024-${i}`, agency: town, year: 2024 }, template(town)));
  const { copied } = copiedText(reports);
  // each finds 41 of its 49 shingles in each of the others (its name's 8 are its own)
  assert.deepEqual(copied.get('2024-0')?.sameYear.map((s) => s.share), [0.837, 0.837]);
  assert.deepEqual(new Set(copied.get('2024-0')?.sameYear.map((s) => s.id)), new Set(['2024-1', '2024-2']));
  assert.deepEqual(new Set(copied.get('2024-2')?.sameYear.map((s) => s.id)), new Set(['2024-0', '2024-1']));
});

// A county's template: 175 letters and digits, 168 shingles; it ends where each township's own
// count of the documents it published follows.
const COUNTY =
  '本年度，我镇坚持以公开为常态、不公开为例外原则，围绕财政预决算、重大建设项目、社会救助、乡村振兴等重点领域，及时准确公开政府信息。' +
  '严格落实政府信息公开审查机制，通过政府网站、政务新媒体、公开栏等渠道主动公开各类政府信息。定期对已公开信息进行梳理，及时更新、清理过期失效信息，确保公开信息准确、完整。' +
  '将政府信息公开工作纳入年度目标考核，定期开展自查，发现问题及时整改。全年累计主动公开政府信息';
// 44 letters and digits: with the template, 44 shingles hold one of them.
const OWN_JIA = '217条，收到政府信息公开申请12件，均已按期办结。今年新建了村级公开栏36块，组织业务培训4次。';
// 38 letters and digits, none of their runs of 8 in the other texts.
const OWN_BING = '98条。今年重点推进乡村振兴领域信息公开，更新栏目内容40余次，未发生行政复议案件。';

test('the year’s common wording is left out: townships sharing a template are not copies, two sharing their own sentences too are', () => {
  // 50 more reports of the year on the template, each with 40 characters of its own: the template
  // is then in 53 of the year's 53 reports, more than 50 and more than 1%: common wording.
  const others = Array.from({ length: 50 }, (_, i) => withText({ id: `2024-o${i}`, agency: `第${i}镇`, year: 2024 }, COUNTY + ownText(i + 1, 40)));
  const reports = [
    ...others,
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, COUNTY + OWN_JIA),
    // 乙镇 copies 甲镇's own sentences and changes one digit (217 → 247): 8 of their 44 shingles differ.
    withText({ id: '2024-yi', agency: '乙镇', year: 2024 }, COUNTY + OWN_JIA.replace('217', '247')),
    withText({ id: '2024-bing', agency: '丙镇', year: 2024 }, COUNTY + OWN_BING),
  ];
  const { copied } = copiedText(reports);
  // The template's 168 shingles are in all three; 36 of 甲镇's other 44 are in 乙镇's: 36 / 44 = 0.818
  // (on all the text it would be 204 / 212 = 0.962).
  assert.deepEqual(copied.get('2024-jia')?.sameYear, [{ id: '2024-yi', share: 0.818 }]);
  assert.deepEqual(copied.get('2024-yi')?.sameYear, [{ id: '2024-jia', share: 0.818 }]);
  // 丙镇 shares only the template: on all its text 168 of 206 shingles, 0.816, would have been a copy of both.
  assert.deepEqual(copied.get('2024-bing')?.sameYear, []);
});

test('last year’s report is compared on all its text, common wording included', () => {
  const reports = [
    withText({ id: '2023-jia', agency: '甲镇', year: 2023 }, COUNTY + OWN_JIA),
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, COUNTY + OWN_BING),
    withText({ id: '2024-yi', agency: '乙镇', year: 2024 }, COUNTY + OWN_JIA),
    withText({ id: '2024-bing', agency: '丙镇', year: 2024 }, COUNTY + OWN_JIA.replace('217', '247')),
  ];
  // the template's 168 of the 206 shingles of 甲镇's 2024 text: 0.8155
  assert.equal(copiedText(reports).copied.get('2024-jia')?.previousShare, 0.816);
});

test('below 80% shared is not the same text; one agency’s two versions of a year are not copies', () => {
  // shares the template's first 33 characters: 18 of its 48 shingles
  const half = '本年度严格执行政府信息公开条例，辛镇通过政府网站和公开栏发布惠民政策，另外还召开了三次新闻发布会并回答了记者的提问。';
  const reports = [
    withText({ id: '2024-bing', agency: '丙镇', year: 2024 }, template('丙镇')),
    withText({ id: '2024-xin', agency: '辛镇', year: 2024 }, half),
    withText({ id: '2024-bing-2', agency: '丙镇', year: 2024 }, template('丙镇')),
  ];
  const { copied } = copiedText(reports);
  assert.deepEqual(copied.get('2024-bing')?.sameYear, []);
  assert.deepEqual(copied.get('2024-xin')?.sameYear, []);
});

test('a text of fewer than 30 shingles is not compared', () => {
  // the template's first 36 characters: 29 shingles, all of them in the 2023 report
  const short = '本年度严格执行政府信息公开条例甲镇通过政府网站和公开栏发布惠民政策财政预';
  const reports = [withText({ id: '2024-a', agency: '甲镇', year: 2024 }, short), withText({ id: '2023-a', agency: '甲镇', year: 2023 }, template('甲镇'))];
  const { copied } = copiedText(reports);
  assert.equal(copied.has('2024-a'), false);
  assert.equal(copied.has('2023-a'), true);
});

test('common wording: in more than 1% of the year’s reports and in at least 50', () => {
  // `n` reports' sets: each [hash, k] puts the hash in the first k of them.
  const sets = (n: number, spread: [hash: number, reports: number][]) =>
    Array.from({ length: n }, (_, r) => Uint32Array.from(spread.filter(([, reports]) => r < reports).map(([hash]) => hash)));
  // Of 60 reports: in 50, common; in 49 (a county's townships, however many), not.
  assert.deepEqual([...commonShingles(sets(60, [[701, 50], [702, 49]]))], [701]);
  // Of 6,000: 1% is 60, so that 61 reports are needed, 50 and 60 are not enough.
  assert.deepEqual([...commonShingles(sets(6000, [[703, 50], [704, 60], [705, 61]]))], [705]);
});

test('containment counts the shared shingles of the first text', () => {
  // 一二三四五六七八九十: 3 shingles; 二三四五六七八九十百: 3, of which 2 shared.
  assert.equal(containment(shingles('一二三四五六七八九十'), shingles('二三四五六七八九十百')), 2 / 3);
  assert.equal(containment(shingles('一二三四五六七八'), shingles('一二三四五六七八九十')), 1);
  // 7 characters make no shingle: nothing of the first text is shared.
  assert.equal(containment(shingles('一二三四五六七'), shingles('一二三四五六七八')), 0);
});

test('a run of 8 characters printed twice is one shingle', () => {
  // 16 characters, 9 runs of 8: the first and the last are both 一二三四五六七八.
  assert.equal(shingles('一二三四五六七八一二三四五六七八').length, 8);
});

test('prose: a character of the first block beyond U+FFFF (𐀀, U+10000, its first unit 0xD800) kept whole', () => {
  assert.equal(proseOf(withText({}, '𐀀，甲')), '𐀀甲');
});

/** A text of `length` characters of its own: characters of CJK block from a seeded sequence. */
function ownText(seed: number, length: number): string {
  let x = seed * 2654435761;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode(0x4e00 + (x % 20000));
  }
  return s;
}

test('LSH: among 100 reports of a year, only the pair that shares text is compared', () => {
  const reports = Array.from({ length: 100 }, (_, i) => withText({ id: `2024-r${i}`, agency: `第${i}镇`, year: 2024 }, ownText(i + 1, 200)));
  // report 7 copies report 70 and changes one character in the middle (position 100): 8 of 193 shingles differ.
  const base = reports[70]!.sections.overview;
  reports[7] = withText({ id: '2024-r7', agency: '第7镇', year: 2024 }, base.slice(0, 100) + '〇' + base.slice(101));
  const { copied, pairsCompared } = copiedText(reports);
  assert.equal(pairsCompared, 1, `100 reports make 4,950 pairs; compared ${pairsCompared}`);
  // 185 / 193 = 0.9585
  assert.deepEqual(copied.get('2024-r7')?.sameYear, [{ id: '2024-r70', share: 0.959 }]);
  assert.deepEqual(copied.get('2024-r70')?.sameYear, [{ id: '2024-r7', share: 0.959 }]);
  assert.deepEqual(copied.get('2024-r8')?.sameYear, []);
});

test('at most 30 candidates of a report are counted, and the data says so when more were likely', () => {
  // 71 reports: a text in 33 of them is in fewer than the 50 that common wording needs.
  const reports = Array.from({ length: 71 }, (_, i) => withText({ id: `2024-r${i}`, agency: `第${i}镇`, year: 2024 }, ownText(i + 1, 200)));
  // reports 1 … 30 copy report 0, each changing one character (at 10 + 5i): 8 of its 193 shingles.
  const base = reports[0]!.sections.overview;
  const changed = (text: string, ats: number[]) => ats.reduce((t, at) => t.slice(0, at) + '〇' + t.slice(at + 1), text);
  for (let i = 1; i <= 30; i++) reports[i] = withText({ id: `2024-r${i}`, agency: `第${i}镇`, year: 2024 }, changed(base, [10 + 5 * i]));
  // reports 31 and 32 change three characters (at 20, 60, 100 and 21, 61, 101): 24 of the 193.
  for (const i of [31, 32]) reports[i] = withText({ id: `2024-r${i}`, agency: `第${i}镇`, year: 2024 }, changed(base, [i - 11, i + 29, i + 69]));
  // report 40 and its 30 copies (one character each, at 10 + 5i): 30 candidates each, as many as are counted.
  const other = reports[40]!.sections.overview;
  for (let i = 1; i <= 30; i++) reports[40 + i] = withText({ id: `2024-r${40 + i}`, agency: `第${40 + i}镇`, year: 2024 }, changed(other, [10 + 5 * i]));
  const { copied } = copiedText(reports);
  const original = copied.get('2024-r0')!;
  // 32 copies likely, the 30 nearest counted: each holds 185 of its 193 shingles, 0.9585; the two
  // farther ones (169 of 193, 0.8756) are left out.
  assert.equal(original.sameYearCapped, true);
  assert.deepEqual(original.sameYear, Array.from({ length: 30 }, (_, i) => ({ id: `2024-r${i + 1}`, share: 0.959 })).sort((x, y) => (x.id < y.id ? -1 : 1)));
  assert.equal(copied.get('2024-r1')?.sameYearCapped, true, 'the original and 31 other copies');
  assert.equal(copied.get('2024-r40')?.sameYear.length, 30);
  assert.equal('sameYearCapped' in copied.get('2024-r40')!, false, 'exactly 30 candidates: none left out');
  assert.equal('sameYearCapped' in copied.get('2024-r36')!, false);
});

test('markCopied sets the field on the reports it could compare', () => {
  const reports = [
    withText({ id: '2023-jia', agency: '甲镇', year: 2023 }, OVERVIEW, PROBLEMS, OTHER),
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, OVERVIEW, PROBLEMS, OTHER + ADDED),
    withText({ id: '2024-yi', agency: '乙镇', year: 2024 }, '短'),
  ];
  markCopied(reports);
  // 65 of 83 shingles found: 0.7831
  assert.equal(reports[1]!.copied?.previousShare, 0.783);
  assert.equal(reports[2]!.copied, undefined);
});

test('reports in any order: each is compared with its agency’s report of the year before', () => {
  const reports = [
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, OVERVIEW, PROBLEMS, OTHER + ADDED),
    withText({ id: '2022-jia', agency: '甲镇', year: 2022 }, OVERVIEW, PROBLEMS, OTHER),
    withText({ id: '2023-jia', agency: '甲镇', year: 2023 }, OVERVIEW, PROBLEMS, OTHER),
  ];
  const { copied } = copiedText(reports);
  // 65 of 2024's 83 shingles are 2023's: 0.7831; 2023's 65 are all 2022's.
  assert.deepEqual(copied.get('2024-jia'), { previousId: '2023-jia', previousShare: 0.783, sameYear: [] });
  assert.deepEqual(copied.get('2023-jia'), { previousId: '2022-jia', previousShare: 1, sameYear: [] });
});

test('a text of exactly 30 shingles is compared', () => {
  // the template's first 37 letters: 30 shingles
  const least = '本年度严格执行政府信息公开条例甲镇通过政府网站和公开栏发布惠民政策财政预算';
  const reports = [withText({ id: '2023-a', agency: '甲镇', year: 2023 }, template('甲镇')), withText({ id: '2024-a', agency: '甲镇', year: 2024 }, least)];
  assert.deepEqual(copiedText(reports).copied.get('2024-a'), { previousId: '2023-a', previousShare: 1, sameYear: [] });
});

test('exactly 80% shared is the same text', () => {
  // 47 letters, 40 shingles; 府 → 务 at position 20 changes the 8 shingles starting at 13 … 20: 32 / 40 = 0.8 each way.
  const a = '本年度严格执行政府信息公开条例丙镇通过政府网站和公开栏发布惠民政策财政预算和重大项目信息全年未';
  const b = a.slice(0, 20) + '务' + a.slice(21);
  const { copied } = copiedText([withText({ id: '2024-a', agency: '丙镇', year: 2024 }, a), withText({ id: '2024-b', agency: '丁镇', year: 2024 }, b)]);
  assert.deepEqual(copied.get('2024-a')?.sameYear, [{ id: '2024-b', share: 0.8 }]);
  assert.deepEqual(copied.get('2024-b')?.sameYear, [{ id: '2024-a', share: 0.8 }]);
});

test('a report’s near copies are listed by share, the highest first, then by id', () => {
  // 戊镇 prints 丙镇's text with its last letter changed (讼 → 案): 48 of the 49 shingles, 0.9796.
  const reports = [
    withText({ id: '2024-c', agency: '丙镇', year: 2024 }, template('丙镇')),
    withText({ id: '2024-b', agency: '丁镇', year: 2024 }, template('丁镇')),
    withText({ id: '2024-a', agency: '己镇', year: 2024 }, template('己镇')),
    withText({ id: '2024-z', agency: '戊镇', year: 2024 }, template('丙镇').replace('诉讼', '诉案')),
  ];
  const { copied } = copiedText(reports);
  assert.deepEqual(copied.get('2024-c')?.sameYear, [{ id: '2024-z', share: 0.98 }, { id: '2024-a', share: 0.837 }, { id: '2024-b', share: 0.837 }]);
  // 丁镇 finds 41 of its 49 in 己镇's and in 丙镇's, 40 in 戊镇's (its name's 8 and the last are not there): 0.8163.
  assert.deepEqual(copied.get('2024-b')?.sameYear, [{ id: '2024-a', share: 0.837 }, { id: '2024-c', share: 0.837 }, { id: '2024-z', share: 0.816 }]);
});

test('markCopied leaves the field out of a report it could not compare', () => {
  const reports = [withText({ id: 'nd-jia', agency: '甲镇', year: null }, OVERVIEW, PROBLEMS, OTHER)];
  markCopied(reports);
  assert.equal('copied' in reports[0]!, false);
});

test('reports with no agency key are still near copies of each other', () => {
  const reports = [withText({ id: '2024-x', agency: '', year: 2024 }, template('丙镇')), withText({ id: '2024-y', agency: '', year: 2024 }, template('丁镇'))];
  for (const r of reports) r.agencyKey = '';
  assert.deepEqual(copiedText(reports).copied.get('2024-x')?.sameYear, [{ id: '2024-y', share: 0.837 }]);
});

test('the own text of a year’s report is compared from 30 shingles up', () => {
  // 50 more reports on the county template make it common wording (in 54 of 54 reports).
  const others = Array.from({ length: 50 }, (_, i) => withText({ id: `2024-o${i}`, agency: `第${i}镇`, year: 2024 }, COUNTY + ownText(i + 1, 40)));
  // After the template, 30 letters of their own (30 shingles hold one of them) and 29 (29 shingles).
  const thirty = ownText(900, 30);
  const twentyNine = ownText(901, 29);
  const reports = [
    ...others,
    withText({ id: '2024-jia', agency: '甲镇', year: 2024 }, COUNTY + thirty),
    withText({ id: '2024-yi', agency: '乙镇', year: 2024 }, COUNTY + thirty),
    withText({ id: '2024-bing', agency: '丙镇', year: 2024 }, COUNTY + twentyNine),
    withText({ id: '2024-ding', agency: '丁镇', year: 2024 }, COUNTY + twentyNine),
  ];
  const { copied } = copiedText(reports);
  assert.deepEqual(copied.get('2024-jia')?.sameYear, [{ id: '2024-yi', share: 1 }]);
  assert.deepEqual(copied.get('2024-bing')?.sameYear, []);
});

test('a short report copied whole into a longer one of its year is 100% copied; the longer one is not', () => {
  // 47 letters, 40 shingles, all of them in the longer text, which goes on with 18 letters: 58 shingles, 40 / 58 = 0.69.
  const short = '本年度严格执行政府信息公开条例丙镇通过政府网站和公开栏发布惠民政策财政预算和重大项目信息全年未';
  const { copied } = copiedText([withText({ id: '2024-a', agency: '丙镇', year: 2024 }, short), withText({ id: '2024-b', agency: '丁镇', year: 2024 }, short + ADDED)]);
  assert.deepEqual(copied.get('2024-a')?.sameYear, [{ id: '2024-b', share: 1 }]);
  assert.deepEqual(copied.get('2024-b')?.sameYear, []);
});

test('a candidate counted exactly at 72.5% shared is no near copy', () => {
  // 47 letters, 40 shingles; 府 → 务 at 20 and 和 → 与 at 23 change the shingles starting at 13 … 23: 29 / 40 = 0.725 each way.
  const a = '本年度严格执行政府信息公开条例丙镇通过政府网站和公开栏发布惠民政策财政预算和重大项目信息全年未';
  const b = a.slice(0, 20) + '务' + a.slice(21, 23) + '与' + a.slice(24);
  const { copied, pairsCompared } = copiedText([withText({ id: '2024-a', agency: '丙镇', year: 2024 }, a), withText({ id: '2024-b', agency: '丁镇', year: 2024 }, b)]);
  assert.equal(pairsCompared, 1, 'the signatures suggest a near copy: counted exactly');
  assert.deepEqual(copied.get('2024-a')?.sameYear, []);
  assert.deepEqual(copied.get('2024-b')?.sameYear, []);
});

test('a longer report holding a shorter one whole, with 75.5% of its own text in it, is no near copy of it', () => {
  // 47 letters, 40 shingles, then 13 letters more: 53 shingles, 40 of them the shorter one's: 40 / 53 = 0.755.
  const short = '本年度严格执行政府信息公开条例丙镇通过政府网站和公开栏发布惠民政策财政预算和重大项目信息全年未';
  const { copied } = copiedText([withText({ id: '2024-a', agency: '丙镇', year: 2024 }, short), withText({ id: '2024-b', agency: '丁镇', year: 2024 }, short + '下一步将加强培训提升工作人')]);
  assert.deepEqual(copied.get('2024-a')?.sameYear, [{ id: '2024-b', share: 1 }]);
  assert.deepEqual(copied.get('2024-b')?.sameYear, []);
});

test('a report with no agency key has no previous report, though one of the year before has the same text and no key either', () => {
  const reports = [withText({ id: '2023-x', agency: '', year: 2023 }, OVERVIEW, PROBLEMS, OTHER), withText({ id: '2024-x', agency: '', year: 2024 }, OVERVIEW, PROBLEMS, OTHER)];
  for (const r of reports) r.agencyKey = '';
  assert.deepEqual(copiedText(reports).copied.get('2024-x'), { previousId: null, previousShare: null, sameYear: [] });
});

test('pairs of a year sharing 59% of their text are not counted exactly, though LSH may put them in one bucket', () => {
  // Five pairs: the second of each prints the first's first 120 characters, then 80 of its own:
  // 113 of the 193 shingles of each are the other's, 0.585, a Jaccard index of 113 / 273 = 0.41,
  // with which a pair meets in some bucket with probability 0.66 (32 bands of 4). The signatures
  // suggest about 0.59, short of the 0.7 that is counted exactly (nearly three standard deviations of
  // the estimate below).
  const reports = [0, 1, 2, 3, 4].flatMap((p) => {
    const first = ownText(300 + p, 200);
    return [
      withText({ id: `2024-p${p}a`, agency: `第${p}甲镇`, year: 2024 }, first),
      withText({ id: `2024-p${p}b`, agency: `第${p}乙镇`, year: 2024 }, first.slice(0, 120) + ownText(400 + p, 80)),
    ];
  });
  const { copied, pairsCompared } = copiedText(reports);
  assert.equal(pairsCompared, 0);
  for (const r of reports) assert.deepEqual(copied.get(r.id)?.sameYear, [], r.id);
});
