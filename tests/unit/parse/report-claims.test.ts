/**
 * What a report says about its agency must be what the report prints. A table whose digits are run
 * together with its labels (a text copy of a web page) is filled in: its cells are unread, with a
 * note quoting what was printed, and the table is never said to be blank. Expected lines and
 * quotes are read off the fixtures by hand.
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
  const r = parse(tab.slice(0, a) + tab.slice(a, b).replace(/\t\d+(?=\t|$)/gm, '\t') + tab.slice(b));
  assert.ok(codes(r).includes('table-blank'));
  assert.ok(!codes(r).includes('cells-run-together'), 'row numbering (1. 2.) is no digit of a cell');
  assert.ok(!r.unread.includes('applications'), 'a blank table is read: its cells are blank, not unread');
});
