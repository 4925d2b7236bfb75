import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeLabel, editDistance } from '../../../src/lib/parse/near-label.ts';
import { parseReport } from '../../../src/lib/parse/report.ts';
import { textToDocument } from '../../../src/lib/read/text.ts';
import { readFileSync } from 'node:fs';

test('edit distance: characters lost, added, changed, two swapped', () => {
  assert.equal(editDistance('其他法律行政止公开', '其他法律行政法规禁止公开'), 3);
  assert.equal(editDistance('重复申请', '重复申请'), 0);
  assert.equal(editDistance('重申请', '重复申请'), 1);
  assert.equal(editDistance('重复请申', '重复申请'), 1, 'a swap is one edit');
  assert.equal(editDistance('属于国家机密', '属于国家秘密'), 1);
  assert.equal(editDistance('', '重复申请'), 4);
  assert.equal(editDistance('重复申请', ''), 4);
  assert.equal(editDistance('公开', '申公'), 2, 'one character in common, in another place, is no swap');
  assert.equal(editDistance('开公', '公申'), 2);
  assert.equal(editDistance('维持', '纠正'), 2);
  assert.equal(editDistance('复申请重', '重复申请'), 2, 'a character moved is two edits');
});

test('close: at most a third of the label edited, never a label of under three characters', () => {
  assert.ok(closeLabel('其他法律行政止公开', '其他法律行政法规禁止公开'));
  assert.ok(!closeLabel('其他情况', '其他法律行政法规禁止公开'));
  assert.ok(!closeLabel('其他', '其他'), 'too short to tell');
  assert.ok(!closeLabel('', '重复申请'));
  assert.ok(closeLabel('结转', '结转数'), 'three characters: one edit');
  assert.ok(closeLabel('重申请', '重复申请'), 'a third of four is one edit');
  assert.ok(!closeLabel('申请', '重复申请'));
});

const tab = readFileSync(new URL('../../fixtures/layouts/tab.txt', import.meta.url), 'utf8');
const read = (text: string) => {
  const r = parseReport(textToDocument(text));
  assert.ok(!('notReport' in r));
  return r;
};

test('two damaged labels side by side: neither neighbour pins the other, both rows stay unread', () => {
  const both = read(tab.replace('2.其他法律法规禁止公开', '2.其他法律行政止公开').replace('3.危及“三安全一稳定”', '3.威及“三全一稳”'));
  assert.equal(both.notes.filter((n) => n.code === 'label-repaired').length, 0);
  assert.ok(both.notes.some((n) => n.code === 'row-missing' && n.message.includes('2.其他法律行政法规禁止公开') && n.message.includes('3.危及')));
  assert.equal(both.applications.withheldProhibitedByLaw.total, null);
});

test('a label unlike the row between its neighbours is not taken for it, whatever its place', () => {
  const r = read(tab.replace('2.其他法律法规禁止公开', '2.本单位自行规定的其他情况'));
  assert.equal(r.notes.filter((n) => n.code === 'label-repaired').length, 0);
  assert.ok(r.notes.some((n) => n.code === 'row-missing' && n.message.includes('2.其他法律行政法规禁止公开')));
  assert.equal(r.applications.withheldProhibitedByLaw.naturalPerson, null);
});
