/**
 * What parseReport makes of a document as a whole: which edition, which status, which tables and
 * sections are missing and how each is noted, on the text fixtures and pieces of them. Expected
 * numbers, lines and words are read off the fixtures by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';

const fixture = (rel: string) => readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url), 'utf8');

function parse(text: string): ParsedReport {
  const r = parseReport(textToDocument(text));
  assert.ok(!('notReport' in r), 'a report');
  return r;
}

const tab = fixture('layouts/tab.txt');
/** tab.txt without the lines from the one starting with `from` up to the one starting with `to`. */
const without = (text: string, from: string, to: string) => text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));
const note = (r: ParsedReport, code: string) => r.notes.filter((n) => n.code === code);

test('a document that never mentions 政府信息公开 is no report; the words broken by a space still are', () => {
  assert.deepEqual(parseReport(textToDocument('红旗街道办事处2023年工作总结\n本年度完成各项任务。')), {
    notReport: 'no mention of 政府信息公开 anywhere: not a government-information-disclosure report',
  });
  assert.ok(!('notReport' in parseReport(textToDocument('红旗街道办事处2023年政府信息 公开工作年度报告'))));
});

test('a whole 2021 report: every table read, the three text sections, status ok', () => {
  const r = parse(tab);
  assert.equal(r.template, '2021');
  assert.equal(r.status, 'ok');
  assert.equal(r.year, 2023);
  assert.equal(r.agency, '红旗街道办事处');
  // Line 41: 本年新收 … 18; line 72: 行政复议 1 0 1 0 2; line 27: 行政许可 35.
  assert.equal(r.applications.newReceived.total, 18);
  assert.deepEqual(r.reviewLitigation.reconsideration, { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 });
  assert.equal(r.activeDisclosure.licensing, 35);
  assert.ok(!('activeDisclosure2019' in r), 'no 2019 section 二 at all');
  assert.equal(r.pre2019, undefined);
  assert.deepEqual([r.unread, r.inferred, r.missingColumns], [[], [], []]);
  assert.deepEqual(r.notes, []);
  assert.ok(r.sections.overview.startsWith('（一）主动公开。2023年，红旗街道办事处坚持'));
  assert.ok(r.sections.problems.startsWith('2023年，我街道政府信息公开工作仍有'));
  assert.equal(r.sections.other, '本年度未收取信息处理费。');
  assert.deepEqual(r.places!['applications.granted.total'], { line: 43, column: 9 });
  assert.deepEqual(r.places!['activeDisclosure.licensing'], { line: 27, column: 2 });
  assert.deepEqual(r.places!['reviewLitigation.reconsideration.upheld'], { line: 72, column: 1 });
});

test('a document with the disclosure words and nothing else: every missing part noted, status failed', () => {
  const r = parse('本单位政府信息公开工作情况如下。');
  assert.equal(r.status, 'failed');
  assert.equal(r.template, 'unknown');
  assert.deepEqual(r.unread, ['applications', 'reviewLitigation', 'activeDisclosure']);
  assert.deepEqual(r.notes.map((n) => [n.level, n.code, n.message]), [
    ['warning', 'title-missing', '未找到标题行，发布机关和年度取自正文'],
    ['error', 'agency-missing', '未能从标题或正文识别发布机关'],
    ['error', 'year-missing', '未能识别报告所属年度'],
    ['error', 'table-missing', '未找到表三（收到和处理政府信息公开申请情况）'],
    ['error', 'table-missing', '未找到表四（行政复议、行政诉讼情况）'],
    ['warning', 'table-missing', '未找到表二（主动公开政府信息情况）'],
    ['error', 'table-missing', '报告中的表格均无法读取：报告可能不完整，或排版方式无法识别'],
    ['info', 'section-missing', '未找到“一、总体情况”的标题，这一部分的文字未能读出'],
    ['info', 'section-missing', '未找到“五、存在的主要问题及改进情况”的标题，这一部分的文字未能读出'],
    ['info', 'section-missing', '未找到“六、其他需要报告的事项”的标题，这一部分的文字未能读出'],
  ]);
  assert.deepEqual(r.sections, { overview: '', problems: '', other: '' });
});

test('table 三 missing: the table unread with an error, the rest read, status partial', () => {
  const r = parse(without(tab, '三、收到和处理', '四、政府信息公开行政复议'));
  assert.equal(r.status, 'partial');
  assert.equal(r.template, '2021');
  assert.deepEqual(r.unread, ['applications']);
  assert.deepEqual(note(r, 'table-missing').map((n) => [n.level, n.message]), [['error', '未找到表三（收到和处理政府信息公开申请情况）']]);
  assert.equal(r.applications.newReceived.total, null);
  assert.equal(r.reviewLitigation.reconsideration.total, 2);
  assert.equal(r.activeDisclosure.licensing, 35);
});

test('table 二 missing: section 二 unread with a warning, status ok all the same', () => {
  const r = parse(without(tab, '第二十条第（一）项', '三、收到和处理'));
  assert.deepEqual(r.unread, ['activeDisclosure']);
  assert.deepEqual(note(r, 'table-missing').map((n) => [n.level, n.message]), [['warning', '未找到表二（主动公开政府信息情况）']]);
  assert.equal(r.status, 'ok');
  assert.equal(r.applications.newReceived.total, 18);
});

test('table 四 alone: the report is read (not failed), table 三 unread', () => {
  const r = parse(without(without(tab, '第二十条第（一）项', '三、收到和处理'), '(本列数据', '四、政府信息公开行政复议'));
  assert.equal(r.status, 'partial');
  assert.equal(r.reviewLitigation.reconsideration.total, 2);
  assert.ok(!r.notes.some((n) => n.message.startsWith('报告中的表格均无法读取')));
});

test('the 2019 edition: section 二 in activeDisclosure2019, its absence unread there', () => {
  const text = fixture('formats/format-2019.txt');
  const r = parse(text);
  assert.equal(r.template, '2019');
  // Line 20: 行政许可 6 1 85; line 38: 本年新收 … 29.
  assert.deepEqual(r.activeDisclosure2019?.licensing, { previousYear: 6, change: 1, decisions: 85 });
  assert.deepEqual(r.places!['activeDisclosure2019.licensing.decisions'], { line: 20, column: 4 });
  assert.equal(r.activeDisclosure.licensing, null);
  assert.equal(r.applications.newReceived.total, 29);
  const no2 = parse(without(text, '第二十条第（一）项', '三、收到和处理'));
  assert.equal(no2.template, '2019');
  assert.deepEqual(no2.unread, ['activeDisclosure2019']);
});

test('a 2021 report that kept the 2019 table 三: the 2021 edition, noted at the table', () => {
  const r = parse(fixture('formats/mixed-edition.txt'));
  assert.equal(r.template, '2021');
  const [mixed] = note(r, 'edition-mixed');
  assert.equal(mixed?.level, 'info');
  assert.equal(mixed?.line, 38);
  assert.match(mixed?.message ?? '', /^第二部分按2021年版格式编写，表三却沿用2019年版格式/);
  // Line 61: (六) 其他处理 0 1 0 0 1 0 2, read as the 2019 row 3.其他.
  assert.equal(r.applications.otherOther.total, 2);
  assert.equal(r.applications.otherOverdueCorrection.total, null);
});

test('a report of 2016 is read by the 2007 outline: its totals, each at its line, and a note', () => {
  const r = parse(fixture('formats/pre2019.txt'));
  assert.equal(r.template, 'pre2019');
  assert.equal(r.status, 'ok');
  assert.deepEqual(note(r, 'pre2019').map((n) => [n.level, n.message]), [['info', '2016年的报告按2007年条例编写：只列出正文所述的合计数，不套用2019/2021年格式的表格']]);
  assert.deepEqual(r.pre2019, { activeDisclosed: 156, applicationsTotal: 4, reconsideration: 0, litigation: 0 });
  assert.deepEqual(r.places!['pre2019.applicationsTotal'], { line: 15, column: 1 });
  assert.equal(r.applications.newReceived.total, null);
  assert.deepEqual([r.unread, r.missingColumns], [[], []]);
  // Its outline has no 五、存在的主要问题 or 六、其他需要报告 (its 六 is 存在的主要问题及改进措施).
  assert.deepEqual(note(r, 'section-missing').map((n) => n.message), ['未找到“五、存在的主要问题及改进情况”的标题，这一部分的文字未能读出', '未找到“六、其他需要报告的事项”的标题，这一部分的文字未能读出']);
});

test('the year decides the 2007 outline when no table 三 is printed: 2018 is, 2019 is not; a full table 三 is read as printed', () => {
  assert.equal(parse(without(tab.replaceAll('2023年', '2018年'), '三、收到和处理', '四、政府信息公开行政复议')).template, 'pre2019');
  const full2018 = parse(tab.replaceAll('2023年', '2018年'));
  assert.equal(full2018.template, '2021');
  assert.equal(full2018.applications.newReceived.total, 18);
  const text2019 = fixture('formats/format-2019.txt').replaceAll('2020年', '2019年');
  assert.equal(parse(without(text2019, '三、收到和处理', '四、政府信息公开行政复议')).template, '2019');
});

test('a blank table 三 is partial, with a warning at the table', () => {
  const a = tab.indexOf('三、收到和处理');
  const b = tab.indexOf('四、政府信息公开行政复议');
  const r = parse(tab.slice(0, a) + tab.slice(a, b).replace(/\t\d+(?=\t|$)/gm, '\t') + tab.slice(b));
  const [blank] = note(r, 'table-blank');
  assert.equal(blank?.level, 'warning');
  assert.equal(blank?.line, 38, 'the line table 三 starts at');
  assert.equal(blank?.message, '表三印出了各行各列，但没有填写任何数字：各格按空白处理');
  assert.equal(r.status, 'partial');
  assert.deepEqual(r.unread, []);
});

test('tables printed with their digits run into the labels: unread, each quoted in a note at its first row', () => {
  const r = parse(fixture('claims/run-together.txt'));
  assert.equal(r.status, 'partial');
  assert.ok(r.unread.includes('applications') && r.unread.includes('activeDisclosure'));
  const [three, two] = note(r, 'cells-run-together');
  // Lines 41 and 42: table 三's first rows; lines 23, 24: 规章000, 行政规范性文件219, and four rows more.
  assert.equal(three?.level, 'warning');
  assert.equal(three?.line, 41);
  assert.ok(three?.message.startsWith('表三各行印出了数字，但各格的数字连在一起，分不清各格：“一、本年新收政府信息公开申请数量123012018”、“二、上年结转政府信息公开申请数量2000002”等 '));
  assert.equal(two?.line, 23);
  assert.equal(two?.message, '表二各行印出了数字，但各格的数字连在一起，分不清各格：“规章000”、“行政规范性文件219”等 6 行，未能读出');
  assert.ok(!r.notes.some((n) => n.code === 'table-missing' || n.code === 'table-blank'));
});

test('one row of table 三 run together: that row unread, "这几行" in the note', () => {
  const r = parse(tab.replace('\t\t4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1', '\t\t4.保护第三方合法权益1000001'));
  const [run] = note(r, 'cells-run-together');
  assert.equal(run?.line, 48);
  assert.equal(run?.message, '表三这几行印出了数字，但各格的数字连在一起，分不清各格：“4.保护第三方合法权益1000001”，未能读出');
  assert.equal(r.applications.granted.total, 7);
  assert.deepEqual(r.unread, ['applications.withheldThirdPartyRights']);
});

test('a report in traditional characters is matched in simplified ones, its title and text kept as printed', () => {
  const r = parse(fixture('claims/traditional.txt'));
  assert.equal(r.title, '紅旗街道辦事處2023年政府信息公開工作年度報告');
  assert.equal(r.status, 'ok');
  assert.equal(r.template, '2021');
  assert.equal(r.applications.newReceived.total, 18);
  assert.ok(r.sections.problems.startsWith('2023年，我街道政府信息公開工作仍有'));
});

test('one row of table 二 run together: that row unread, quoted in a note at its line, the others read', () => {
  // Line 27: 行政许可 35, its number run into the label.
  const r = parse(tab.replace('行政许可\t35\t\t', '行政许可35\t\t'));
  assert.deepEqual(r.unread, ['activeDisclosure.licensing']);
  assert.equal(r.activeDisclosure.licensing, null);
  const [run] = note(r, 'cells-run-together');
  assert.equal(run?.level, 'warning');
  assert.equal(run?.line, 27);
  assert.equal(run?.message, '表二这几行印出了数字，但各格的数字连在一起，分不清各格：“行政许可35”，未能读出');
  assert.equal(r.activeDisclosure.penalty, 12);
  assert.ok(!r.notes.some((n) => n.code === 'table-missing'));
});

test('without table 四 the report is partial, not failed, whether table 三 is read or printed blank', () => {
  const no4 = (text: string) => parse(without(text, '四、政府信息公开行政复议', '五、存在的主要问题'));
  const read = no4(tab);
  assert.equal(read.status, 'partial');
  assert.deepEqual(read.unread, ['reviewLitigation']);
  const a = tab.indexOf('三、收到和处理');
  const b = tab.indexOf('四、政府信息公开行政复议');
  assert.equal(no4(tab.slice(0, a) + tab.slice(a, b).replace(/\t\d+(?=\t|$)/gm, '\t') + tab.slice(b)).status, 'partial');
});

test('a table 三 of neither edition, and no table 二: read as 2021, with a warning', () => {
  // tab.txt without section 二's tables and without the rows of （六） (lines 61–63).
  const r = parse(without(without(tab, '第二十条第（一）项', '三、收到和处理'), '\t(六) 其他处理', '(七) 总计'));
  assert.equal(r.template, '2021');
  assert.deepEqual(note(r, 'template-unknown').map((n) => [n.level, n.message]), [['warning', '表三既无2021年格式的（六）其他处理分项，也无2019年格式的单行，按2021年格式读取']]);
  // Read as the 2021 table: its three rows of （六） are missing, each unread; and section 二.
  assert.deepEqual(r.unread, ['applications.otherOverdueCorrection', 'applications.otherOverdueFee', 'applications.otherOther', 'activeDisclosure']);
  assert.equal(r.applications.granted.total, 7);
});

test('a cell inferred in table 三 is listed as inferred', () => {
  // damage/drop-cell.txt line 50: 6.属于四类过程性信息 printed with one number of seven missing.
  assert.deepEqual(parse(fixture('damage/drop-cell.txt')).inferred, ['applications.withheldProcessInformation']);
});

test("a workbook cell holding text among numbers: emptied, its number unread with a note, the report partial", () => {
  const doc = textToDocument(tab);
  // Line 41: 一、本年新收… | (empty) | 12 | 3 | 0 | 1 | 2 | 0 | 18, its 科研机构 0 typed as the letter O.
  const i = doc.lines.findIndex((l) => l.place.line === 41);
  const line = doc.lines[i]!;
  const cells = line.cells.map((c, j) => (j === 4 ? 'O' : c));
  const cellPlaces = cells.map((_, j) => ({ sheet: '表三', line: 41, cell: `${String.fromCharCode(65 + j)}41` }));
  doc.lines[i] = { ...line, cells, cellPlaces };
  const r = parseReport(doc);
  assert.ok(!('notReport' in r));
  assert.deepEqual(r.unread, ['applications.newReceived.researchInstitution']);
  assert.equal(r.applications.newReceived.researchInstitution, null);
  assert.equal(r.status, 'partial');
  assert.deepEqual(note(r, 'cell-unread').map((n) => [n.line, n.cell]), [[41, 'E41']]);
});

test("the page's date line, its fields in cells of their own: the date with its label only", () => {
  const r = parse(`发布时间：2024-01-19\t来源：红旗街道办事处\n${tab}`);
  assert.deepEqual(r.dates, [{ kind: 'published', date: '2024-01-19', evidence: '发布时间：2024-01-19' }]);
});

test('table 三 run together beside a table 四 read: the report is partial for table 三 alone', () => {
  // Line 72: table 四's fifteen numbers 1 0 1 0 2 0 1 0 0 1 0 0 0 1 1, here printed in cells of their own.
  const r = parse(fixture('claims/run-together.txt').replace('101020100100011', '1\t0\t1\t0\t2\t0\t1\t0\t0\t1\t0\t0\t0\t1\t1'));
  assert.equal(r.reviewLitigation.reconsideration.total, 2);
  assert.ok(!r.unread.includes('reviewLitigation'));
  assert.equal(r.status, 'partial');
});

test('a report by the 2007 outline whose year no line gives: read by that outline all the same, the year unknown in its note', () => {
  // pre2019.txt with every year taken out (2016年 and 2017年 each became 本年 and 明年).
  const r = parse(fixture('formats/pre2019.txt').replaceAll('2016年', '本年').replaceAll('2017年', '明年'));
  assert.equal(r.year, null);
  assert.equal(r.template, 'pre2019');
  assert.deepEqual(note(r, 'pre2019').map((n) => n.message), ['年度不明的报告按2007年条例编写：只列出正文所述的合计数，不套用2019/2021年格式的表格']);
  // Line 15: 共受理政府信息公开申请4件.
  assert.equal(r.pre2019?.applicationsTotal, 4);
});

test('a cell of table 四 inferred is listed as inferred', () => {
  // Line 72 of tab.txt without its 5th number, 行政复议's 总计 (1 0 1 0 2): one reading fits, 2.
  const r = parse(tab.replace('1\t0\t1\t0\t2\t0\t1', '1\t0\t1\t0\t0\t1'));
  assert.deepEqual(r.inferred, ['reviewLitigation.reconsideration.total']);
  assert.equal(r.reviewLitigation.reconsideration.total, 2);
  assert.equal(r.status, 'ok');
});

test('a table 三 whose numbers no row of the template names, and no other table: the report failed', () => {
  const r = parse(['某某局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况', '甲乙丙\t1\t2\t3\t4\t5\t6\t7'].join('\n'));
  assert.equal(r.template, '2021', 'a table 三 was found');
  assert.equal(r.status, 'failed');
  assert.deepEqual(r.unread, ['applications', 'reviewLitigation', 'activeDisclosure']);
  assert.equal(note(r, 'table-missing').at(-1)?.message, '报告中的表格均无法读取：报告可能不完整，或排版方式无法识别');
});

test('a 2019 section 二 beside a table 三 of neither edition: the table read as the 2019 one', () => {
  // format-2019.txt without its line 58, （六）其他处理: of the rows of （六), only 3.其他 is missing.
  const r = parse(fixture('formats/format-2019.txt').replace(/^.*（六）其他处理.*\n/m, ''));
  assert.equal(r.template, '2019');
  assert.deepEqual(r.unread, ['applications.otherOther']);
  assert.equal(r.applications.newReceived.total, 29);
  assert.deepEqual(note(r, 'template-unknown').map((n) => [n.level, n.message]), [['warning', '表三既无2021年格式的（六）其他处理分项，也无2019年格式的单行，按2019年格式读取']]);
});

/** tab.txt as a report of 2018, its table 三 cut to its first `rows` rows (line 41 on). */
function tab2018(rows: number): string {
  const lines = tab.replaceAll('2023年', '2018年').split('\n');
  const from = lines.findIndex((l) => l.startsWith('一、本年新收'));
  const to = lines.findIndex((l) => l.startsWith('四、结转下年度'));
  return [...lines.slice(0, from + rows), ...lines.slice(to + 1)].join('\n');
}

test('a report of 2018 with a table 三 of three rows is read by the 2007 outline; of four rows, as the table it prints', () => {
  const three = parse(tab2018(3));
  assert.equal(three.template, 'pre2019');
  // Line 11: 本年度共收到政府信息公开申请18件.
  assert.equal(three.pre2019?.applicationsTotal, 18);
  const four = parse(tab2018(4));
  assert.equal(four.template, '2021');
  // Line 44: （二）部分公开 … 2.
  assert.equal(four.applications.partiallyGranted.total, 2);
});

test("a page in traditional characters with its date line in cells: the date with its label only", () => {
  const r = parse(`發布時間：2024-01-19\t來源：紅旗街道辦事處\n${fixture('claims/traditional.txt')}`);
  assert.deepEqual(r.dates, [{ kind: 'published', date: '2024-01-19', evidence: '发布时间：2024-01-19' }]);
});
