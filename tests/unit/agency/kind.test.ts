import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyKind, canonicalBody, splitName } from '../../../src/lib/agency/kind.ts';

test('the kind of a body: the government itself, its office, a department, an institution, other', () => {
  const cases: [string, string][] = [
    ['', 'government'], ['人民政府', 'government'], ['政府', 'government'], ['办事处', 'government'], ['街道办', 'government'],
    ['人民政府办公室', 'office'], ['政府办公室', 'office'], ['政府办', 'office'], ['人民政府办公厅', 'office'], ['办公厅', 'office'],
    ['教育局', 'department'], ['卫生健康委员会', 'department'], ['财政厅', 'department'], ['外事办公室', 'department'],
    ['市场监督管理局', 'department'], ['统计局', 'department'],
    ['人民医院', 'institution'], ['政务服务中心', 'institution'], ['广播电视台', 'institution'], ['图书馆', 'institution'],
    ['人民法院', 'other'], ['党委', 'other'], ['某某', 'other'],
  ];
  for (const [body, kind] of cases) assert.equal(agencyKind(body), kind, body);
});

test('one spelling of the government and its office in a key; other bodies as printed', () => {
  assert.equal(canonicalBody('人民政府'), '');
  assert.equal(canonicalBody('政府'), '');
  assert.equal(canonicalBody('办事处'), '');
  assert.equal(canonicalBody('政府办公室'), '人民政府办公室');
  assert.equal(canonicalBody('政府办'), '人民政府办公室');
  assert.equal(canonicalBody('办公厅'), '人民政府办公厅');
  assert.equal(canonicalBody('人民政府教育局'), '教育局');
  assert.equal(canonicalBody('市场监督管理局'), '市场监督管理局');
});

test('a name split at its last unit, words like 市场 and 城乡 not being units', () => {
  assert.deepEqual(splitName('延津县人民政府办公室'), { place: '延津县', body: '人民政府办公室' });
  assert.deepEqual(splitName('红旗街道办事处'), { place: '红旗街道', body: '办事处' });
  assert.deepEqual(splitName('郑州市市场监督管理局'), { place: '郑州市', body: '市场监督管理局' });
  assert.deepEqual(splitName('阜康市城乡建设局'), { place: '阜康市', body: '城乡建设局' });
  assert.deepEqual(splitName('国务院办公厅'), { place: '', body: '国务院办公厅' });
  assert.deepEqual(splitName('县教育局'), { place: '', body: '县教育局' });
});

test('every word of each kind: the government’s, its office’s, the other bodies’, an institution’s, a department’s', () => {
  const cases: [string, string][] = [
    ['街道办事处', 'government'], ['行政公署', 'government'], ['公所', 'government'], ['区公所', 'government'], ['办', 'government'],
    ['党政办', 'office'], ['党政办公室', 'office'], ['党政综合办公室', 'office'], ['政府办公厅', 'office'],
    ['人民检察院', 'other'], ['检察院', 'other'], ['法院', 'other'], ['纪委', 'other'], ['监委', 'other'], ['人大常委会', 'other'],
    ['政协', 'other'], ['教育委员会党组', 'other'],
    ['实验学校', 'institution'], ['职业技术学院', 'institution'], ['开放大学', 'institution'], ['农业科学研究所', 'institution'],
    ['出版社', 'institution'], ['投资公司', 'institution'], ['建设集团', 'institution'], ['个体劳动者协会', 'institution'],
    ['水文站', 'institution'], ['博物馆', 'institution'],
    ['专员公署', 'department'], ['信访处', 'department'], ['宣传部', 'department'], ['综合执法大队', 'department'],
    ['司法所', 'department'], ['开发区管委会', 'department'], ['发展改革委', 'department'],
  ];
  for (const [body, kind] of cases) assert.equal(agencyKind(body), kind, body);
});

test('a word of the government or its office only as the whole body: more before or after it is another body', () => {
  assert.equal(agencyKind('人民政府网'), 'other');
  assert.equal(agencyKind('驻京办事处'), 'department');
  assert.equal(agencyKind('县政府办公室'), 'department');
  assert.equal(agencyKind('党政办公室秘书科'), 'other');
});

test('人民政府 before a department is dropped only where at least two characters follow it', () => {
  assert.equal(canonicalBody('人民政府侨办'), '侨办');
  assert.equal(canonicalBody('政府法制办'), '法制办');
  assert.equal(canonicalBody('人民政府网'), '人民政府网');
  assert.equal(canonicalBody('政府办公厅'), '人民政府办公厅');
  assert.equal(canonicalBody('党政办'), '人民政府办公室');
});

test('a body that holds the office’s or another body’s word but ends otherwise is read by its end', () => {
  const cases: [string, string][] = [
    ['政府办公室信息中心', 'institution'], ['办公厅秘书处', 'department'], ['人大常委会办公厅', 'department'], ['县委党政办公室', 'department'],
    ['政协文史馆', 'institution'], ['医院管理局', 'department'],
  ];
  for (const [body, kind] of cases) assert.equal(agencyKind(body), kind, body);
  // 政府 inside a body's name is part of it.
  assert.equal(canonicalBody('地方政府债务管理中心'), '地方政府债务管理中心');
});
