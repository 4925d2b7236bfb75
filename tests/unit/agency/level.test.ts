import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastUnit, levelOf, levelOfCode } from '../../../src/lib/agency/level.ts';

test('level from the last administrative unit of the name; departments take their government’s level', () => {
  const cases: [string, string][] = [
    ['钱店镇', 'township'], ['苏家作乡', 'township'], ['柳园口乡政府', 'township'], ['红旗街道办事处', 'township'],
    ['延津县人民政府办公室', 'county'], ['延津县市场监督管理局', 'county'], ['杭州市西湖区民政局', 'county'],
    ['昌吉回族自治州阜康市城乡建设局', 'city'], ['淮安市人民政府', 'city'], ['郑州市教育局', 'city'],
    ['江苏省人民政府办公厅', 'province'], ['新疆维吾尔自治区财政厅', 'province'], ['国务院办公厅', 'national'], ['教育部', 'national'],
    ['', 'unknown'],
  ];
  for (const [name, level] of cases) assert.equal(levelOf(name), level, name);
});

test('the four municipalities and their offices are provinces; their districts are counties', () => {
  assert.equal(levelOf('上海市人民政府办公厅'), 'province');
  assert.equal(levelOf('北京市人民政府'), 'province');
  assert.equal(levelOf('重庆市教育委员会'), 'province');
  assert.equal(levelOf('上海市普陀区人民政府'), 'county');
  assert.equal(levelOf('天津市和平区劝业场街道办事处'), 'township');
});

test('the level of a division code is its length', () => {
  assert.equal(levelOfCode('31'), 'province');
  assert.equal(levelOfCode('3208'), 'city');
  assert.equal(levelOfCode('654202'), 'county');
  assert.equal(levelOfCode('411625106'), 'township');
  assert.throws(() => levelOfCode('41162'), /not a division code/);
  assert.throws(() => levelOfCode('41x6'), /not a division code/);
});

test('a name that names no place takes the level of the unit it starts with: 自治区 is one word, not a 区', () => {
  assert.equal(levelOf('自治区人民政府办公厅'), 'province');
  assert.equal(levelOf('新疆维吾尔自治区人民政府办公厅'), 'province');
  assert.equal(levelOf('县教育局'), 'county');
  assert.equal(levelOf('街道办事处'), 'township');
  assert.equal(levelOf('人民政府办公室'), 'unknown');
});

test('a place under 国家税务总局 is the place’s, whatever its unit: a 旗 too', () => {
  assert.equal(levelOf('国家税务总局郸城县税务局'), 'county');
  assert.equal(levelOf('国家税务总局阿拉善左旗税务局'), 'county');
  assert.equal(levelOf('国家税务总局'), 'national');
  assert.equal(levelOf('国家发展和改革委员会'), 'national');
});

test('天津 is the fourth municipality: its government is a province’s', () => {
  assert.equal(levelOf('天津市人民政府'), 'province');
  assert.equal(levelOf('天津市教育委员会'), 'province');
});

test('a code is all digits, from its first to its last', () => {
  assert.throws(() => levelOfCode('x411'), /not a division code/);
  assert.throws(() => levelOfCode('411x'), /not a division code/);
  assert.throws(() => levelOfCode(''), /not a division code/);
});

test('national bodies: the republic, the State Council, a ministry or administration that names no place', () => {
  assert.equal(levelOf('中华人民共和国外交部'), 'national');
  assert.equal(levelOf('国务院国有资产监督管理委员会'), 'national');
  assert.equal(levelOf('海关总署'), 'national');
  assert.equal(levelOf('广播电视总局'), 'national');
  assert.equal(levelOf('外交部'), 'national');
  assert.equal(levelOf('中央军民融合发展委员会'), 'national');
  // 市场 and 城乡 name no unit: these name no place either.
  assert.equal(levelOf('市场监管总局'), 'national');
  assert.equal(levelOf('住房和城乡建设部'), 'national');
  // A body named after a place is that place's, with a word naming no unit or without.
  assert.equal(levelOf('郑州市委员会'), 'city');
  assert.equal(levelOf('郑州市市场监管总局'), 'city');
});

test('the last unit a name names after its first character, and where it ends', () => {
  assert.deepEqual(lastUnit('红旗街道办事处'), { unit: '街道', end: 4 });
  assert.deepEqual(lastUnit('郑州市市场监督管理局'), { unit: '市', end: 3 });
  assert.deepEqual(lastUnit('延津县人民政府办公室'), { unit: '县', end: 3 });
  assert.equal(lastUnit('县教育局'), null);
  assert.equal(lastUnit('自治区人民政府办公厅'), null);
});

test('a municipality named after a national body’s name is the province it is', () => {
  assert.equal(levelOf('国家税务总局北京市税务局'), 'province');
  assert.equal(levelOf('国家税务总局上海市浦东新区税务局'), 'county');
});
