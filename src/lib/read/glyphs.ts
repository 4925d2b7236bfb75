/**
 * Look-alike glyphs → the ideographs they stand for, on every cell of every reader (read/index.ts
 * applies it to each document, whichever reader made it; a new reader gets it for free).
 *
 * PDF producers, Chromium's print-to-PDF above all, and some fonts map ordinary ideographs to the
 * CJK radicals that look the same: `⺠` (U+2EA0 CJK RADICAL CIVILIAN) for 民 in 人民政府, `⼀`
 * (U+2F00 KANGXI RADICAL ONE) for 一 in 一、本年新收. A label with a radical matches no key of the
 * template and an agency name with one no division, so they are turned back here:
 *
 * - Kangxi Radicals (U+2F00–U+2FDF) and CJK Compatibility Ideographs (U+F900–U+FAFF,
 *   U+2F800–U+2FA1F): NFKC maps each to its ideograph (for the Kangxi block, exactly the ideograph
 *   Unicode's EquivalentUnifiedIdeograph.txt names);
 * - CJK Radicals Supplement (U+2E80–U+2EFF): NFKC leaves these alone, so the table below maps
 *   them, every entry of that block in EquivalentUnifiedIdeograph.txt of Unicode 15.0 (Debian's
 *   unicode-data 15.0.0: 114 radicals; the 2E9A gap and the radicals without an equivalent
 *   ideograph are unassigned or left as they are, as that file says).
 *
 * Everything else is left as printed: full-width punctuation stays full-width, and NFKC is never
 * applied to a whole cell (it would turn ① into 1 and （ into ().
 */

/** CJK Radicals Supplement: each radical followed by its equivalent unified ideograph. */
const SUPPLEMENT_PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小' +
  '⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌' +
  '⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫' +
  '⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓' +
  '⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑' +
  '⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝' +
  '⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏' +
  '⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐' +
  '⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯' +
  '⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const SUPPLEMENT = new Map<string, string>();
{
  const chars = Array.from(SUPPLEMENT_PAIRS); // ideographs beyond the BMP take two UTF-16 units
  for (let i = 0; i < chars.length; i += 2) SUPPLEMENT.set(chars[i]!, chars[i + 1]!);
}

/** Any character this module may change; a cell without one is returned as it is, at once. */
const LOOK_ALIKE = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/;
const LOOK_ALIKES = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g;

/** The text with every radical and compatibility ideograph replaced by the ideograph it stands for. */
export function normaliseGlyphs(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKES, (c) => SUPPLEMENT.get(c) ?? c.normalize('NFKC'));
}
