/**
 * The identities tried on a report (check/identities.ts): an instance with a blank cannot be
 * tested, but a filled cell above the total it is a part of fails it whatever the blank holds,
 * and that is shown in every format: a printed report where a cell exceeds its total does not add up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { identityChecks } from '../../../src/lib/check/identities.ts';
import { emptyApplications } from '../../../src/lib/parse/reconcile.ts';
import { emptyReview } from '../../../src/lib/parse/review.ts';
import { parseReport } from '../../../src/lib/parse/report.ts';
import { readPdf } from '../../../src/lib/read/pdf.ts';

function report(cells: Record<string, number | null>) {
  const applications = emptyApplications();
  for (const [path, value] of Object.entries(cells)) {
    const [row, column] = path.split('.') as [keyof typeof applications, keyof (typeof applications)['granted']];
    applications[row][column] = value;
  }
  return { applications, reviewLitigation: emptyReview(), missingColumns: [], template: '2021' as const };
}

test('a row with a blank cell whose filled cells exceed its 总计 fails 申请人合计, with the sums and the blank named', () => {
  const checks = identityChecks(report({
    'granted.naturalPerson': 1388,
    'granted.commercialEnterprise': null,
    'granted.researchInstitution': 0,
    'granted.socialWelfareOrganization': 0,
    'granted.legalServiceOrganization': 50,
    'granted.otherOrganization': 3,
    'granted.total': 1362,
  }));
  assert.deepEqual(checks, [{
    id: 'rowTotal',
    ok: false,
    message: '（一）予以公开：自然人 1388 + 法律服务机构 50 + 其他 3，合计 1441（商业企业空白）；已超过 总计 1362，多出 79，空白无论为何数都不能相等（总计等于自然人与各类法人或其他组织之和）',
    where: 'applications.granted',
    left: 1441,
    right: 1362,
  }]);
});

test('a row with a blank whose filled cells stay within its 总计 is not tested at all', () => {
  const checks = identityChecks(report({
    'granted.naturalPerson': 1288,
    'granted.commercialEnterprise': null,
    'granted.researchInstitution': 0,
    'granted.socialWelfareOrganization': 0,
    'granted.legalServiceOrganization': 50,
    'granted.otherOrganization': 3,
    'granted.total': 1362,
  }));
  assert.deepEqual(checks, []);
});

test('an outcome row above （七）总计 fails 办理结果合计 in its column though another outcome of the column is blank', () => {
  const checks = identityChecks(report({
    'granted.naturalPerson': 13364252,
    'partiallyGranted.naturalPerson': null,
    'unableNotHeld.naturalPerson': 746,
    'totalProcessed.naturalPerson': 2932,
  }));
  const outcomes = checks.filter((c) => c.id === 'outcomes');
  assert.equal(outcomes.length, 1);
  assert.equal(outcomes[0]!.ok, false);
  assert.equal(outcomes[0]!.where, 'applications.*.naturalPerson');
  assert.equal(outcomes[0]!.left, 13364998);
  assert.equal(outcomes[0]!.right, 2932);
});

test('a text-layer PDF whose row prints a cell above its 总计, another cell of the row blank: the check fails', async () => {
  const doc = await readPdf(new Uint8Array(readFileSync('tests/fixtures/real/huaian-2024.pdf')));
  // The real report's （一）予以公开 row prints 1288 21 0 0 50 3 1362: 21 left out (a blank), 1288 printed as 1388.
  const at = doc.lines.findIndex((l) => l.cells.some((c) => c.includes('予以公开')) && l.cells.includes('1288'));
  assert.ok(at >= 0);
  const line = doc.lines[at]!;
  const drop = line.cells.indexOf('21');
  const cells = line.cells.map((c) => (c === '1288' ? '1388' : c)).filter((_, i) => i !== drop);
  const spans = line.spans!.filter((_, i) => i !== drop);
  doc.lines[at] = { ...line, cells, spans };
  const parsed = parseReport(doc);
  assert.ok(!('notReport' in parsed));
  assert.equal(parsed.applications.granted.commercialEnterprise, null);
  assert.equal(parsed.applications.granted.naturalPerson, 1388);
  const failed = identityChecks(parsed).filter((c) => !c.ok);
  // Its column, complete, fails as an equality (2932 printed as 自然人's （七）总计); its row only by the bound.
  assert.deepEqual(failed.map((c) => [c.id, c.where, c.left, c.right]), [
    ['outcomes', 'applications.*.naturalPerson', 3032, 2932],
    ['rowTotal', 'applications.granted', 1441, 1362],
  ]);
});

/** A report of `template` with the cells given (`row.column` of table 三, or `review:group.column` of table 四). */
function edition(template: 'pre2019' | 'unknown' | '2019' | '2021', cells: Record<string, number | null>, missingColumns: string[] = []) {
  const r = { ...report({}), template, missingColumns } as Parameters<typeof identityChecks>[0];
  for (const [path, value] of Object.entries(cells)) {
    const review = path.startsWith('review:');
    const [row, column] = path.replace('review:', '').split('.') as [string, string];
    const table = (review ? r.reviewLitigation : r.applications) as Record<string, Record<string, number | null>>;
    table[row]![column] = value;
  }
  return r;
}

/** 自然人 of （一）予以公开 7, 科研机构 2, the rest 0, 总计 12: 9 is not 12. */
const GRANTED_OFF = {
  'granted.naturalPerson': 7,
  'granted.commercialEnterprise': 0,
  'granted.researchInstitution': 2,
  'granted.socialWelfareOrganization': 0,
  'granted.legalServiceOrganization': 0,
  'granted.otherOrganization': 0,
  'granted.total': 12,
};

test('both editions are checked; a report before 2019 or of no known edition has no identities to test', () => {
  const failed = ['rowTotal', false, 'applications.granted', 9, 12];
  for (const template of ['2019', '2021'] as const) {
    assert.deepEqual(identityChecks(edition(template, GRANTED_OFF)).map((c) => [c.id, c.ok, c.where, c.left, c.right]), [failed], template);
  }
  // Table 四 too: 复议 维持 2 + 纠正 1 + 其他 0 + 尚未审结 0 against 总计 4 is not tried before 2019.
  const review = { 'review:reconsideration.upheld': 2, 'review:reconsideration.corrected': 1, 'review:reconsideration.other': 0, 'review:reconsideration.pending': 0, 'review:reconsideration.total': 4 };
  assert.deepEqual(identityChecks(edition('2019', { ...GRANTED_OFF, ...review })).map((c) => c.id), ['rowTotal', 'review']);
  assert.deepEqual(identityChecks(edition('pre2019', { ...GRANTED_OFF, ...review })), []);
  assert.deepEqual(identityChecks(edition('unknown', { ...GRANTED_OFF, ...review })), []);
});

test('a failed identity names the cells that are not 0, their sum, the other side and the difference', () => {
  const [check] = identityChecks(edition('2021', GRANTED_OFF));
  assert.equal(check!.message, '（一）予以公开：自然人 7 + 科研机构 2，合计 9；而 总计 12，相差 -3（总计等于自然人与各类法人或其他组织之和）');
  const zeros = identityChecks(edition('2021', { ...GRANTED_OFF, 'granted.naturalPerson': 0, 'granted.researchInstitution': 0, 'granted.total': 5 }));
  assert.equal(zeros[0]!.message, '（一）予以公开：各项均为 0，合计 0；而 总计 5，相差 -5（总计等于自然人与各类法人或其他组织之和）');
});

test('an identity that holds says both sums, in the row or the column it was tested in', () => {
  // 自然人: 新收 12 + 结转 3 = （七）总计 11 + 结转下年度 4.
  const checks = identityChecks(edition('2021', {
    'newReceived.naturalPerson': 12,
    'carriedOver.naturalPerson': 3,
    'totalProcessed.naturalPerson': 11,
    'carriedForward.naturalPerson': 4,
  }));
  assert.deepEqual(checks, [{ id: 'balance', ok: true, message: '自然人：15 = 15', where: 'applications.*.naturalPerson', left: 15, right: 15 }]);
});

test('a complete side above the side with a blank: the sums are put on the sides they belong to', () => {
  // 自然人: （七）总计 20 alone is above 新收 8 + 结转 3, 结转下年度 blank: the right side is the part.
  const checks = identityChecks(edition('2021', {
    'newReceived.naturalPerson': 8,
    'carriedOver.naturalPerson': 3,
    'totalProcessed.naturalPerson': 20,
    'carriedForward.naturalPerson': null,
  }));
  assert.deepEqual(checks, [{
    id: 'balance',
    ok: false,
    message: '自然人：（七）总计 20（四、结转下年度继续办理空白）；已超过 一、本年新收政府信息公开申请数量 8 + 二、上年结转政府信息公开申请数量 3，合计 11，多出 9，空白无论为何数都不能相等（第一项加第二项之和，等于第三项（七）总计加第四项之和）',
    where: 'applications.*.naturalPerson',
    left: 11,
    right: 20,
  }]);
});

test('rows of the 2021 edition are no part of a 2019 report: neither summed in a column nor tested as a row', () => {
  // 2019: 予以公开 5 + 其他处理 2 = （七）总计 7 in 自然人, every other outcome 0; 逾期不补正 (2021 only) holds a stray 4.
  const outcomes2019 = ['granted', 'partiallyGranted', 'withheldStateSecret', 'withheldProhibitedByLaw', 'withheldSecurityStability',
    'withheldThirdPartyRights', 'withheldInternalAffairs', 'withheldProcessInformation', 'withheldEnforcementFiles', 'withheldQueryMatters',
    'unableNotHeld', 'unableNeedsCreation', 'unableUnclear', 'notProcessedComplaints', 'notProcessedRepeated', 'notProcessedPublications',
    'notProcessedExcessive', 'notProcessedConfirmation', 'otherOther'];
  const cells: Record<string, number | null> = Object.fromEntries(outcomes2019.map((r) => [`${r}.naturalPerson`, 0]));
  cells['granted.naturalPerson'] = 5;
  cells['otherOther.naturalPerson'] = 2;
  cells['totalProcessed.naturalPerson'] = 7;
  cells['otherOverdueCorrection.naturalPerson'] = 4;
  cells['otherOverdueCorrection.total'] = 9;
  const checks = identityChecks(edition('2019', cells));
  assert.deepEqual(checks.map((c) => [c.id, c.ok, c.where, c.left, c.right]), [['outcomes', true, 'applications.*.naturalPerson', 7, 7]]);
  // In 2021 the same cells are read: 5 + 4 + 2 = 11 outcomes against 7, and the row 逾期不补正 is tested, 4 against 9.
  const checks2021 = identityChecks(edition('2021', { ...cells, 'otherOverdueFee.naturalPerson': 0 }));
  assert.deepEqual(checks2021.map((c) => [c.id, c.ok, c.where, c.left, c.right]), [
    ['outcomes', false, 'applications.*.naturalPerson', 11, 7],
  ]);
});

test('a column the table does not print is left out of its rows’ sums and gets no check of its own', () => {
  // 科研机构 not printed: 自然人 6 + 商业企业 1 + the others 0 = 总计 7 holds; its stray 3 is not read.
  const cells = {
    'granted.naturalPerson': 6,
    'granted.commercialEnterprise': 1,
    'granted.researchInstitution': 3,
    'granted.socialWelfareOrganization': 0,
    'granted.legalServiceOrganization': 0,
    'granted.otherOrganization': 0,
    'granted.total': 7,
    'newReceived.researchInstitution': 8,
    'carriedOver.researchInstitution': 0,
    'totalProcessed.researchInstitution': 5,
    'carriedForward.researchInstitution': 0,
  };
  const checks = identityChecks(edition('2021', cells, ['researchInstitution']));
  assert.deepEqual(checks.map((c) => [c.id, c.ok, c.where, c.left, c.right]), [['rowTotal', true, 'applications.granted', 7, 7]]);
  assert.equal(checks[0]!.message, '（一）予以公开：7 = 7');
  // Printed, it is read: the row then adds up to 10, and its column 8 against 5 fails.
  const printed = identityChecks(edition('2021', cells));
  assert.deepEqual(printed.map((c) => [c.id, c.ok, c.where, c.left, c.right]), [
    ['balance', false, 'applications.*.researchInstitution', 8, 5],
    ['rowTotal', false, 'applications.granted', 10, 7],
  ]);
});

test('each group of table 四: 维持 + 纠正 + 其他 + 尚未审结 against its 总计, named by the group', () => {
  const checks = identityChecks(edition('2021', {
    'review:reconsideration.upheld': 3,
    'review:reconsideration.corrected': 1,
    'review:reconsideration.other': 0,
    'review:reconsideration.pending': 2,
    'review:reconsideration.total': 6,
    'review:litigationDirect.upheld': 4,
    'review:litigationDirect.corrected': 2,
    'review:litigationDirect.other': 1,
    'review:litigationDirect.pending': 0,
    'review:litigationDirect.total': 9,
    'review:litigationAfterReconsideration.upheld': 5,
    'review:litigationAfterReconsideration.corrected': null,
    'review:litigationAfterReconsideration.other': 0,
    'review:litigationAfterReconsideration.pending': 0,
    'review:litigationAfterReconsideration.total': 3,
  }));
  assert.deepEqual(checks, [
    { id: 'review', ok: true, message: '行政复议：6 = 6', where: 'reviewLitigation.reconsideration', left: 6, right: 6 },
    {
      id: 'review',
      ok: false,
      message: '行政诉讼（未经复议直接起诉）：结果维持 4 + 结果纠正 2 + 其他结果 1，合计 7；而 总计 9，相差 -2（结果维持、结果纠正、其他结果、尚未审结之和等于总计）',
      where: 'reviewLitigation.litigationDirect',
      left: 7,
      right: 9,
    },
    {
      id: 'review',
      ok: false,
      message: '行政诉讼（复议后起诉）：结果维持 5，合计 5（结果纠正空白）；已超过 总计 3，多出 2，空白无论为何数都不能相等（结果维持、结果纠正、其他结果、尚未审结之和等于总计）',
      where: 'reviewLitigation.litigationAfterReconsideration',
      left: 5,
      right: 3,
    },
  ]);
});

test('several blank cells are each named', () => {
  const [check] = identityChecks(edition('2021', { ...GRANTED_OFF, 'granted.commercialEnterprise': null, 'granted.researchInstitution': null, 'granted.naturalPerson': 15 }));
  assert.equal(check!.message, '（一）予以公开：自然人 15，合计 15（商业企业、科研机构空白）；已超过 总计 12，多出 3，空白无论为何数都不能相等（总计等于自然人与各类法人或其他组织之和）');
});
