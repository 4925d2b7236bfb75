/**
 * What a report says about its agency must be what the report prints. A table whose digits are run
 * together with its labels (a text copy of a web page) is filled in: its cells are unread, with a
 * note quoting what was printed, and the table is never said to be blank. The agency is the one
 * the title names, whether the title is printed in traditional characters or only in the page's
 * `<title>`. Expected lines, quotes and numbers are read off the fixtures by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';

const fixture = (rel: string) => readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url), 'utf8');

function parse(text: string, html = false): ParsedReport {
  const r = parseReport(html ? htmlToDocument(text) : textToDocument(text));
  assert.ok(!('notReport' in r), 'a report');
  return r;
}

const codes = (r: ParsedReport) => r.notes.map((n) => n.code);

test('table 三 with every row run together (7000007): unread with the rows quoted, never "blank"', () => {
  const r = parse(fixture('claims/run-together.txt'));
  assert.ok(!codes(r).includes('table-blank'), 'the table is filled in: it is not said to be blank');
  const note = r.notes.find((n) => n.code === 'cells-run-together' && n.message.startsWith('表三'));
  assert.ok(note, 'a note says the digits are run together');
  // Line 41 is the first row: 一、本年新收政府信息公开申请数量 then 12 3 0 1 2 0 18 run together.
  assert.equal(note.line, 41);
  assert.match(note.message, /“一、本年新收政府信息公开申请数量123012018”/);
  assert.ok(r.unread.includes('applications'), 'the whole table is unread');
  assert.deepEqual(Object.values(r.applications).flatMap((row) => Object.values(row)).filter((v) => v !== null), [], 'no number is guessed from the run');
  assert.equal(r.status, 'partial');
});

test('table 二 run together: unread with its rows quoted, not "未找到表二"', () => {
  const r = parse(fixture('claims/run-together.txt'));
  const note = r.notes.find((n) => n.code === 'cells-run-together' && n.message.startsWith('表二'));
  assert.ok(note, 'a note says the digits are run together');
  // Line 23: 规章 with 0 0 0 run together.
  assert.equal(note.line, 23);
  assert.match(note.message, /“规章000”/);
  assert.ok(!r.notes.some((n) => n.code === 'table-missing' && n.message.includes('表二')), 'the table is there');
  assert.ok(r.unread.includes('activeDisclosure'));
  assert.equal(r.activeDisclosure.licensing, null, '行政许可35 is not read as 35 nor as 3 and 5');
});

test('one row run together in a table read otherwise: that row unread and quoted, the others read', () => {
  // Line 48 of tab.txt: 4.保护第三方合法权益 1 0 0 0 0 0 1, its cells run together.
  const text = fixture('layouts/tab.txt').replace('\t\t4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1', '\t\t4.保护第三方合法权益1000001');
  const r = parse(text);
  const note = r.notes.find((n) => n.code === 'cells-run-together');
  assert.ok(note);
  assert.equal(note.line, 48);
  assert.match(note.message, /“4\.保护第三方合法权益1000001”/);
  assert.ok(r.unread.includes('applications.withheldThirdPartyRights'));
  assert.equal(r.applications.withheldThirdPartyRights.total, null);
  assert.equal(r.applications.granted.total, 7, '(一) 予以公开 is still read');
  assert.equal(r.applications.withheldProcessInformation.total, 2, '6.属于四类过程性信息 is still read');
});

test('a table printed without one digit is blank, and only that', () => {
  const tab = fixture('layouts/tab.txt');
  const a = tab.indexOf('三、收到和处理');
  const b = tab.indexOf('四、政府信息公开行政复议');
  // Every number taken out, its cell left empty; one row numbered （1） rather than 1.
  const r = parse(tab.slice(0, a) + tab.slice(a, b).replace(/\t\d+(?=\t|$)/gm, '\t').replace('1.属于国家秘密', '（1）属于国家秘密') + tab.slice(b));
  assert.ok(codes(r).includes('table-blank'));
  assert.ok(!codes(r).includes('cells-run-together'), 'row numbering (1. 2. （1）) is no digit of a cell');
  assert.ok(!r.unread.includes('applications'), 'a blank table is read: its cells are blank, not unread');
});

test('a report in traditional characters (a mirror site): a report, its agency as printed, every table read', () => {
  // tests/fixtures/layouts/tab.txt (红旗街道办事处 2023, set A) as a mirror site prints it.
  const r = parse(fixture('claims/traditional.txt'));
  assert.equal(r.agency, '紅旗街道辦事處');
  assert.equal(r.title, '紅旗街道辦事處2023年政府信息公開工作年度報告');
  assert.equal(r.year, 2023);
  assert.equal(r.status, 'ok');
  assert.deepEqual(r.notes.filter((n) => n.level !== 'info'), []);
  // Line 41: 一、本年新收 12 3 0 1 2 0 18; line 43: (一) 予以公開 … 7; line 62: (六) 3.其他 … 1 under 其他 and 總計.
  assert.deepEqual(Object.values(r.applications.newReceived), [12, 3, 0, 1, 2, 0, 18]);
  assert.equal(r.applications.granted.total, 7);
  assert.equal(r.applications.withheldStateSecret.total, 0, '1.屬於國家秘密 holds none of the telling characters and is read all the same');
  assert.equal(r.applications.withheldProcessInformation.total, 2);
  assert.equal(r.applications.otherOther.legalServiceOrganization, 1);
  // Line 24: 行政規範性文件 2 1 9; line 27: 行政許可 35; line 72: table 四's fifteen numbers.
  assert.deepEqual(r.activeDisclosure.normativeDocuments, { issued: 2, repealed: 1, inForce: 9 });
  assert.equal(r.activeDisclosure.licensing, 35);
  assert.deepEqual(r.reviewLitigation.reconsideration, { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 });
  assert.ok(r.sections.problems.startsWith('2023年，我街道政府信息公開工作仍有'), 'the text is kept as printed');
});

test("a web page whose title is only in its <title>: the agency from it, the site's name split off", () => {
  const r = parse(fixture('claims/title-only.html'), true);
  assert.equal(r.agency, '红旗县发展和改革局');
  assert.equal(r.title, '红旗县发展和改革局2024年政府信息公开工作年度报告');
  assert.equal(r.year, 2024);
  assert.ok(!r.notes.some((n) => n.code === 'agency-missing' || n.code === 'title-missing'));
  assert.equal(r.activeDisclosure.licensing, 41, 'the body is read as before');
});

test('a crawled page that keeps the title with its label (标  题：): the agency without the label', () => {
  // Line 4: 标  题：红旗街道办事处2023年政府信息公开工作年度报告.
  const r = parse(fixture('claims/title-label.txt'));
  assert.equal(r.agency, '红旗街道办事处');
  assert.equal(r.title, '红旗街道办事处2023年政府信息公开工作年度报告');
  assert.equal(r.year, 2023);
  assert.equal(r.applications.newReceived.total, 18, 'the tables are read as before');
});

test('a title broken after 公开, above a citation broken over two lines: the title names the agency, the citation never', () => {
  // Lines 3–4: the title over two lines; lines 6–7: 《…关于印发〈中华人民共 / 和国政府信息公开工作年度报告格式〉的通知》.
  const r = parse(fixture('claims/title-split.txt'));
  assert.equal(r.agency, '红旗街道办事处');
  assert.equal(r.title, '红旗街道办事处2023年政府信息公开工作年度报告');
  assert.equal(r.year, 2023);
});
