/**
 * Bugs planted one at a time by `npm run mutants` (run.ts): each is a real mistake that a test
 * must catch. A mutant names the exact text it replaces, which must occur once in its file: when
 * the code moves on, the runner says so, and the entry is updated rather than silently dropped.
 * Add one for every bug found that the tests let through.
 */
export interface Mutant {
  id: string;
  /** What the planted bug does, in words. */
  why: string;
  file: string;
  find: string;
  replace: string;
  /** The test files that should catch it (the whole unit suite with --all). */
  tests: string[];
}

export const MUTANTS: readonly Mutant[] = [
  {
    id: 'carryover-wrong-row',
    why: 'carry-over compares last year’s 上年结转 instead of its 结转下年度继续办理',
    file: 'src/lib/check/cross-report.ts',
    find: 'const before = previous.applications.carriedForward.total;',
    replace: 'const before = previous.applications.carriedOver.total;',
    tests: ['tests/unit/check/cross-report.test.ts'],
  },
  {
    id: 'carryover-next-year',
    why: 'carry-over compares with the year after instead of the year before',
    file: 'src/lib/check/cross-report.ts',
    find: 'byAgencyYear.get(`${r.agencyKey}|${r.year - 1}`)',
    replace: 'byAgencyYear.get(`${r.agencyKey}|${r.year + 1}`)',
    tests: ['tests/unit/check/cross-report.test.ts'],
  },
  {
    id: 'in-force-adds-repealed',
    why: '现行有效 adds 本年废止 instead of subtracting it',
    file: 'src/lib/check/cross-report.ts',
    find: 'const expected = prev + cur.issued - cur.repealed;',
    replace: 'const expected = prev + cur.issued + cur.repealed;',
    tests: ['tests/unit/check/cross-report.test.ts'],
  },
  {
    id: 'quality-partial-lists-failed',
    why: 'the quality page lists the reports that failed as 部分读取',
    file: 'src/lib/views/quality.ts',
    find: "if (r.status === 'partial') out.push(item('partial'",
    replace: "if (r.status === 'failed') out.push(item('partial'",
    tests: ['tests/unit/views/quality.test.ts'],
  },
  {
    id: 'litigation-drops-after-reconsideration',
    why: '行政诉讼 leaves out 复议后起诉',
    file: 'src/lib/measures/catalogue.ts',
    find: "source: { sum: ['litigationDirect', 'litigationAfterReconsideration'] }",
    replace: "source: { sum: ['litigationDirect'] }",
    tests: ['tests/unit/measures/catalogue.test.ts', 'tests/unit/views/agency.test.ts', 'tests/unit/views/overview.test.ts', 'tests/unit/present/key-numbers.test.ts'],
  },
  {
    id: 'granted-or-partial-drops-partial',
    why: '予以公开及部分公开 leaves out 部分公开',
    file: 'src/lib/measures/catalogue.ts',
    find: "source: { sum: ['granted', 'partiallyGranted'] }",
    replace: "source: { sum: ['granted'] }",
    tests: ['tests/unit/measures/catalogue.test.ts', 'tests/unit/views/list-view.test.ts'],
  },
  {
    id: 'settled-ignores-pending',
    why: '复议纠错比例 divides by every reconsideration, the pending ones included',
    file: 'src/lib/measures/values.ts',
    find: 'return g.total === null ? null : g.total - (g.pending ?? 0);',
    replace: 'return g.total;',
    tests: ['tests/unit/measures/catalogue.test.ts'],
  },
  {
    id: 'rate-swapped',
    why: 'a rate divides its denominator by its numerator',
    file: 'src/lib/measures/values.ts',
    find: 'return share(counts[m.numerator], counts[m.denominator]);',
    replace: 'return share(counts[m.denominator], counts[m.numerator]);',
    tests: ['tests/unit/measures/catalogue.test.ts', 'tests/unit/views/compare.test.ts', 'tests/unit/views/agency.test.ts'],
  },
  {
    id: 'median-takes-small-rates',
    why: 'the level median takes in rates on a small denominator',
    file: 'src/lib/site/level-median.ts',
    find: 'return isSolid(s) ? s.value : null;',
    replace: 'return s.value;',
    tests: ['tests/unit/site/level-median.test.ts'],
  },
  {
    id: 'agency-named-after-oldest',
    why: 'an agency is named after its oldest report instead of its latest',
    file: 'src/lib/site/agencies.ts',
    find: 'name: latest.agency,',
    replace: 'name: sorted[0]!.agency,',
    tests: ['tests/unit/views/agency.test.ts'],
  },
  {
    id: 'agency-chart-litigation-is-reconsideration',
    why: 'the agency chart’s 行政诉讼 series shows 行政复议',
    file: 'src/lib/views/agency.ts',
    find: "series(['reconsideration', 'litigation'])",
    replace: "series(['reconsideration', 'reconsideration']).map((s, i) => (i === 1 ? { ...s, label: shortLabel('litigation') } : s))",
    tests: ['tests/unit/views/agency.test.ts'],
  },
  {
    id: 'report-passed-counts-all',
    why: 'a report page says every check passed, failed ones included',
    file: 'src/lib/views/report.ts',
    find: 'passedCount: report.checks.filter((c) => c.ok).length,',
    replace: 'passedCount: report.checks.length,',
    tests: ['tests/unit/views/report.test.ts'],
  },
];
