/** The arithmetic identities (勾稽关系) as docs/TEMPLATE.md lists them, each cell named by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_IDS, CHECK_LABELS, MATRIX_IDENTITIES, matrixIdentity, REVIEW_IDENTITY } from '../../../src/lib/template/identities.ts';

test('balance, per column: 一 + 二 = （七）总计 + 四, in the table’s own words', () => {
  assert.deepEqual(matrixIdentity('balance'), {
    id: 'balance',
    description: '第一项加第二项之和，等于第三项（七）总计加第四项之和',
    per: 'column',
    left: ['newReceived', 'carriedOver'],
    right: ['totalProcessed', 'carriedForward'],
  });
});

test('outcomes, per column: （七）总计 = every result row of （一） to （六）, none of 一, 二, 四 or （七）', () => {
  assert.deepEqual(matrixIdentity('outcomes'), {
    id: 'outcomes',
    description: '（七）总计等于（一）至（六）各项办理结果之和',
    per: 'column',
    left: [
      'granted', 'partiallyGranted',
      'withheldStateSecret', 'withheldProhibitedByLaw', 'withheldSecurityStability', 'withheldThirdPartyRights',
      'withheldInternalAffairs', 'withheldProcessInformation', 'withheldEnforcementFiles', 'withheldQueryMatters',
      'unableNotHeld', 'unableNeedsCreation', 'unableUnclear',
      'notProcessedComplaints', 'notProcessedRepeated', 'notProcessedPublications', 'notProcessedExcessive', 'notProcessedConfirmation',
      'otherOverdueCorrection', 'otherOverdueFee', 'otherOther',
    ],
    right: ['totalProcessed'],
  });
});

test('rowTotal, per row: 总计 = 自然人 and the five kinds of organisation', () => {
  assert.deepEqual(matrixIdentity('rowTotal'), {
    id: 'rowTotal',
    description: '总计等于自然人与各类法人或其他组织之和',
    per: 'row',
    left: ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceOrganization', 'otherOrganization'],
    right: ['total'],
  });
  assert.deepEqual(MATRIX_IDENTITIES.map((m) => m.id), ['balance', 'outcomes', 'rowTotal']);
});

test('review, per group of 四: 维持 + 纠正 + 其他 + 尚未审结 = 总计', () => {
  assert.deepEqual(REVIEW_IDENTITY, {
    id: 'review',
    description: '结果维持、结果纠正、其他结果、尚未审结之和等于总计',
    left: ['upheld', 'corrected', 'other', 'pending'],
    right: ['total'],
  });
});

test('every check a report can carry, in the site’s order, each with its label', () => {
  assert.deepEqual(CHECK_IDS, ['balance', 'outcomes', 'rowTotal', 'review', 'prose', 'carryover', 'inForce']);
  // Each check has its own label, which says what it compares.
  const labels = CHECK_IDS.map((id) => CHECK_LABELS[id]);
  assert.ok(labels.every((l) => l.length > 0));
  assert.equal(new Set(labels).size, 7);
  assert.equal(CHECK_LABELS.balance, '收支平衡（一＋二＝七＋四）');
  assert.equal(CHECK_LABELS.carryover, '上年结转与上年报告一致');
});
