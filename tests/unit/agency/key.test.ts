import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyKey, keyCode, keyName } from '../../../src/lib/agency/key.ts';
import { uniqueSlugs } from '../../../src/lib/agency/slug.ts';

const HONGZE = { code: '320813', name: '洪泽区' };

test('a placed agency: its code and official name, with one spelling of its body', () => {
  assert.equal(agencyKey(HONGZE, '人民政府', '洪泽区人民政府'), '320813 洪泽区');
  assert.equal(agencyKey(HONGZE, '人民政府', '淮安市洪泽区人民政府'), '320813 洪泽区');
  assert.equal(agencyKey(HONGZE, '政府', '洪泽区政府'), '320813 洪泽区');
  assert.equal(agencyKey(HONGZE, '政府办公室', '洪泽区政府办公室'), '320813 洪泽区人民政府办公室');
  assert.equal(agencyKey(HONGZE, '教育局', '洪泽区教育局'), '320813 洪泽区教育局');
  // The official name, whatever the variant printed (郭楞 for the list's 郭愣).
  assert.equal(agencyKey({ code: '654202205', name: '吉尔格勒特郭愣蒙古民族乡' }, '', '吉尔格勒特郭楞蒙古民族乡'), '654202205 吉尔格勒特郭愣蒙古民族乡');
});

test('an unplaced agency: its name in normal form, the government and office spelt once', () => {
  assert.equal(agencyKey(null, '', '柳园口乡政府'), '柳园口乡');
  assert.equal(agencyKey(null, '', '柳园口乡人民政府'), '柳园口乡');
  assert.equal(agencyKey(null, '', '红旗街道办事处'), '红旗街道');
  assert.equal(agencyKey(null, '', '东风县政府办公室'), '东风县人民政府办公室');
  assert.equal(agencyKey(null, '', '国务院办公厅'), '国务院办公厅');
});

test('the name and code of a key', () => {
  assert.equal(keyName('411625106 钱店镇'), '钱店镇');
  assert.equal(keyCode('411625106 钱店镇'), '411625106');
  assert.equal(keyName('红旗街道'), '红旗街道');
  assert.equal(keyCode('红旗街道'), null);
});

test('an agency’s slug is made from the name in its key; a placed one is told apart by its code', () => {
  const slugs = uniqueSlugs(['320813 洪泽区', '411625106 钱店镇', '410727100 城关镇', '410724100 城关镇', '红旗街道']);
  assert.equal(slugs.get('320813 洪泽区'), 'hong-ze-qu');
  assert.equal(slugs.get('411625106 钱店镇'), 'qian-dian-zhen');
  assert.equal(slugs.get('410727100 城关镇'), 'cheng-guan-zhen-410727100');
  assert.equal(slugs.get('410724100 城关镇'), 'cheng-guan-zhen-410724100');
  assert.equal(slugs.get('红旗街道'), 'hong-qi-jie-dao');
});
