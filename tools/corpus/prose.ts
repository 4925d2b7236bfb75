/**
 * Text of sections 一, 五 and 六 (and the preamble before 一) for generated reports. Real reports
 * are formulaic: short paragraphs under (一)…(五) sub-headings, a few numbers quoted from the
 * tables ("共收到政府信息公开申请N件", "行政复议N件"), and a sentence about 信息处理费 in 六. The
 * quoted numbers are recorded in `quotes` so the prose identity can be tested.
 */
import type { Edition } from '../../src/lib/template/editions.ts';
import type { Applications, ReviewLitigation } from '../../src/lib/template/schema.ts';
import type { Agency } from './agencies.ts';
import type { Rng } from './prng.ts';

export interface Sections {
  /** Paragraphs before section 一 (legal basis, statistics period). */
  preamble: string[];
  overview: string[];
  problems: string[];
  other: string[];
  /** Numbers quoted in the text, as they appear there. */
  quotes: { newReceived?: number; reconsideration?: number; litigation?: number };
}

interface ProseInput {
  agency: Agency;
  year: number;
  edition: Edition;
  applications: Applications;
  reviewLitigation: ReviewLitigation;
}

const ACTIVE = [
  '坚持“以公开为常态、不公开为例外”原则，围绕财政预决算、重大建设项目、社会救助、乡村振兴等重点领域，及时准确公开政府信息',
  '严格落实政府信息公开审查机制，通过政府网站、政务新媒体、公开栏等渠道主动公开各类政府信息',
  '按照政务公开目录要求，除法律、法规规定不宜公开和必须保密的外，积极主动公开信息，实现政府工作透明、公开',
  '聚焦群众关心关注的热点问题，加大政策解读力度，做好惠民惠农补贴、民生资金等信息的公开工作',
];
const MANAGEMENT = [
  '进一步完善了政府信息公开审核、发布、保密审查等工作机制，坚持“先审查、后公开”和“一事一审”原则',
  '定期对已公开信息进行梳理，及时更新、清理过期失效信息，确保公开信息准确、完整',
  '严格落实主要领导负总责、分管领导具体抓、责任科室具体办的工作机制',
];
const PLATFORM = [
  '充分发挥政府门户网站第一平台作用，及时更新信息公开专栏内容',
  '利用微信公众号、宣传栏、电子显示屏等渠道，拓宽信息公开途径，提高信息可达性',
  '按照上级统一部署，规范政府信息公开专栏栏目设置，做到栏目统一、内容规范',
];
const OVERSIGHT = [
  '将政府信息公开工作纳入年度目标考核，定期开展自查，发现问题及时整改',
  '调整充实政府信息公开工作领导小组，明确专人负责，加强业务培训',
  '主动接受社会监督，公开监督举报电话，认真听取公众意见建议',
];
const PROBLEMS = [
  '主动公开信息的时效性、全面性还有待提高',
  '政策解读形式较为单一，解读质量有待提升',
  '工作人员业务能力有待加强，对《条例》理解不够深入',
  '信息公开内容与群众需求还存在一定差距',
  '部分栏目更新不够及时',
];
const IMPROVEMENTS = [
  '加强业务培训，提高工作人员政策水平和业务能力',
  '丰富政策解读形式，采用图文、视频等方式增强解读效果',
  '健全信息发布审核机制，确保公开信息及时、准确',
  '加强对重点领域信息公开的督促检查，及时更新栏目内容',
];
const ORDINALS = ['一', '二', '三', '四'];

function pickSome(rng: Rng, items: readonly string[], n: number): string[] {
  const pool = [...items];
  const out: string[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/** A sub-headed paragraph, either as a line of its own or run into the text (both are common). */
function subheaded(out: string[], heading: string, text: string, inline: boolean): void {
  if (inline) out.push(`${heading}。${text}`);
  else out.push(heading, text);
}

function enumerate(parts: string[]): string {
  return parts.map((p, i) => `${ORDINALS[i]}是${p}`).join('；') + '。';
}

export function composeSections(rng: Rng, input: ProseInput): Sections {
  const { agency, year, applications: apps, reviewLitigation: rl } = input;
  const me = agency.self;
  const quotes: Sections['quotes'] = {};
  const preamble = rng.chance(0.6)
    ? [`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`]
    : [];

  const overview: string[] = [];
  const inline = rng.chance(0.4);
  if (rng.chance(0.5)) overview.push(`${year}年，${me}认真贯彻落实《条例》和上级关于政务公开工作的部署要求，扎实推进政府信息公开工作。`);

  subheaded(overview, '（一）主动公开', `${year}年，${me}${rng.pick(ACTIVE)}，全年累计主动公开政府信息${rng.int(5, 400)}条。`, inline);

  const received = apps.newReceived.total ?? 0;
  const done = apps.totalProcessed.total ?? 0;
  const forward = apps.carriedForward.total ?? 0;
  let requests: string;
  if (received === 0 && rng.chance(0.5)) {
    requests = `${year}年，${me}未收到政府信息公开申请。`;
  } else {
    quotes.newReceived = received;
    requests = `${year}年，${me}共收到政府信息公开申请${received}件`;
    requests += received > 0 ? `，办结${done}件，结转下年度继续办理${forward}件。` : '。';
  }
  subheaded(overview, '（二）依申请公开', requests, inline);
  subheaded(overview, '（三）政府信息管理', pickSome(rng, MANAGEMENT, 2).join('；') + '。', inline);
  subheaded(overview, '（四）政府信息公开平台建设', pickSome(rng, PLATFORM, 2).join('；') + '。', inline);
  const reviews = rl.reconsideration.total ?? 0;
  const suits = (rl.litigationDirect.total ?? 0) + (rl.litigationAfterReconsideration.total ?? 0);
  let oversight = pickSome(rng, OVERSIGHT, 2).join('；') + '。';
  if (reviews + suits === 0 && rng.chance(0.5)) {
    oversight += '全年未发生因政府信息公开引起的行政复议、行政诉讼案件。';
  } else if (rng.chance(0.8)) {
    quotes.reconsideration = reviews;
    quotes.litigation = suits;
    oversight += `全年因政府信息公开被申请行政复议${reviews}件，被提起行政诉讼${suits}件。`;
  }
  subheaded(overview, '（五）监督保障', oversight, inline);

  const problems = rng.chance(0.6)
    ? [`（一）存在的主要问题。${enumerate(pickSome(rng, PROBLEMS, rng.int(1, 3)))}`, `（二）改进情况。${enumerate(pickSome(rng, IMPROVEMENTS, rng.int(1, 3)))}`]
    : [`${year}年，${me}政府信息公开工作取得了一定成效，但仍存在${pickSome(rng, PROBLEMS, 1)[0]}等问题。下一步，${me}将${pickSome(rng, IMPROVEMENTS, 2).join('，')}，不断提升政府信息公开工作水平。`];

  const other: string[] = [];
  const basis = '依据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定';
  // 信息处理费 exists since 2021 (国办函〔2020〕109号); earlier reports say nothing or 无.
  if (year >= 2021 && received > 0 && rng.chance(0.05)) other.push(`${basis}，${year}年${me}收取信息处理费${rng.int(1, 30) * 100}元。`);
  else if (year >= 2021 && rng.chance(0.6)) other.push(`${basis}，本年度${me}未收取信息处理费。`);
  else other.push(rng.pick(['无。', '本年度无其他需要报告的事项。', `${me}无其他需要报告的事项。`]));

  return { preamble, overview, problems, other, quotes };
}
