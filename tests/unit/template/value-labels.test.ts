/**
 * The Chinese words the pages and the CSV files show for the contract's enumerations: every value
 * has its own, so that no two values read alike, and the editions name the documents that set them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AgencyKind, Division, Level, ReportEdition, Scope, SourceFormat, Status } from '../../../src/lib/template/schema.ts';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, PLACE_HOW_LABELS, SCOPE_LABELS, SOURCE_FORMAT_LABELS, STATUS_LABELS, TEMPLATE_LABELS } from '../../../src/lib/template/value-labels.ts';

const tables: [string, readonly string[], Record<string, string>][] = [
  ['level', Level.options, LEVEL_LABELS],
  ['status', [...Status.options, 'skipped'], STATUS_LABELS],
  ['edition', ReportEdition.options, TEMPLATE_LABELS],
  ['agency kind', AgencyKind.options, AGENCY_KIND_LABELS],
  ['scope', Scope.options, SCOPE_LABELS],
  ['how a place was found', Division.shape.how.options, PLACE_HOW_LABELS],
  ['source format', SourceFormat.options, SOURCE_FORMAT_LABELS],
];

for (const [name, values, labels] of tables) {
  test(`every ${name} has words of its own`, () => {
    assert.deepEqual(Object.keys(labels).sort(), [...values].sort());
    for (const v of values) assert.match(labels[v] ?? '', /\p{Script=Han}/u, v);
    assert.equal(new Set(values.map((v) => labels[v])).size, values.length, 'no two alike');
  });
}

test('the editions name the documents that set them (docs/TEMPLATE.md)', () => {
  assert.match(TEMPLATE_LABELS['2021'], /国办公开办函〔2021〕30号/);
  assert.match(TEMPLATE_LABELS['2019'], /国办公开办函〔2019〕60号/);
  assert.match(TEMPLATE_LABELS.pre2019, /2007年条例/);
});
