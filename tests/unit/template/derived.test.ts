/**
 * Section 二 and the pre-2019 totals are defined once, in the template; the schema, the empty
 * values and the CSV columns are derived from it. The expected names below are the published
 * contract (docs/SCHEMA.md and the reports.csv of earlier releases), written out by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CELL_PLACES, reportsCsv } from '../../../src/lib/output/csv.ts';
import { emptyDisclosure } from '../../../src/lib/parse/active-disclosure.ts';
import { pre2019Totals } from '../../../src/lib/parse/pre2019.ts';
import { ActiveDisclosure, ActiveDisclosure2019, Pre2019Totals } from '../../../src/lib/template/schema.ts';

const COLUMNS_2021 = [
  'activeDisclosure.regulations.issued', 'activeDisclosure.regulations.repealed', 'activeDisclosure.regulations.inForce',
  'activeDisclosure.normativeDocuments.issued', 'activeDisclosure.normativeDocuments.repealed', 'activeDisclosure.normativeDocuments.inForce',
  'activeDisclosure.licensing', 'activeDisclosure.penalty', 'activeDisclosure.coercion', 'activeDisclosure.feesWanYuan',
];
const COLUMNS_2019 = [
  'activeDisclosure2019.regulations.made', 'activeDisclosure2019.regulations.published', 'activeDisclosure2019.regulations.total',
  'activeDisclosure2019.normativeDocuments.made', 'activeDisclosure2019.normativeDocuments.published', 'activeDisclosure2019.normativeDocuments.total',
  'activeDisclosure2019.licensing.previousYear', 'activeDisclosure2019.licensing.change', 'activeDisclosure2019.licensing.decisions',
  'activeDisclosure2019.otherServices.previousYear', 'activeDisclosure2019.otherServices.change', 'activeDisclosure2019.otherServices.decisions',
  'activeDisclosure2019.penalty.previousYear', 'activeDisclosure2019.penalty.change', 'activeDisclosure2019.penalty.decisions',
  'activeDisclosure2019.coercion.previousYear', 'activeDisclosure2019.coercion.change', 'activeDisclosure2019.coercion.decisions',
  'activeDisclosure2019.fees.previousYear', 'activeDisclosure2019.fees.change',
  'activeDisclosure2019.procurement.projects', 'activeDisclosure2019.procurement.amountWanYuan',
];
const COLUMNS_PRE2019 = ['pre2019.activeDisclosed', 'pre2019.applicationsTotal', 'pre2019.reconsideration', 'pre2019.litigation'];

test('activeDisclosure: the shape of docs/SCHEMA.md, single-number items as numbers', () => {
  const empty = { issued: null, repealed: null, inForce: null };
  assert.deepEqual(emptyDisclosure(), {
    regulations: empty,
    normativeDocuments: empty,
    licensing: null,
    penalty: null,
    coercion: null,
    feesWanYuan: null,
  });
  const read = { regulations: { issued: 2, repealed: null, inForce: 9 }, normativeDocuments: { issued: 0, repealed: 1, inForce: 30 }, licensing: 57, penalty: null, coercion: 4, feesWanYuan: 1.25 };
  assert.deepEqual(ActiveDisclosure.parse(read), read);
  assert.throws(() => ActiveDisclosure.parse({ ...read, licensing: { value: 3 } }), 'licensing is a number, not an object');
  assert.throws(() => ActiveDisclosure.parse({ ...read, regulations: { issued: 1, repealed: 0 } }), 'every field is present');
});

test('activeDisclosure2019: every item an object of its printed numbers', () => {
  const row3 = (a: string, b: string, c: string) => ({ [a]: 1, [b]: 2, [c]: 3 });
  const full = {
    regulations: row3('made', 'published', 'total'),
    normativeDocuments: row3('made', 'published', 'total'),
    licensing: row3('previousYear', 'change', 'decisions'),
    otherServices: row3('previousYear', 'change', 'decisions'),
    penalty: row3('previousYear', 'change', 'decisions'),
    coercion: row3('previousYear', 'change', 'decisions'),
    fees: { previousYear: 4, change: -1 },
    procurement: { projects: 2, amountWanYuan: 12.5 },
  };
  assert.deepEqual(ActiveDisclosure2019.parse(full), full);
  const { procurement: _dropped, ...partial } = full;
  assert.throws(() => ActiveDisclosure2019.parse(partial), 'procurement is part of the 2019 edition');
});

test('pre2019: the four totals, each null where the text states none', () => {
  assert.deepEqual(Object.keys(Pre2019Totals.shape), ['activeDisclosed', 'applicationsTotal', 'reconsideration', 'litigation']);
  const text = '全年主动公开政府信息 1 234 条。共受理政府信息公开申请 17 件。发生行政复议 2 件。';
  assert.deepEqual(pre2019Totals(text), { activeDisclosed: 1234, applicationsTotal: 17, reconsideration: 2, litigation: null });
});

test('reports.csv: the number columns of section 二 and pre2019 keep their published names and order', () => {
  const header = [...reportsCsv([])][0]!.slice(1).trim().split(',');
  const numbers = header.slice(header.indexOf('missingColumns') + 1);
  assert.deepEqual(numbers.slice(0, 10), COLUMNS_2021);
  assert.deepEqual(numbers.slice(10, 32), COLUMNS_2019);
  assert.deepEqual(numbers.slice(-4), COLUMNS_PRE2019);
  assert.equal(numbers.length, 10 + 22 + 25 * 7 + 15 + 4);
  assert.equal(numbers[32], 'applications.newReceived.naturalPerson');
  assert.equal(numbers.at(-5), 'reviewLitigation.litigationAfterReconsideration.total');
});

test('cells.csv: a single-number item of section 二 is row = item, column = value', () => {
  const place = (path: string) => CELL_PLACES.find((c) => c.path === path);
  assert.deepEqual(
    ['activeDisclosure.licensing', 'activeDisclosure.regulations.inForce', 'activeDisclosure2019.fees.change', 'pre2019.litigation'].map((p) => {
      const c = place(p)!;
      return [c.table, c.row, c.column];
    }),
    [['二', 'licensing', 'value'], ['二', 'regulations', 'inForce'], ['二(2019)', 'fees', 'change'], ['pre2019', 'litigation', 'value']],
  );
});
