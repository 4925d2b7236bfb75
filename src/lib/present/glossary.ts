/**
 * The glossary (说明 page) and the tooltips beside numbers: what each category of the report
 * counts, with its basis in the 政府信息公开条例 (国务院令第711号, in force 2019-05-15). Keys are
 * the template's row keys and group keys where a term is a row or group of table 三, so that a
 * table cell finds its explanation by its key. Terms are the template's labels where it has one.
 */
import { ROW_GROUP_LABELS, rowDef, type ApplicationRowKey } from '../template/applications.ts';
import { REVIEW_GROUPS } from '../template/review.ts';
import { groupLabel } from '../measures/catalogue.ts';
import { measureFormula } from './formulas.ts';
import { SMALL_DENOMINATOR } from '../measures/stats.ts';

export interface GlossaryEntry {
  key: string;
  term: string;
  text: string;
  /** Article of the 条例 or other basis, shown after the text. */
  basis?: string;
}

const row = (key: ApplicationRowKey) => rowDef(key).short;

export const GLOSSARY: readonly GlossaryEntry[] = [
  { key: 'newReceived', term: row('newReceived'), text: '本年度内收到的政府信息公开申请件数。申请人可以向行政机关申请获取主动公开以外的政府信息。', basis: '条例第二十七条' },
  { key: 'carriedOver', term: row('carriedOver'), text: '上一年度收到、到年底尚未办结而转入本年度办理的申请件数，应与上年报告的“结转下年度继续办理”一致。' },
  { key: 'granted', term: groupLabel('granted'), text: '向申请人提供了所申请的全部信息，或告知了获取方式和途径。', basis: '条例第三十六条第（一）（二）项' },
  { key: 'partiallyGranted', term: groupLabel('partiallyGranted'), text: '申请的信息中有不应公开的内容，但能够区分处理，提供了可以公开的部分。一件申请只计入这一种情形。', basis: '条例第三十七条' },
  { key: 'withheld', term: groupLabel('withheld'), text: '依照条例规定决定不予公开，并告知申请人理由。下分八种理由。', basis: '条例第十四条至第十六条、第三十六条第（三）项' },
  { key: 'withheldStateSecret', term: row('withheldStateSecret'), text: '依法确定为国家秘密的政府信息。', basis: '条例第十四条' },
  { key: 'withheldProhibitedByLaw', term: row('withheldProhibitedByLaw'), text: '法律、行政法规禁止公开的政府信息。', basis: '条例第十四条' },
  { key: 'withheldSecurityStability', term: row('withheldSecurityStability'), text: '公开后可能危及国家安全、公共安全、经济安全、社会稳定（“三安全一稳定”）的政府信息。', basis: '条例第十四条' },
  { key: 'withheldThirdPartyRights', term: row('withheldThirdPartyRights'), text: '涉及商业秘密、个人隐私等，公开会损害第三方合法权益的信息；第三方同意或不公开会对公共利益造成重大影响的除外。', basis: '条例第十五条' },
  { key: 'withheldInternalAffairs', term: row('withheldInternalAffairs'), text: '行政机关的人事管理、后勤管理、内部工作流程三类内部事务信息，可以不予公开。', basis: '条例第十六条第一款' },
  { key: 'withheldProcessInformation', term: row('withheldProcessInformation'), text: '履行职能过程中形成的讨论记录、过程稿、磋商信函、请示报告四类过程性信息，可以不予公开。', basis: '条例第十六条第二款' },
  { key: 'withheldEnforcementFiles', term: row('withheldEnforcementFiles'), text: '行政执法案卷信息，可以不予公开；法律、法规、规章规定应当公开的除外。', basis: '条例第十六条第二款' },
  { key: 'withheldQueryMatters', term: row('withheldQueryMatters'), text: '所申请的信息属于工商、不动产登记资料等，有关法律、行政法规对获取方式有特别规定，应依照相应规定查询办理。', basis: '条例第三十六条第（七）项' },
  { key: 'unable', term: groupLabel('unable'), text: '行政机关无法提供所申请的信息：不掌握、需要另行制作，或补正后申请内容仍不明确。' },
  { key: 'unableNotHeld', term: row('unableNotHeld'), text: '经检索没有所申请的信息，或该信息不属于本机关负责公开。', basis: '条例第三十六条第（四）（五）项' },
  { key: 'unableNeedsCreation', term: row('unableNeedsCreation'), text: '需要对现有信息进行加工、分析才能提供，行政机关可以不予提供。', basis: '条例第三十八条' },
  { key: 'unableUnclear', term: row('unableUnclear'), text: '申请内容不明确，经告知补正后仍不明确。', basis: '条例第二十九条、第三十条' },
  { key: 'notProcessed', term: groupLabel('notProcessed'), text: '申请不作为政府信息公开申请处理的情形，下分五种。' },
  { key: 'notProcessedComplaints', term: row('notProcessedComplaints'), text: '以政府信息公开申请的形式进行信访、投诉、举报等活动，告知通过相应渠道提出。', basis: '条例第三十九条第一款' },
  { key: 'notProcessedRepeated', term: row('notProcessedRepeated'), text: '已就申请作出答复后，申请人重复申请公开相同的政府信息。', basis: '条例第三十六条第（六）项' },
  { key: 'notProcessedPublications', term: row('notProcessedPublications'), text: '要求提供政府公报、报刊、书籍等公开出版物，告知获取途径。', basis: '条例第三十九条第二款' },
  { key: 'notProcessedExcessive', term: row('notProcessedExcessive'), text: '申请的数量、频次明显超过合理范围，且说明的理由不合理。', basis: '条例第三十五条' },
  { key: 'notProcessedConfirmation', term: row('notProcessedConfirmation'), text: '要求行政机关确认或者重新出具申请人已经获取的信息。' },
  { key: 'other', term: groupLabel('other'), text: '以上之外的办理结果。2021年版格式分为逾期不补正、逾期未缴费和其他三项；2019年版格式只有一项。' },
  { key: 'otherOverdueCorrection', term: row('otherOverdueCorrection'), text: '申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理。', basis: '条例第三十条' },
  { key: 'otherOverdueFee', term: row('otherOverdueFee'), text: '申请人逾期未按收费通知缴纳信息处理费，行政机关不再处理该申请。', basis: '条例第四十二条，《政府信息公开信息处理费管理办法》' },
  { key: 'otherOther', term: row('otherOther'), text: '不属于上述任何一种情形的其他处理结果。' },
  { key: 'totalProcessed', term: ROW_GROUP_LABELS.totalProcessed.replace(/^（七）/, '办理结果'), text: '本年度办理完毕的申请总数，应等于（一）至（六）各项之和。' },
  { key: 'carriedForward', term: row('carriedForward'), text: '到年底尚未办结、转入下一年度继续办理的申请件数。“一＋二＝（七）总计＋四”是表中印明的勾稽关系。' },
  { key: 'reconsideration', term: REVIEW_GROUPS[0].label, text: '认为行政机关在政府信息公开工作中侵犯其合法权益，申请人可以依法申请行政复议。表中按结果维持、结果纠正、其他结果、尚未审结分列。', basis: '条例第五十一条' },
  { key: 'litigation', term: '行政诉讼', text: '申请人也可以依法提起行政诉讼：未经复议直接起诉，或不服复议决定后起诉，两者分列。本站“行政诉讼”合计两者。', basis: '条例第五十一条' },
  { key: 'activeDisclosure', term: '主动公开', text: '行政机关不待申请、主动向社会公开的政府信息。报告第二部分按条例第二十条列出规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费的数字。', basis: '条例第十九条、第二十条' },
  { key: 'identity', term: '勾稽关系', text: '表中数字之间应当成立的等式，例如“本年新收＋上年结转＝办理总计＋结转下年度”。不成立说明报告本身或本站读取有误。' },
  { key: 'inferred', term: '推算值', text: '原表空缺、由本站按勾稽关系从其余数字推算出的数字，在表中以星号（*）标出；行名后的星号表示该行少印一个数字，其余数字的位置按勾稽关系确定。' },
  { key: 'grantedOrPartial', term: '予以公开及部分公开', text: `${measureFormula('grantedOrPartial')}：全部或部分提供了所申请信息的办理结果。一件申请只计一次（区分处理的只计入部分公开）。` },
  { key: 'grantedShare', term: '予以公开比例', text: `${measureFormula('grantedShare')}。办理结果中全部公开的比例。` },
  { key: 'grantedOrPartialShare', term: '予以公开及部分公开比例', text: `${measureFormula('grantedOrPartialShare')}。办理结果中全部或部分提供了信息的比例，一件申请只计一次。` },
  { key: 'withheldShare', term: '不予公开比例', text: `${measureFormula('withheldShare')}。办理结果中以八种理由之一决定不予公开的比例。` },
  { key: 'reconsiderationCorrectedShare', term: '复议纠错比例', text: `${measureFormula('reconsiderationCorrectedShare')}。已审结的行政复议中，复议机关纠正了原决定的比例；尚未审结的不计入分母。` },
  { key: 'summary', term: '全辖区汇总报告', text: '有的省、市、县（区）政府的报告统计的是本行政区内各级行政机关的合计（如“全县各级行政机关共收到政府信息公开申请…”），而不只是政府本身。这样的报告已包含其下级机关的数字，本站的任何合计都不再把它与下级机关的报告相加，而是单列在合计旁边。' },
  { key: 'smallBase', term: '基数过小', text: `比例的分母少于${SMALL_DENOMINATOR}件时，一件之差就会使比例变化${100 / SMALL_DENOMINATOR}个百分点以上，这样的比例仅供参考，不参与中位数计算。` },
];

const byKey = new Map(GLOSSARY.map((e) => [e.key, e]));

export function glossaryEntry(key: string | undefined): GlossaryEntry | undefined {
  return key === undefined ? undefined : byKey.get(key);
}
