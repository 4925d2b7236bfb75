/**
 * Name search in the browser: normalisation, decoding of the index rows and the ranking, on a
 * hand-made index whose pinyin is written out (no pinyin library involved), with the expected
 * order worked out by hand from the rules at the top of name-search.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeChars,
  decodeEntry,
  decodeIndex,
  decodeVariants,
  foldVariants,
  decodeYears,
  encodeYears,
  firstPage,
  MatchKind,
  normalise,
  regionOf,
  searchNames,
  suggestionDetail,
  syllablesOf,
  type AgencyRow,
} from '../../../src/lib/search/name-search.ts';

const LEVELS = ['国家级', '省级', '市级', '县级', '乡镇级', '层级不详'];
const TABLE = decodeChars('钱qian店dian镇zhen前qian集ji乡xiang千qian岛dao湖hu延yan津jin县xian教jiao育yu局ju');

const ROWS: AgencyRow[] = [
  ['钱店镇', 4, '2022-2023'],
  ['钱店集乡', 4, '2023'],
  ['前店镇', 4, '2021'],
  ['千岛湖镇', 4, '2020-2021'],
  ['延津县钱店镇', 4, '2023'],
  ['延津县教育局', 3, '2019-2021,2023'],
];
const ENTRIES = ROWS.map((r) => decodeEntry(r, LEVELS, TABLE));
const INDEX = { entries: ENTRIES, variants: decodeVariants('鎮镇錢钱縣县') };
const names = (q: string) => searchNames(INDEX, q).map((m) => m.entry.name);
const kinds = (q: string) => searchNames(INDEX, q).map((m) => m.kind);

test('normalise drops spaces and punctuation, folds full-width forms and case, writes ü as v', () => {
  assert.equal(normalise(' 钱店　镇 '), '钱店镇');
  assert.equal(normalise('ＱＩＡＮ ｄｉａｎ'), 'qiandian');
  assert.equal(normalise("Xi'an-Shi"), 'xianshi');
  assert.equal(normalise('lü'), 'lv');
  assert.equal(normalise('延津县（办）'), '延津县办');
  assert.equal(normalise('第２中学'), '第2中学');
});

test('years are written as ranges and read back', () => {
  assert.equal(encodeYears([2023, 2019, 2020, 2021, 2021]), '2019-2021,2023');
  assert.deepEqual(decodeYears('2019-2021,2023'), [2019, 2020, 2021, 2023]);
  assert.deepEqual(decodeYears(''), []);
  assert.equal(encodeYears([2024, 2019, 2021]), '2019,2021,2024', 'a gap stays a gap');
});

test('syllables come from the character table; other runs of letters and digits are one word each', () => {
  assert.deepEqual(syllablesOf('钱店镇', TABLE), ['qian', 'dian', 'zhen']);
  // 号 and 区 are not in the table: the run 2号（A区） keeps its letters and digits, `2a`.
  assert.deepEqual(syllablesOf('延津县2号（A区）钱店', TABLE), ['yan', 'jin', 'xian', '2a', 'qian', 'dian']);
});

test('a row decodes to its name, level, region, division, years, slug and pinyin', () => {
  const e = decodeEntry(['钱店镇人民政府', 4, '2022-2023', '411625106', 1, 3, 'qian dian zhen ren min zheng fu', '钱店镇'], LEVELS, TABLE);
  assert.equal(e.level, '乡镇级');
  assert.equal(e.region, '');
  assert.equal(e.division, '411625106');
  assert.equal(e.township, true);
  assert.deepEqual(e.years, [2022, 2023]);
  assert.equal(e.slug, 'qian-dian-zhen');
  assert.equal(e.pinyin, 'qiandianzhenrenminzhengfu');
  assert.equal(e.initials, 'qdzrmzf');
  assert.deepEqual(e.keys, ['钱店镇人民政府', '钱店镇']);
  // Slug 0 (left out): all syllables; a string: the slug itself.
  assert.equal(ENTRIES[0]!.slug, 'qian-dian-zhen');
  const unplaced = decodeEntry(['钱店镇', 4, '', '', 0, 'qian-dian-zhen-1a2b3c'], LEVELS, TABLE);
  assert.equal(unplaced.slug, 'qian-dian-zhen-1a2b3c');
  assert.equal(unplaced.division, null);
  assert.equal(unplaced.township, false);
  // A department of a county: its county's code, not a township government.
  const department = decodeEntry(['延津县教育局', 3, '2023', '410726'], LEVELS, TABLE);
  assert.deepEqual([department.division, department.township, department.slug], ['410726', false, 'yan-jin-xian-jiao-yu-ju']);
  assert.equal(ENTRIES[5]!.region, '延津县');
  assert.equal(ENTRIES[5]!.division, null, 'a row without field 3 is unplaced');
});

test('a file of another version is refused', () => {
  assert.throws(() => decodeIndex({ v: 99, levels: [], chars: '', variants: '', regions: [''], rows: [] }), /format version 4, got 99/);
  assert.throws(() => decodeIndex({ v: 3, levels: LEVELS, chars: '钱qian', variants: '', rows: [] }), /format version 4, got 3/, 'the file of the row layout before places');
  assert.throws(() => decodeIndex({ v: 4, levels: LEVELS, chars: '钱qian', regions: [''], rows: [] }), /format version 4/, 'a file without its variant table');
  assert.throws(() => decodeIndex({ v: 4, levels: LEVELS, chars: '钱qian', variants: '', rows: [] }), /format version 4/, 'a file without its places');
  const index = decodeIndex({ v: 4, levels: LEVELS, chars: '钱qian', variants: '錢钱', regions: [''], rows: [['钱', 4, '']] });
  assert.equal(index.entries[0]!.pinyin, 'qian');
  assert.equal(index.variants.get('錢'), '钱');
});

test('the full name comes first, then names it begins, then names that contain it', () => {
  assert.deepEqual(names('钱店镇'), ['钱店镇', '延津县钱店镇']);
  assert.deepEqual(kinds('钱店镇'), [MatchKind.exact, MatchKind.substring]);
  // Prefix: 钱店镇 (3 characters) before 钱店集乡 (4); then the substring.
  assert.deepEqual(names('钱店'), ['钱店镇', '钱店集乡', '延津县钱店镇']);
  assert.deepEqual(names(' 钱 店 镇 '), ['钱店镇', '延津县钱店镇']);
});

test('words of a query found anywhere in a name', () => {
  assert.deepEqual(names('延津 教育'), ['延津县教育局']);
  assert.deepEqual(kinds('延津 教育'), [MatchKind.words]);
});

test('full pinyin: prefix before a match from a later syllable, never from inside a syllable', () => {
  // 前 (U+524D) sorts before 钱 (U+94B1) among names of the same length.
  assert.deepEqual(names('qiandian'), ['前店镇', '钱店镇', '钱店集乡', '延津县钱店镇']);
  assert.deepEqual(kinds('qiandian'), [MatchKind.pinyinPrefix, MatchKind.pinyinPrefix, MatchKind.pinyinPrefix, MatchKind.pinyinSubstring]);
  assert.deepEqual(names('QIAN DIAN'), names('qiandian'));
  assert.deepEqual(names('dianzhen'), ['前店镇', '钱店镇', '延津县钱店镇']);
  assert.deepEqual(names('iandian'), []);
});

test('initials: prefix before substring; shorter names first', () => {
  assert.deepEqual(names('qdz'), ['前店镇', '钱店镇', '延津县钱店镇']);
  assert.deepEqual(kinds('qdz'), [MatchKind.initialsPrefix, MatchKind.initialsPrefix, MatchKind.initialsSubstring]);
  assert.deepEqual(names('qdhz'), ['千岛湖镇']);
  assert.deepEqual(names('yjxj'), ['延津县教育局']);
});

test('characters never match pinyin and pinyin never matches characters', () => {
  assert.deepEqual(names('qian店'), []);
  assert.deepEqual(names(''), []);
  assert.deepEqual(names('  '), []);
});

test('a filter narrows the entries first', () => {
  const found = searchNames(INDEX, 'qdz', (e) => e.years.includes(2021));
  assert.deepEqual(found.map((m) => m.entry.name), ['前店镇']);
});

test('the first page holds ten matches and every match tied with the tenth, thirty at most', () => {
  const m = (name: string, kind: MatchKind) => ({ entry: { ...ENTRIES[0]!, name }, kind });
  const list = [...Array.from({ length: 9 }, (_, i) => m(`甲${i}`, MatchKind.prefix)), ...Array.from({ length: 5 }, (_, i) => m(`乙${i}x`, MatchKind.prefix)), m('丙丙丙', MatchKind.prefix)];
  // The 10th is 乙0x (3 characters): 乙1x…乙4x tie with it; 丙丙丙 also has 3 characters and the same kind.
  assert.equal(firstPage(list).length, 15);
  const many = Array.from({ length: 50 }, (_, i) => m(`丁${String(i).padStart(2, '0')}`, MatchKind.initialsPrefix));
  assert.equal(firstPage(many).length, 30);
  assert.equal(firstPage(list.slice(0, 4)).length, 4);
});

test('the region is the places a name starts with', () => {
  assert.equal(regionOf('钱店镇'), '');
  assert.equal(regionOf('延津县人民政府办公室'), '延津县');
  assert.equal(regionOf('延津县市场监督管理局'), '延津县');
  assert.equal(regionOf('延津县城市管理局'), '延津县');
  assert.equal(regionOf('郑州市教育局'), '郑州市');
  assert.equal(regionOf('新乡市政府'), '新乡市');
  assert.equal(regionOf('河南省新乡市延津县教育局'), '河南省新乡市延津县');
  assert.equal(regionOf('泰州市海陵区民政局'), '泰州市海陵区');
  assert.equal(regionOf('广西壮族自治区教育厅'), '广西壮族自治区');
  assert.equal(regionOf('新市镇'), '');
});

test('traditional characters are read as the names write them', () => {
  assert.equal(foldVariants('錢店鎮', INDEX.variants), '钱店镇');
  assert.deepEqual(names('錢店鎮'), names('钱店镇'));
  assert.deepEqual(names('延津縣 教育'), ['延津县教育局']);
  assert.deepEqual(kinds('錢店鎮'), [MatchKind.exact, MatchKind.substring]);
});

test('ü is v in pinyin, and a u in the query finds it too: lv and lu both find 吕', () => {
  const table = decodeChars('吕lv卢lu店dian镇zhen女nv');
  const index = { entries: (['吕店镇', '卢店镇', '女店镇'] as const).map((name) => decodeEntry([name, 4, '2023'], LEVELS, table)), variants: new Map<string, string>() };
  const found = (q: string) => searchNames(index, q).map((m) => m.entry.name);
  assert.deepEqual(found('lv'), ['吕店镇']);
  assert.deepEqual(found('lü'), ['吕店镇']);
  assert.deepEqual(found('lu'), ['卢店镇', '吕店镇'], 'same kind and length: in pinyin order, lu before lv');
  assert.deepEqual(found('ludianzhen'), ['卢店镇', '吕店镇']);
  assert.deepEqual(found('nudian'), ['女店镇']);
  assert.deepEqual(found('dianzhen'), ['卢店镇', '吕店镇', '女店镇']);
  assert.equal(index.entries[1]!.pinyinU, undefined, 'a name without ü keeps one spelling');
});

test('a suggestion says the level, the place from the index’s regions (not from the name) and the years', () => {
  const regions = ['', '未归入地区', '河南省新乡市'];
  const placed = decodeEntry(['延津县教育局', 3, '2019-2021,2023', '410726', 0, 0, '', '', 2], LEVELS, TABLE, regions);
  const unplaced = decodeEntry(['钱店镇', 4, '2022', '', 0, 0, '', '', 1], LEVELS, TABLE, regions);
  const national = decodeEntry(['国务院办公厅', 0, ''], LEVELS, TABLE, regions);
  assert.equal(suggestionDetail(placed), '县级 · 河南省新乡市 · 2019—2021、2023年');
  assert.equal(suggestionDetail(unplaced), '乡镇级 · 未归入地区 · 2022年');
  assert.equal(suggestionDetail(national), '国家级 · 年度不详');
});
