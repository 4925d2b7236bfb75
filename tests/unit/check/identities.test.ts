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
