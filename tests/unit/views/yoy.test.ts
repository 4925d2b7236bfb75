import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { agencyYoy, yoySentence } from '../../../src/lib/views/yoy.ts';
import { makeReport } from '../fixture-reports.ts';

const base = { phrase: '新收申请', unit: '件', year: 2024 };

test('an increase on the year before', () => {
  assert.equal(yoySentence({ ...base, value: 40, previousYear: 2023, previous: 28 }), '本年新收申请40件，比上年增加12件');
});

test('a decrease, a level year, and thousands separators', () => {
  assert.equal(yoySentence({ ...base, value: 5, previousYear: 2023, previous: 9 }), '本年新收申请5件，比上年减少4件');
  assert.equal(yoySentence({ ...base, value: 7, previousYear: 2023, previous: 7 }), '本年新收申请7件，与上年持平');
  assert.equal(yoySentence({ ...base, value: 1200, previousYear: 2023, previous: 100 }), '本年新收申请1,200件，比上年增加1,100件');
});

test('a gap in the years names the year compared with', () => {
  assert.equal(yoySentence({ ...base, value: 10, previousYear: 2021, previous: 4 }), '本年新收申请10件，比2021年增加6件');
});

test('no earlier number: the figure alone; no figure: no sentence', () => {
  assert.equal(yoySentence({ ...base, value: 3, previousYear: null, previous: null }), '本年新收申请3件');
  assert.equal(yoySentence({ ...base, value: 3, previousYear: 2023, previous: null }), '本年新收申请3件');
  assert.equal(yoySentence({ ...base, value: null, previousYear: 2023, previous: 5 }), null);
});

test('an agency gets one paragraph a year, newest first, each against the year before it', () => {
  const reports = [
    makeReport({ year: 2022, cells: { 'applications.newReceived.total': 28, 'reviewLitigation.reconsideration.total': 2 } }),
    makeReport({ year: 2023, cells: { 'applications.newReceived.total': 40, 'reviewLitigation.reconsideration.total': 1 } }),
  ];
  const [agency] = groupAgencies(reports);
  assert.deepEqual(agencyYoy(agency!), [
    { year: 2023, sentences: ['本年新收申请40件，比上年增加12件', '本年被申请行政复议1件，比上年减少1件'] },
    { year: 2022, sentences: ['本年新收申请28件', '本年被申请行政复议2件'] },
  ]);
});

test('no sentence crosses a change of scope: the year says the scope changed instead', () => {
  // 延津县人民政府: its own 5 applications in 2022, the whole county's 10 in 2023 and 14 in 2024.
  const at = (year: number, scope: 'own' | 'summary', n: number) =>
    makeReport({ agency: '延津县人民政府', agencyKey: '410726 延津县人民政府', level: 'county', agencyKind: 'government', scope, year, cells: { 'applications.newReceived.total': n } });
  const [agency] = groupAgencies([at(2022, 'own', 5), at(2023, 'summary', 10), at(2024, 'summary', 14)]);
  assert.deepEqual(agencyYoy(agency!), [
    { year: 2024, sentences: ['本年新收申请14件，比上年增加4件'] },
    { year: 2023, sentences: ['2023年报告为全县汇总报告，与2022年本机关报告不可比'] },
    { year: 2022, sentences: ['本年新收申请5件'] },
  ]);
});

test('a figure without the year it is compared with is said alone, even with a number beside it', () => {
  assert.equal(yoySentence({ ...base, value: 3, previousYear: null, previous: 5 }), '本年新收申请3件');
});

test('the years are taken oldest first whatever order the reports come in', () => {
  const reports = [
    makeReport({ year: 2024, cells: { 'applications.newReceived.total': 17 } }),
    makeReport({ year: 2022, cells: { 'applications.newReceived.total': 28 } }),
    makeReport({ year: 2023, cells: { 'applications.newReceived.total': 40 } }),
  ];
  const [agency] = groupAgencies(reports);
  assert.deepEqual(agencyYoy(agency!), [
    { year: 2024, sentences: ['本年新收申请17件，比上年减少23件'] },
    { year: 2023, sentences: ['本年新收申请40件，比上年增加12件'] },
    { year: 2022, sentences: ['本年新收申请28件'] },
  ]);
});
