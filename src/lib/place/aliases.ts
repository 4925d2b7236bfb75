/**
 * The names a division goes by besides its official one. Reports drop the ethnic part of an
 * autonomous name (长阳土家族自治县 → 长阳县, 恩施土家族苗族自治州 → 恩施州, 顺河回族区 → 顺河区),
 * call a 街道 by its 办事处 or the other way round, and name provinces and cities without their
 * unit (河南, 焦作日报). Full forms end in a unit and may stand anywhere a division is named;
 * short forms (no unit) are trusted only where something else confirms them (see read-name.ts
 * and evidence.ts), since 南京 in 南京大学 names no 南京市 body.
 */
import { nameForm } from '../agency/name.ts';
import type { DivisionLevel } from '../agency/level.ts';
import { unitWords } from '../template/unit-words.ts';

/** The 55 minority nationalities, as autonomous names spell them (蒙古 often without 族). */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣',
  '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固',
  '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);

const NATIONALITY = `(?:${NATIONALITIES.join('|')})`;
/** 土家族苗族, 蒙古族, 蒙古: one or more nationalities, 族 required but after 蒙古. */
const ETHNIC = `(?:(?:${NATIONALITY}族|蒙古))+`;
/** 长阳土家族自治县 → 长阳 + 县; 恩施土家族苗族自治州 → 恩施 + 州; 和布克赛尔蒙古自治县 → 和布克赛尔 + 县. */
const AUTONOMOUS = new RegExp(`^(.+?)${ETHNIC}自治(州|县|旗)$`);
/** 顺河回族区 → 顺河区; 城关回族镇 → 城关镇; 吉尔格勒特郭楞蒙古民族乡 → 吉尔格勒特郭楞乡. */
const ETHNIC_UNIT = new RegExp(`^(.+?)(?:${ETHNIC})?(?:${NATIONALITY}族|民族)(${unitWords('township')}|区)$`);

/** A province's unit, with the nationality of an autonomous region (广西壮族自治区 → 广西), or a municipality's 市. */
const PROVINCE_UNIT = new RegExp(`(?:壮族|回族|维吾尔)?(?:${unitWords('province')})$|市$`);
/** A city's unit, with the nationalities of an autonomous prefecture (恩施土家族苗族自治州 → 恩施). */
const CITY_UNIT = new RegExp(`(?:${ETHNIC})?(?:${unitWords('city')})$`);

export interface Aliases {
  /** Forms ending in a unit: the official name and its usual variants. */
  full: string[];
  /** Forms without a unit (河南, 焦作, 恩施), for provinces and cities only. */
  short: string[];
}

/** Every form of a division's name, in nameForm (variant characters replaced). */
export function aliasesOf(name: string, level: DivisionLevel): Aliases {
  const official = nameForm(name);
  const full = new Set([official]);
  const autonomous = AUTONOMOUS.exec(official);
  if (autonomous) full.add(autonomous[1]! + autonomous[2]!);
  const ethnic = ETHNIC_UNIT.exec(official);
  if (ethnic) full.add(ethnic[1]! + ethnic[2]!);
  if (level === 'township') {
    // 和平街道 is printed 和平街道办事处; the list's 庆北办事处 is a 街道 and printed 庆北街道.
    const base = official.replace(/(?:街道)?办事处$/, '');
    if (base !== official) full.add(`${base}街道`);
    else if (official.endsWith('街道')) full.add(`${official}办事处`);
  }
  const short = new Set<string>();
  const stripped = level === 'province' ? official.replace(PROVINCE_UNIT, '') : level === 'city' ? official.replace(CITY_UNIT, '') : official;
  if (stripped !== official && stripped.length >= 2) short.add(stripped);
  return { full: [...full], short: [...short] };
}
