/**
 * The sentence of main numbers that report pages show and the full-text index takes in place of
 * the tables: numbers as printed, blanks left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyNumbersText } from '../../../src/lib/present/key-numbers.ts';
import { makeReport } from '../fixture-reports.ts';

test('every number present', () => {
  const r = makeReport({
    cells: {
      'applications.newReceived.total': 12,
      'applications.totalProcessed.total': 1234,
      'applications.granted.total': 5,
      'applications.partiallyGranted.total': 2,
      'applications.withheldStateSecret.total': 1,
      'applications.withheldThirdPartyRights.total': 2,
      'reviewLitigation.reconsideration.total': 1,
      'reviewLitigation.litigationDirect.total': 2,
      'reviewLitigation.litigationAfterReconsideration.total': 4,
    },
  });
  // 不予公开 3 = 国家秘密 1 + 第三方合法权益 2; 行政诉讼 6 = 直接起诉 2 + 复议后起诉 4.
  assert.equal(keyNumbersText(r), '本年新收申请12件；办理结果总计1,234件（其中予以公开5件，部分公开2件，不予公开3件）；行政复议1件；行政诉讼6件。');
});

test('blank numbers are left out, and a report without numbers has no sentence', () => {
  const r = makeReport({ cells: { 'applications.newReceived.total': 0, 'applications.totalProcessed.total': 0 } });
  assert.equal(keyNumbersText(r), '本年新收申请0件；办理结果总计0件。');
  assert.equal(keyNumbersText(makeReport()), null);
});
