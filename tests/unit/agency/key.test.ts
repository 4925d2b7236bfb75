import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyIdentity, agencyKey, hasEvidence, keyCode, keyName } from '../../../src/lib/agency/key.ts';
import { identitySlug, uniqueSlugs } from '../../../src/lib/agency/slug.ts';
import { division, makeReport } from '../fixture-reports.ts';

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

test('an agency’s identity: a placed one its key; an unplaced one its key and the folder it was filed in, or its file at the top', () => {
  const placed = makeReport({ agency: '钱店镇', agencyKey: '411625106 钱店镇', division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625106', '钱店镇']]), path: '2024/钱店镇.txt' });
  assert.equal(agencyIdentity(placed), '411625106 钱店镇');
  assert.equal(agencyIdentity(makeReport({ agency: '城关镇', path: '兰考/2024/城关镇.pdf' })), '城关镇 @兰考/2024/');
  assert.equal(agencyIdentity(makeReport({ agency: '城关镇', path: '城关镇2024.pdf' })), '城关镇 @城关镇2024.pdf');
  assert.equal(agencyIdentity(makeReport({ agency: '国务院办公厅', level: 'national', path: '国务院办公厅2024.pdf' })), '国务院办公厅');
  assert.equal(keyName('城关镇 @兰考/2024/'), '城关镇');
  assert.equal(keyCode('城关镇 @兰考/2024/'), null);
});

test('an agency’s slug is its own: a placed one always carries its code, an unplaced one a hash of its identity, whatever else the corpus holds', () => {
  const slugs = uniqueSlugs(['320813 洪泽区', '411625106 钱店镇', '410727100 城关镇', '410724100 城关镇', '红旗街道 @a/', '国务院办公厅']);
  assert.equal(slugs.get('320813 洪泽区'), 'hong-ze-qu-320813');
  assert.equal(slugs.get('411625106 钱店镇'), 'qian-dian-zhen-411625106');
  assert.equal(slugs.get('410727100 城关镇'), 'cheng-guan-zhen-410727100');
  assert.equal(slugs.get('410724100 城关镇'), 'cheng-guan-zhen-410724100');
  assert.match(slugs.get('红旗街道 @a/')!, /^hong-qi-jie-dao-[0-9a-f]{6}$/);
  assert.equal(slugs.get('国务院办公厅'), 'guo-wu-yuan-ban-gong-ting');
  // Alone, with a namesake, or with the namesake settled: the same address.
  assert.equal(uniqueSlugs(['411625200 城郊乡']).get('411625200 城郊乡'), 'cheng-jiao-xiang-411625200');
  assert.equal(uniqueSlugs(['411625200 城郊乡', '城郊乡 @b/']).get('411625200 城郊乡'), 'cheng-jiao-xiang-411625200');
  assert.equal(uniqueSlugs(['城郊乡 @b/', '城郊乡 @c/']).get('城郊乡 @b/'), identitySlug('城郊乡 @b/'));
  assert.notEqual(identitySlug('城郊乡 @b/'), identitySlug('城郊乡 @c/'));
});

test('a name that is only a government’s body, with no place: the body itself is the key', () => {
  assert.equal(agencyKey(null, '', '人民政府'), '人民政府');
  assert.equal(agencyKey(null, '', '政府'), '政府');
});

test('a placed key is 2 to 9 digits, a space and a name; anything else is a name', () => {
  assert.equal(keyCode('41 河南省'), '41');
  assert.equal(keyName('41 河南省'), '河南省');
  assert.equal(keyCode('4 河南省'), null);
  assert.equal(keyCode('4116251060 钱店镇'), null);
  assert.equal(keyName('4116251060 钱店镇'), '4116251060 钱店镇');
  assert.equal(keyCode('x411625106 钱店镇'), null);
  assert.equal(keyCode('411625106钱店镇'), null);
});

test('evidence: what follows " @" in an unplaced identity, whatever characters its folder holds', () => {
  assert.equal(hasEvidence('城关镇 @兰考/2024/'), true);
  assert.equal(hasEvidence('城关镇'), false);
  assert.equal(hasEvidence('411625106 钱店镇'), false);
  assert.equal(hasEvidence('城关镇@兰考/'), false);
  assert.equal(keyName('城关镇 @兰考\n2024/'), '城关镇');
});

test('a file whose folder is the root: the folder is its evidence', () => {
  assert.equal(agencyIdentity(makeReport({ agency: '城关镇', path: '/城关镇2024.pdf' })), '城关镇 @/');
});
