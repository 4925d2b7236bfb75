import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainCheck } from '../../../src/lib/present/check-explain.ts';
import { makeReport } from '../fixture-reports.ts';

test('a failed balance names the column, the four cells and both sums', () => {
  const report = makeReport({
    cells: {
      'applications.newReceived.naturalPerson': 40,
      'applications.carriedOver.naturalPerson': 2,
      'applications.totalProcessed.naturalPerson': 38,
      'applications.carriedForward.naturalPerson': 3,
    },
  });
  const e = explainCheck(report, { id: 'balance', ok: false, message: '自然人：42 ≠ 41', where: 'applications.*.naturalPerson', left: 42, right: 41 });
  assert.equal(e.place, '“自然人”列');
  assert.deepEqual(e.left, { terms: [{ label: '本年新收', value: 40 }, { label: '上年结转', value: 2 }], sum: 42 });
  assert.deepEqual(e.right, { terms: [{ label: '办理总计', value: 38 }, { label: '结转下年度', value: 3 }], sum: 41 });
  assert.equal(e.text, '“自然人”列：本年新收（40）＋上年结转（2）＝42，而办理总计（38）＋结转下年度（3）＝41，两边相差1。');
});

test('a failed row total lists the applicant columns, blanks counted as 0 and said so', () => {
  const report = makeReport({
    cells: { 'applications.granted.naturalPerson': 4, 'applications.granted.commercialEnterprise': 1, 'applications.granted.total': 7 },
  });
  const e = explainCheck(report, { id: 'rowTotal', ok: false, message: '', where: 'applications.granted' });
  assert.equal(e.left!.sum, 5);
  assert.equal(e.right!.sum, 7);
  assert.match(e.text, /^“予以公开”行：自然人（4）＋商业企业（1）＋科研机构（空白）.*＝5，而总计为7，两边相差2（空白按0计）。$/);
});

test('a failed review group adds 维持、纠正、其他、尚未审结 against 总计', () => {
  const report = makeReport({
    cells: {
      'reviewLitigation.reconsideration.upheld': 3,
      'reviewLitigation.reconsideration.corrected': 1,
      'reviewLitigation.reconsideration.other': 0,
      'reviewLitigation.reconsideration.pending': 0,
      'reviewLitigation.reconsideration.total': 5,
    },
  });
  const e = explainCheck(report, { id: 'review', ok: false, message: '', where: 'reviewLitigation.reconsideration' });
  assert.equal(e.text, '“行政复议”：结果维持（3）＋结果纠正（1）＋其他结果（0）＋尚未审结（0）＝4，而总计为5，两边相差1。');
});

test('a heuristic check is told with its two numbers', () => {
  const e = explainCheck(makeReport(), { id: 'carryover', ok: false, message: '上年结转 2 件，而 2023 年报告的结转下年度继续办理为 0 件', left: 2, right: 0 });
  assert.equal(e.text, '上年结转 2 件，而 2023 年报告的结转下年度继续办理为 0 件（一方为2，另一方为0，相差2）');
});

test('a side of many terms lists those that are not 0 and says the rest are; the difference is kept', () => {
  // The RICH report with its 总计 printed one too high: 12 + 9 + 1 + 2 + 7 + 1 + 4 + 2 + 1 = 39, printed 40.
  const report = makeReport({
    cells: {
      'applications.granted.total': 12,
      'applications.partiallyGranted.total': 9,
      'applications.withheldStateSecret.total': 1,
      'applications.withheldThirdPartyRights.total': 2,
      'applications.unableNotHeld.total': 7,
      'applications.unableNeedsCreation.total': 1,
      'applications.notProcessedRepeated.total': 4,
      'applications.otherOverdueCorrection.total': 2,
      'applications.otherOther.total': 1,
      'applications.totalProcessed.total': 40,
      ...Object.fromEntries(['withheldProhibitedByLaw', 'withheldSecurityStability', 'withheldInternalAffairs', 'withheldProcessInformation', 'withheldEnforcementFiles', 'withheldQueryMatters', 'unableUnclear', 'notProcessedComplaints', 'notProcessedPublications', 'notProcessedExcessive', 'notProcessedConfirmation', 'otherOverdueFee'].map((r) => [`applications.${r}.total`, 0])),
    },
  });
  const e = explainCheck(report, { id: 'outcomes', ok: false, message: '', where: 'applications.*.total', left: 39, right: 40 });
  assert.equal(e.text, '“总计”列：予以公开（12）＋部分公开（9）＋国家秘密（1）＋第三方合法权益（2）＋本机关不掌握（7）＋需要另行制作（1）＋重复申请（4）＋逾期不补正（2）＋其他处理（1）＝39（其余各项为0），而办理总计为40，两边相差1。');
  assert.equal(e.diff, 1);
  assert.equal(explainCheck(makeReport(), { id: 'prose', ok: false, message: '正文写 5 件，表格为 9 件', left: 5, right: 9 }).diff, 4);
});
