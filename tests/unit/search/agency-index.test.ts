/**
 * The agency-name index as the build writes it: rows by hand for a few agencies, then a generated
 * list of 2,000 agencies (tools/corpus) in which every agency must be found by its full name
 * and by its pinyin initials on the first result page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { uniqueSlugs } from '../../../src/lib/agency/slug.ts';
import { uniqueAgency } from '../../../tools/corpus/agencies.ts';
import { createRng } from '../../../tools/corpus/prng.ts';
import { placeSite } from '../site/place-fixtures.ts';
import { buildSite } from '../../../src/lib/site/site.ts';
import { division, makeReport } from '../fixture-reports.ts';
import { buildAgencyIndex, indexedAgencies, pinyinSyllables, variantTable, type IndexedAgency } from '../../../src/lib/search/agency-index.ts';
import { decodeIndex, firstPage, MatchKind, searchNames, suggestionDetail, type NameIndex } from '../../../src/lib/search/name-search.ts';

test('pinyin: one syllable per character, ü as v, other runs as one word', () => {
  assert.deepEqual(pinyinSyllables('钱店镇'), ['qian', 'dian', 'zhen']);
  assert.deepEqual(pinyinSyllables('女儿镇'), ['nv', 'er', 'zhen']);
  assert.deepEqual(pinyinSyllables('第2中学'), ['di', '2', 'zhong', 'xue']);
  assert.deepEqual(pinyinSyllables('长垣县'), ['chang', 'yuan', 'xian']);
});

test('rows by hand: sorted by name, division, township flag, slug as a syllable count, aliases, place, trailing fields left out', () => {
  const file = buildAgencyIndex([
    { name: '钱店镇人民政府', level: 'township', years: [2023, 2022], slug: 'qian-dian-zhen-411625106', aliases: ['钱店镇', '钱店镇人民政府'], division: '411625106', township: true, region: '河南省周口市郸城县' },
    { name: '延津县教育局', level: 'county', years: [2019, 2020, 2021, 2023], slug: 'yan-jin-xian-jiao-yu-ju-410726', division: '410726', township: false, region: '河南省新乡市' },
    { name: '钱店镇', level: 'township', years: [], slug: 'qian-dian-zhen-1a2b3c', region: '未归入地区' },
    { name: '国务院办公厅', level: 'national', years: [2024], slug: 'guo-wu-yuan-ban-gong-ting' },
  ]);
  assert.equal(file.v, 4);
  assert.deepEqual(file.regions, ['', '未归入地区', '河南省周口市郸城县', '河南省新乡市']);
  assert.deepEqual(file.levels, ['国家级', '省级', '市级', '县级', '乡镇级', '层级不详']);
  // Every character once, in code-point order, with its reading.
  assert.equal(file.chars, '人ren公gong办ban务wu厅ting县xian国guo局ju店dian府fu延yan政zheng教jiao民min津jin育yu钱qian镇zhen院yuan');
  assert.deepEqual(file.rows, [
    ['国务院办公厅', 0, '2024'],
    ['延津县教育局', 3, '2019-2021,2023', '410726', 0, -6, '', '', 3],
    ['钱店镇', 4, '', '', 0, 'qian-dian-zhen-1a2b3c', '', '', 1],
    ['钱店镇人民政府', 4, '2022-2023', '411625106', 1, -3, '', '钱店镇', 2],
  ]);
  // 縣, 鎮, 錢, 敎 and the like, each followed by the character the names use.
  assert.match(file.variants, /縣县/);
  assert.match(file.variants, /鎮镇/);
  assert.match(file.variants, /錢钱/);
  assert.doesNotMatch(file.variants, /鄉/, 'no 乡 in these names, so no 鄉');
  const { entries } = decodeIndex(JSON.parse(JSON.stringify(file)));
  assert.deepEqual(
    entries.map((e) => [e.name, e.slug, e.pinyin, e.division, e.township, e.region]),
    [
      ['国务院办公厅', 'guo-wu-yuan-ban-gong-ting', 'guowuyuanbangongting', null, false, ''],
      ['延津县教育局', 'yan-jin-xian-jiao-yu-ju-410726', 'yanjinxianjiaoyuju', '410726', false, '河南省新乡市'],
      ['钱店镇', 'qian-dian-zhen-1a2b3c', 'qiandianzhen', null, false, '未归入地区'],
      ['钱店镇人民政府', 'qian-dian-zhen-411625106', 'qiandianzhenrenminzhengfu', '411625106', true, '河南省周口市郸城县'],
    ],
  );
});

test('the site’s agencies carry their division code, and the governments of townships are marked', () => {
  // tests/unit/site/place-fixtures.ts, read by hand: five township-level bodies placed in 郸城县's
  // townships, of which 钱店镇党政办公室 is an office; 城关镇 is a township government nobody could place.
  const file = buildAgencyIndex(indexedAgencies(placeSite().agencies));
  const rows = Object.fromEntries(file.rows.map((r) => [r[0], [r[3] ?? '', r[4] ?? 0]]));
  assert.deepEqual(rows, {
    钱店镇: ['411625106', 1],
    钱店镇党政办公室: ['411625106', 0],
    汲冢镇: ['411625107', 1],
    石槽镇: ['411625108', 1],
    城郊乡: ['411625200', 1],
    郸城县人民政府: ['411625', 0],
    郸城县教育体育局: ['411625', 0],
    郸城县财政局: ['411625', 0],
    郸城县人民法院: ['411625', 0],
    周口市人民政府: ['4116', 0],
    周口市公安局: ['4116', 0],
    延津县人民政府办公室: ['410726', 0],
    延津县人民政府: ['410726', 0],
    城关镇: ['', 0],
    国务院办公厅: ['', 0],
  });
});

test('the variant table: traditional and variant forms of the characters the names use, to those characters', () => {
  const pairs = (text: string) => [...text].flatMap((ch, i, all) => (i % 2 === 0 ? [ch + all[i + 1]] : []));
  const table = pairs(variantTable(new Set('县乡镇区吕')));
  for (const known of ['縣县', '鄉乡', '鎮镇', '區区', '呂吕']) assert.ok(table.includes(known), `${known} in ${table.join(' ')}`);
  assert.ok(table.every((p) => '县乡镇区吕'.includes(p[1]!) && p[0] !== p[1]), 'each pair leads to a character of the names');
  assert.deepEqual(table, [...table].sort(), 'in code-point order');
  // One simplified character can stand for several traditional ones: 干 for 乾 and 幹.
  const gan = pairs(variantTable(new Set('干')));
  assert.ok(gan.includes('乾干') && gan.includes('幹干'), gan.join(' '));
  assert.equal(variantTable(new Set('人民政府')), '', 'characters without another form');
});

test('a character read otherwise in one name keeps that name’s own pinyin', () => {
  // 长 is chang in 长垣县 and 长治市 but zhang in 镇长办公室 (pinyin-pro, from context). Rows are in
  // code-point order: 镇 (U+9547) before 长 (U+957F).
  const file = buildAgencyIndex([
    { name: '长垣县', level: 'county', years: [2023], slug: 'chang-yuan-xian' },
    { name: '长治市', level: 'city', years: [2023], slug: 'chang-zhi-shi' },
    { name: '镇长办公室', level: 'township', years: [2023], slug: 'zhen-zhang-ban-gong-shi' },
  ]);
  const spelled = file.rows.filter((r) => r[6]).map((r) => [r[0], r[6]]);
  assert.deepEqual(spelled, [['镇长办公室', 'zhen zhang ban gong shi']]);
  assert.deepEqual(
    decodeIndex(file).entries.map((e) => e.initials),
    ['zzbgs', 'cyx', 'czs'],
  );
});

/** 2,000 agencies as the corpus generator makes them, with their slugs as the site makes them. */
function generatedAgencies(n: number): IndexedAgency[] {
  const rng = createRng('name-search');
  const used = new Set<string>();
  const list = Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`agency-${i}`);
    const a = uniqueAgency(r, used);
    const last = r.int(2020, 2024);
    return { name: a.name, level: a.level, years: Array.from({ length: r.int(1, 5) }, (_, k) => last - k) };
  });
  const slugs = uniqueSlugs(list.map((a) => a.name));
  return list.map((a) => ({ ...a, slug: slugs.get(a.name)! }));
}

const GENERATED = generatedAgencies(2000);
const FILE = buildAgencyIndex(GENERATED);
const INDEX: NameIndex = decodeIndex(JSON.parse(JSON.stringify(FILE)));
const ENTRIES = INDEX.entries;

test('2,000 generated agencies: names are distinct and the index stays small', () => {
  assert.equal(new Set(GENERATED.map((a) => a.name)).size, 2000);
  assert.equal(ENTRIES.length, 2000);
  // About 7.3 bytes gzip per agency here; 100 KB for 10,000 leaves room for real, longer names.
  const gzip = gzipSync(JSON.stringify(FILE)).length;
  assert.ok(gzip < 20_000, `${gzip} bytes gzip`);
});

test('2,000 generated agencies: each is the first result for its full name', () => {
  for (const a of GENERATED) {
    const [first, second] = searchNames(INDEX, a.name);
    assert.equal(first?.entry.name, a.name);
    assert.equal(first?.kind, MatchKind.exact);
    assert.equal(first?.entry.slug, a.slug);
    assert.notEqual(second?.kind, MatchKind.exact, a.name);
  }
});

test('2,000 generated agencies: each is on the first page for its pinyin initials and its full pinyin', () => {
  // Initials computed here by pinyin-pro directly, not by the index's own code. Agencies whose
  // initials and length are the same cannot be told apart by the query: they tie, and the first page
  // (firstPage) holds every agency tied with the tenth. The agency must be among the best-ranked.
  let largestTie = 0;
  let notFirst = 0;
  for (const a of GENERATED) {
    const initials = pinyin(a.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
    const matches = searchNames(INDEX, initials);
    const page = firstPage(matches);
    const at = page.findIndex((m) => m.entry.name === a.name);
    assert.ok(at >= 0, `${a.name} (${initials}) not on the first page: ${page.map((m) => m.entry.name).join(' ')}`);
    const own = page[at]!;
    assert.equal(own.kind, matches[0]!.kind, `${a.name}: ${initials} ranks others better`);
    const tied = matches.filter((m) => m.kind === own.kind && m.entry.name.length === a.name.length).length;
    largestTie = Math.max(largestTie, tied);
    if (at > 0) notFirst++;

    const full = pinyin(a.name, { toneType: 'none', type: 'array', v: true }).join('');
    const byPinyin = firstPage(searchNames(INDEX, full));
    assert.ok(byPinyin.some((m) => m.entry.name === a.name), `${a.name} (${full})`);
  }
  // With these names the largest group of agencies sharing initials and length is small.
  assert.ok(largestTie <= 10, `largest tie ${largestTie}`);
  assert.ok(notFirst < 200, `${notFirst} agencies behind another with the same initials`);
});

test('namesakes are told apart by their division’s names, never by their name: 城关镇 of 榆中县 and an unplaced 城关镇', () => {
  const yuzhong = division([['62', '甘肃省'], ['6201', '兰州市'], ['620123', '榆中县'], ['620123100', '城关镇']]);
  const site = buildSite([
    makeReport({ id: '2024-cgz-yz', agency: '城关镇', agencyKey: '620123100 城关镇', division: yuzhong }),
    makeReport({ id: '2024-cgz', agency: '城关镇', path: '城关镇2024.pdf' }),
    makeReport({ id: '2024-yzx', agency: '榆中县人民政府', agencyKey: '620123 榆中县', level: 'county', division: division([['62', '甘肃省'], ['6201', '兰州市'], ['620123', '榆中县']]) }),
  ]);
  const { entries } = decodeIndex(JSON.parse(JSON.stringify(buildAgencyIndex(indexedAgencies(site.agencies)))));
  assert.deepEqual(
    entries.map((e) => [e.name, e.region, e.level]).sort(),
    [
      ['城关镇', '未归入地区', '乡镇级'],
      ['城关镇', '甘肃省兰州市榆中县', '乡镇级'],
      ['榆中县人民政府', '甘肃省兰州市', '县级'],
    ],
  );
});

test('what each suggestion says under the name tells namesakes apart: two 城关镇 of different counties and an unplaced one, found by traditional characters', () => {
  const yuzhong = division([['62', '甘肃省'], ['6201', '兰州市'], ['620123', '榆中县'], ['620123100', '城关镇']]);
  const dancheng = division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625100', '城关镇']]);
  const site = buildSite([
    makeReport({ id: '2023-cgz-yz', agency: '城关镇', year: 2023, agencyKey: '620123100 城关镇', division: yuzhong }),
    makeReport({ id: '2024-cgz-yz', agency: '城关镇', year: 2024, agencyKey: '620123100 城关镇', division: yuzhong }),
    makeReport({ id: '2021-cgz-dc', agency: '城关镇', year: 2021, agencyKey: '411625100 城关镇', division: dancheng }),
    makeReport({ id: '2022-cgz', agency: '城关镇', year: 2022, path: '城关镇2022.pdf' }),
  ]);
  const index = decodeIndex(JSON.parse(JSON.stringify(buildAgencyIndex(indexedAgencies(site.agencies)))));
  const rows = searchNames(index, '城關鎮').map((m) => `${m.entry.name} ${suggestionDetail(m.entry)}`);
  assert.deepEqual(rows.sort(), [
    '城关镇 乡镇级 · 未归入地区 · 2022年',
    '城关镇 乡镇级 · 河南省周口市郸城县 · 2021年',
    '城关镇 乡镇级 · 甘肃省兰州市榆中县 · 2023—2024年',
  ]);
});
