/**
 * Publishing bodies for the generated corpus: townships, county and city governments, their
 * offices and departments, and a few provincial departments. Names are assembled from syllables
 * that real place names use (钱店镇, 柳园口乡, 苏家作乡, 延津县…), so the parser meets thousands
 * of distinct names rather than a handful of fixed strings.
 */
import { gazetteer } from '../../src/lib/place/gazetteer-fs.ts';
import type { Level } from '../../src/lib/template/schema.ts';
import type { Rng } from './prng.ts';

export type AgencyKind = 'township' | 'government' | 'office' | 'department';

export interface Agency {
  /** The name as printed in the title: this is what the parser must return as `agency`. */
  name: string;
  level: Level;
  kind: AgencyKind;
  /** Expected new applications a year; most townships get none, a city government hundreds. */
  scale: number;
  /** Weight of law enforcement (许可, 处罚, 强制) in section 二, 0…1. */
  enforcement: number;
  /** How the report refers to its author in prose: 我镇, 我局, 本机关. */
  self: string;
  /** Only provincial and city governments may issue 规章 (立法法第八十二条). */
  makesRegulations: boolean;
}

// Syllables common in Chinese county and city names (arrays of characters, split once).
const FIRST = [...'安白宝北滨博昌长城崇大丹德定东丰凤福阜高固广桂海汉和鹤红洪华怀淮黄惠吉嘉建江金晋靖静九开兰乐黎连林临灵柳龙隆鲁洛马梅蒙孟明南宁平浦齐祁杞千钱清庆曲仁荣汝瑞沙山商邵沈石寿舒双顺泗松苏睢遂太泰汤唐桃滕天通桐铜万望威渭温文武西息夏仙咸襄祥孝新信兴修许宣延盐阳杨伊宜义益永攸余禹玉元源岳云枣泽张彰漳正郑中周朱淄遵'];
const SECOND = [...'安昌城川丹德东丰封阜冈谷关海河湖化江津陵林宁平浦清泉山水台田溪阳源州原武义兴丘垣乡陂'];
// Township names: surnames with 家, landscape words, and village-type endings (集, 店, 口, 寨…).
const SURNAME = [...'王李张刘陈杨赵黄周吴马孙胡朱高林何郭罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦史顾侯邵孟万段雷钱汤尹黎易常武乔贺赖龚'];
const MIDDLE = [...'园林桥河山水东西南北上下大小新老沙石马龙凤柳杨桃'];
const ENDING = [...'集店口寨营铺屯岗湾桥庄堡坪岭沟坊场洼作圩墩'];
const ETHNIC_TOWNSHIP = ['回族乡', '蒙古族乡', '满族乡', '彝族乡', '苗族乡', '土家族乡', '瑶族乡'];

const PROVINCES = [
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省',
  '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '广西壮族自治区', '内蒙古自治区', '宁夏回族自治区', '新疆维吾尔自治区',
];

/** County and city departments; `apps` scales the application volume, `enf` section 二 enforcement. */
const DEPARTMENTS: readonly { name: string; apps: number; enf: number; province?: string }[] = [
  { name: '发展和改革委员会', apps: 0.6, enf: 0.1 },
  { name: '教育局', apps: 0.7, enf: 0.1, province: '教育厅' },
  { name: '科学技术局', apps: 0.2, enf: 0.05, province: '科学技术厅' },
  { name: '工业和信息化局', apps: 0.3, enf: 0.1, province: '工业和信息化厅' },
  { name: '公安局', apps: 0.9, enf: 1, province: '公安厅' },
  { name: '民政局', apps: 0.6, enf: 0.2, province: '民政厅' },
  { name: '司法局', apps: 0.4, enf: 0.2, province: '司法厅' },
  { name: '财政局', apps: 0.6, enf: 0.1, province: '财政厅' },
  { name: '人力资源和社会保障局', apps: 0.9, enf: 0.4, province: '人力资源和社会保障厅' },
  { name: '自然资源局', apps: 1.6, enf: 0.7, province: '自然资源厅' },
  { name: '生态环境局', apps: 0.8, enf: 0.8, province: '生态环境厅' },
  { name: '住房和城乡建设局', apps: 1.3, enf: 0.6, province: '住房和城乡建设厅' },
  { name: '交通运输局', apps: 0.6, enf: 0.8, province: '交通运输厅' },
  { name: '水利局', apps: 0.4, enf: 0.4, province: '水利厅' },
  { name: '农业农村局', apps: 0.5, enf: 0.5, province: '农业农村厅' },
  { name: '商务局', apps: 0.3, enf: 0.2, province: '商务厅' },
  { name: '文化广电和旅游局', apps: 0.3, enf: 0.4, province: '文化和旅游厅' },
  { name: '卫生健康委员会', apps: 0.6, enf: 0.7 },
  { name: '退役军人事务局', apps: 0.3, enf: 0.05, province: '退役军人事务厅' },
  { name: '应急管理局', apps: 0.4, enf: 0.7, province: '应急管理厅' },
  { name: '审计局', apps: 0.2, enf: 0.1, province: '审计厅' },
  { name: '市场监督管理局', apps: 0.8, enf: 1, province: '市场监督管理局' },
  { name: '统计局', apps: 0.2, enf: 0.1, province: '统计局' },
  { name: '医疗保障局', apps: 0.4, enf: 0.5, province: '医疗保障局' },
  { name: '林业局', apps: 0.3, enf: 0.5, province: '林业局' },
  { name: '城市管理局', apps: 0.6, enf: 0.9 },
];

function placeName(rng: Rng): string {
  return rng.pick(FIRST) + rng.pick(SECOND);
}

function townName(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return rng.pick(FIRST) + rng.pick(ENDING);
    case 1: return rng.pick(SURNAME) + '家' + rng.pick(ENDING);
    case 2: return rng.pick(FIRST) + rng.pick(MIDDLE) + rng.pick(ENDING);
    default: return rng.pick(SURNAME) + rng.pick(ENDING);
  }
}

function selfOf(dept: string): string {
  if (dept.endsWith('委员会')) return '我委';
  if (dept.endsWith('办公室') || dept.endsWith('办公厅')) return '我办';
  if (dept.endsWith('厅')) return '我厅';
  return '我局';
}

/**
 * A city's name: one that is not a real 县级市 (邵东市), which ingest places as county-level
 * from the official list (src/lib/place/), so the generated level `city` would be false.
 */
function cityName(rng: Rng): string {
  for (;;) {
    const city = placeName(rng) + '市';
    if (!gazetteer().full(city).some((d) => d.level === 'county')) return city;
  }
}

/** One new agency; names may repeat, so callers keep a set of names already used. */
export function randomAgency(rng: Rng): Agency {
  const roll = rng.next();
  const county = placeName(rng) + (rng.chance(0.75) ? '县' : '区');
  const city = cityName(rng);
  if (roll < 0.5) {
    const kind = rng.weighted([5, 4, 1.5, 0.5, 0.3]);
    const suffix = ['镇', '乡', '街道办事处', '街道', rng.pick(ETHNIC_TOWNSHIP)][kind]!;
    const base = townName(rng) + suffix;
    const prefix = rng.chance(0.25) ? county : '';
    const gov = suffix.endsWith('乡') || suffix === '镇' ? rng.pick(['', '', '人民政府', '人民政府', '政府']) : '';
    const self = suffix.startsWith('街道') ? rng.pick(['我街道', '本街道']) : suffix === '镇' ? '我镇' : '我乡';
    const busy = rng.chance(0.3);
    return { name: prefix + base + gov, level: 'township', kind: 'township', scale: busy ? 1.5 : 0.15, enforcement: 0.15, self, makesRegulations: false };
  }
  if (roll < 0.62) {
    const office = rng.chance(0.45);
    const self = office ? '我办' : county.endsWith('县') ? '我县' : '我区';
    return { name: county + (office ? '人民政府办公室' : '人民政府'), level: 'county', kind: office ? 'office' : 'government', scale: office ? 3 : 10, enforcement: 0.3, self, makesRegulations: false };
  }
  if (roll < 0.84) {
    const dept = rng.pick(DEPARTMENTS);
    // A district department is often published under its city's name too (XX市XX区民政局).
    const prefix = county.endsWith('区') && rng.chance(0.4) ? city + county : county;
    return { name: prefix + dept.name, level: 'county', kind: 'department', scale: 3 * dept.apps, enforcement: dept.enf, self: selfOf(dept.name), makesRegulations: false };
  }
  if (roll < 0.97) {
    const which = rng.weighted([2, 1, 7]);
    if (which === 2) {
      const dept = rng.pick(DEPARTMENTS);
      return { name: city + dept.name, level: 'city', kind: 'department', scale: 20 * dept.apps, enforcement: dept.enf, self: selfOf(dept.name), makesRegulations: false };
    }
    const office = which === 1;
    return { name: city + (office ? '人民政府办公室' : '人民政府'), level: 'city', kind: office ? 'office' : 'government', scale: office ? 25 : 90, enforcement: 0.3, self: office ? '我办' : '我市', makesRegulations: !office };
  }
  const province = rng.pick(PROVINCES);
  const withProvince = DEPARTMENTS.filter((d) => d.province);
  if (rng.chance(0.25)) {
    return { name: province + '人民政府办公厅', level: 'province', kind: 'office', scale: 120, enforcement: 0.1, self: '我厅', makesRegulations: false };
  }
  const dept = rng.pick(withProvince);
  return { name: province + dept.province!, level: 'province', kind: 'department', scale: 60 * dept.apps, enforcement: dept.enf, self: selfOf(dept.province!), makesRegulations: false };
}

/** A new agency whose name is not in `used`; adds it. */
export function uniqueAgency(rng: Rng, used: Set<string>): Agency {
  for (let attempt = 0; ; attempt++) {
    const agency = randomAgency(rng);
    if (!used.has(agency.name) || attempt > 1000) {
      used.add(agency.name);
      return agency;
    }
  }
}
