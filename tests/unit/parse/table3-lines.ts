/**
 * Table 三 as text lines, the way tab.txt prints it (tests/fixtures/layouts/tab.txt): its header
 * over three lines, then each row's group heading and its own label, one tab apart.
 */

export const HEADER = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况',
  '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
  '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
];

/** The labels of the 2021 edition as tab.txt prints them: group heading, then the row's own label. */
export const LABELS_2021: [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量\t'],
  ['carriedOver', '二、上年结转政府信息公开申请数量\t'],
  ['granted', '三、本年度办理结果\t（一）予以公开'],
  ['partiallyGranted', '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['withheldStateSecret', '\t（三）不予公开\t1.属于国家秘密'],
  ['withheldProhibitedByLaw', '\t\t2.其他法律行政法规禁止公开'],
  ['withheldSecurityStability', '\t\t3.危及“三安全一稳定”'],
  ['withheldThirdPartyRights', '\t\t4.保护第三方合法权益'],
  ['withheldInternalAffairs', '\t\t5.属于三类内部事务信息'],
  ['withheldProcessInformation', '\t\t6.属于四类过程性信息'],
  ['withheldEnforcementFiles', '\t\t7.属于行政执法案卷'],
  ['withheldQueryMatters', '\t\t8.属于行政查询事项'],
  ['unableNotHeld', '\t（四）无法提供\t1.本机关不掌握相关政府信息'],
  ['unableNeedsCreation', '\t\t2.没有现成信息需要另行制作'],
  ['unableUnclear', '\t\t3.补正后申请内容仍不明确'],
  ['notProcessedComplaints', '\t（五）不予处理\t1.信访举报投诉类申请'],
  ['notProcessedRepeated', '\t\t2.重复申请'],
  ['notProcessedPublications', '\t\t3.要求提供公开出版物'],
  ['notProcessedExcessive', '\t\t4.无正当理由大量反复申请'],
  ['notProcessedConfirmation', '\t\t5.要求行政机关确认或重新出具已获取信息'],
  ['otherOverdueCorrection', '\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherOverdueFee', '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherOther', '\t\t3.其他'],
  ['totalProcessed', '（七）总计\t'],
  ['carriedForward', '四、结转下年度继续办理\t'],
];

/** The 2019 edition: no 逾期不补正 nor 收费通知, and （六）其他处理 one row. */
export const LABELS_2019: [string, string][] = [
  ...LABELS_2021.filter(([k]) => !k.startsWith('other') || k === 'otherOther').map(([k, l]): [string, string] => (k === 'otherOther' ? [k, '\t（六）其他处理\t'] : [k, l])),
];
