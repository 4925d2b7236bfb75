/**
 * The checklist of a report: each item met, unmet and unknown, from what the report holds, and the
 * count of items met with the unknown ones apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { reportsCsv, reportsHeader } from '../../../src/lib/output/csv.ts';
import { reportCore } from '../../../src/lib/site/core.ts';
import { CHECKLIST, CHECKLIST_COLUMNS, checklist, checklistCounts, checklistSentence, checklistStates, type ChecklistKey } from '../../../src/lib/views/checklist.ts';
import { CHECKLIST_KEYS } from '../../../src/lib/views/checklist-items.ts';
import { reportsDictionary } from '../../../src/lib/views/downloads.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';
import { ALL_MET, CHECKLIST_REPORTS, COPIED, LATE } from './checklist-fixture.ts';

const TEXT = { overview: '本年度主动公开信息一百二十条。', problems: '公开内容不够全面。', other: '未收取信息处理费。' };
const check = (id: Report['checks'][number]['id'], ok: boolean) => ({ id, ok, message: '' });

/** A report that meets every item that can be known without a date. */
function good(extra: Partial<Report> = {}, o: Parameters<typeof makeReport>[0] = {}): Report {
  return {
    ...makeReport({ year: 2024, template: '2021', checks: [check('balance', true), check('outcomes', true), check('prose', true)], ...o }),
    sections: TEXT,
    copied: { previousId: '2023-x', previousShare: 0.35, sameYear: [] },
    ...extra,
  };
}

const item = (r: Report, key: ChecklistKey) => checklist(r).items.find((i) => i.key === key)!;

test('a complete, current, consistent, original report: 6项中满足5项, the date unknown', () => {
  const list = checklist(good());
  assert.deepEqual(
    list.items.map((i) => [i.key, i.state]),
    [
      ['sections', 'met'],
      ['edition', 'met'],
      ['identities', 'met'],
      ['prose', 'met'],
      ['onTime', 'unknown'],
      ['notCopied', 'met'],
    ],
  );
  assert.equal(list.met, 5);
  assert.equal(list.unknown, 1);
  assert.equal(list.summary, '6项中满足5项（1项未知）');
  assert.equal(item(good(), 'identities').evidence, '2项核对全部通过');
  assert.equal(item(good(), 'notCopied').evidence, '与2023年报告相同的部分约占35%；与同年其他报告没有基本相同的');
});

test('sections: a text section empty or a table unread is unmet, a failed report unknown', () => {
  const r = good({ sections: { ...TEXT, problems: '  ' }, unread: ['reviewLitigation'] });
  assert.equal(item(r, 'sections').state, 'unmet');
  assert.match(item(r, 'sections').evidence, /五、存在的主要问题及改进情况；四、政府信息公开行政复议、行政诉讼情况/);
  assert.equal(item(good({ status: 'failed' }), 'sections').state, 'unknown');
  assert.equal(item(good({ unread: ['applications.granted.total'] }), 'sections').state, 'met', 'one unread cell is not a missing table');
});

test('edition: the 2021 format from the 2021 reports on, the 2019 format for 2019 and 2020', () => {
  assert.equal(item(good({}, { year: 2022, template: '2019' }), 'edition').state, 'unmet');
  assert.equal(item(good({}, { year: 2022, template: '2019' }), 'edition').evidence, '2022年度的报告应采用2021年版格式，表格却是2019年版');
  assert.equal(item(good({}, { year: 2020, template: '2019' }), 'edition').state, 'met');
  assert.equal(item(good({}, { year: 2020, template: '2021' }), 'edition').state, 'unmet');
  assert.equal(item(good({}, { year: 2017, template: 'pre2019' }), 'edition').state, 'unknown');
  assert.equal(item(good({}, { year: 2023, template: 'unknown' }), 'edition').state, 'unknown');
  const mixed = good({ notes: [{ level: 'info', code: 'edition-mixed', message: '' }] }, { year: 2023 });
  assert.equal(item(mixed, 'edition').state, 'unmet', '表三 kept in the 2019 format');
});

test('identities and prose: any failed check unmet, none tried unknown; the checks across years do not count', () => {
  const r = good({}, { checks: [check('balance', true), check('rowTotal', false), check('review', false), check('prose', false), check('carryover', false)] });
  assert.deepEqual([item(r, 'identities').state, item(r, 'identities').evidence], ['unmet', '3项核对中2项未通过']);
  assert.equal(item(r, 'prose').state, 'unmet');
  const none = good({}, { checks: [check('carryover', true)] });
  assert.equal(item(none, 'identities').state, 'unknown');
  assert.equal(item(none, 'prose').state, 'unknown');
});

test('on time: a department by 31 January, a county government by 31 March; a township only when early', () => {
  const dated = (date: string, kind = 'published') => ({ dates: [{ kind: 'file-created', date: '2025-01-02', evidence: 'PDF' }, { kind, date, evidence: 'PubDate' }] }) as Partial<Report>;
  const dept = { level: 'county' as const, agencyKind: 'department' as const };
  assert.equal(item(good(dated('2025-01-31'), dept), 'onTime').state, 'met');
  assert.deepEqual([item(good(dated('2025-02-03'), dept), 'onTime').state, item(good(dated('2025-02-03'), dept), 'onTime').evidence], ['unmet', '逾期3天：2025-02-03发布，期限为2025-01-31']);
  const gov = { level: 'county' as const, agencyKind: 'government' as const };
  assert.equal(item(good(dated('2025-03-31'), gov), 'onTime').state, 'met');
  assert.equal(item(good(dated('2025-04-01'), gov), 'onTime').state, 'unmet');
  const town = { level: 'township' as const, agencyKind: 'government' as const };
  assert.equal(item(good(dated('2025-01-20'), town), 'onTime').state, 'met');
  assert.equal(item(good(dated('2025-02-20'), town), 'onTime').state, 'unknown');
  // a file's creation date alone never says when it was published
  assert.equal(item(good(dated('2025-01-10', 'signed'), dept), 'onTime').state, 'unknown');
});

test('not copied: 80% of last year’s text or a same-year copy is unmet; no text unknown', () => {
  const previous = good({ copied: { previousId: '2023-x', previousShare: 0.86, sameYear: [] } });
  assert.deepEqual([item(previous, 'notCopied').state, item(previous, 'notCopied').evidence], ['unmet', '与2023年报告相同的部分约占86%；与同年其他报告没有基本相同的']);
  const same = good({ copied: { previousId: null, previousShare: null, sameYear: [{ id: 'a', share: 0.9 }, { id: 'b', share: 0.82 }] } });
  assert.deepEqual([item(same, 'notCopied').state, item(same, 'notCopied').evidence], ['unmet', '本机关上一年度没有可比较的报告；与同年的2份报告正文基本相同']);
  assert.equal(item(good({ copied: { previousId: '2023-x', previousShare: 0.79, sameYear: [] } }), 'notCopied').state, 'met');
  const { copied: _c, ...rest } = good();
  assert.equal(item(rest as Report, 'notCopied').state, 'unknown');
});

test('the count: unmet and unknown apart', () => {
  const r = good({ copied: { previousId: '2023-x', previousShare: 0.95, sameYear: [] }, status: 'failed' }, { checks: [] });
  // sections unknown (failed), edition met, identities and prose unknown (none tried), date unknown, copied unmet
  const list = checklist(r);
  assert.equal(list.met, 1);
  assert.equal(list.unknown, 4);
  assert.equal(list.summary, '6项中满足1项（4项未知）');
});

test('the items of the checklist and the keys the list and the files use are the same, in the same order', () => {
  assert.deepEqual(CHECKLIST.map((c) => c.key), [...CHECKLIST_KEYS]);
});

test('four reports read by hand: one late, one in an old format, one copied, one meeting every item', () => {
  assert.deepEqual(CHECKLIST_REPORTS.map(checklistStates), [
    ['met', 'met', 'met', 'met', 'unmet', 'met'],
    ['unmet', 'unmet', 'met', 'unknown', 'met', 'met'],
    ['met', 'met', 'met', 'met', 'unknown', 'unmet'],
    ['met', 'met', 'met', 'met', 'met', 'met'],
  ]);
  assert.deepEqual(CHECKLIST_REPORTS.map((r) => checklist(r).summary), ['6项中满足5项', '6项中满足3项（1项未知）', '6项中满足4项（1项未知）', '6项中满足6项']);
});

test('reports.csv: a column per item (met, unmet, unknown; 满足, 未满足, 未知 in reports-zh.csv) and the items met, after the identity', () => {
  const parse = (headers: 'keys' | 'zh') => Papa.parse<string[]>([...reportsCsv([...CHECKLIST_REPORTS], headers, CHECKLIST_COLUMNS)].join('').slice(1), { skipEmptyLines: true }).data;
  const keys = parse('keys');
  const at = keys[0]!.indexOf('checklist.sections');
  assert.equal(keys[0]![at - 1], 'missingColumns', 'right after the columns of the identity');
  assert.deepEqual(keys[0]!.slice(at, at + 7), ['checklist.sections', 'checklist.edition', 'checklist.identities', 'checklist.prose', 'checklist.onTime', 'checklist.notCopied', 'checklist.met']);
  assert.equal(keys[0]![at + 7], 'activeDisclosure.regulations.issued', 'then the numbers');
  assert.deepEqual(keys[1]!.slice(at, at + 7), ['met', 'met', 'met', 'met', 'unmet', 'met', '5']);
  assert.deepEqual(keys[3]!.slice(at, at + 7), ['met', 'met', 'met', 'met', 'unknown', 'unmet', '4']);
  const zh = parse('zh');
  assert.deepEqual(zh[0]!.slice(at, at + 7), ['对照要求·六部分齐全', '对照要求·表格格式适用', '对照要求·勾稽关系成立', '对照要求·正文与表格一致', '对照要求·按期公布', '对照要求·正文不是照抄', '对照要求·满足项数']);
  assert.deepEqual(zh[2]!.slice(at, at + 7), ['未满足', '未满足', '满足', '未知', '满足', '满足', '3']);
  assert.equal(zh[2]![zh[0]!.indexOf('发布机关')], '郸城县教育局');
});

test('the data dictionary describes the checklist columns where reports.csv has them', () => {
  const header = reportsHeader('keys', CHECKLIST_COLUMNS);
  const entries = reportsDictionary(header);
  assert.deepEqual(entries.map((e) => e.column), header);
  const onTime = entries.find((e) => e.column === 'checklist.onTime')!;
  assert.equal(onTime.zh, '对照要求·按期公布');
  assert.match(onTime.description, /^按期公布：met＝满足；unmet＝未满足；unknown＝未知/);
  assert.equal(entries.find((e) => e.column === 'checklist.met')!.unit, '项');
});

test('a place and year summed up: how many reports do not meet each item, unknown ones not counted', () => {
  const counts = checklistCounts(CHECKLIST_REPORTS);
  // 教育局 (prose) and 民政局 (no date) have an unknown item
  assert.deepEqual(counts, { reports: 4, unmet: { sections: 1, edition: 1, identities: 0, prose: 0, onTime: 1, notCopied: 1 }, withUnknown: 2 });
  assert.equal(checklistSentence('郸城县', 2024, counts), '郸城县2024年：4份报告中1份缺少部分内容、1份表格格式过期、1份逾期、1份正文基本照抄；2份有本站无从判断的项');
  // Two late reports, the undated one not counted as late.
  assert.equal(checklistSentence('郸城县', 2024, checklistCounts([LATE, LATE, COPIED])), '郸城县2024年：3份报告中2份逾期、1份正文基本照抄；1份有本站无从判断的项');
  assert.equal(checklistSentence('郸城县', 2023, checklistCounts([ALL_MET])), '郸城县2023年：1份报告中没有未满足任何一项的');
  assert.equal(checklistSentence('郸城县', 2023, checklistCounts([COPIED, COPIED])), '郸城县2023年：2份报告中2份正文基本照抄；2份有本站无从判断的项');
});

test('the core the site holds of a report gives the same checklist as the report, with the same evidence', () => {
  // 表三 in the 2019 rows (an info note a core drops), section 五 empty, two identities passed and one failed (a core keeps only the failed)
  const mixed = good({ sections: { ...TEXT, problems: '' }, notes: [{ level: 'info', code: 'edition-mixed', message: '' }] }, { checks: [check('balance', true), check('outcomes', true), check('rowTotal', false), check('prose', true)] });
  for (const r of [...CHECKLIST_REPORTS, mixed]) assert.deepEqual(checklist(reportCore(r)), checklist(r), r.agency);
  assert.deepEqual(checklistStates(reportCore(mixed)), ['unmet', 'unmet', 'unmet', 'met', 'unknown', 'met']);
  assert.equal(checklist(reportCore(mixed)).items[2]!.evidence, '3项核对中1项未通过');
});

test('sections: each part missing is named, in the report’s order of parts, texts then tables; a report before 2019 is unknown', () => {
  const r = good({ sections: { overview: '', problems: '有', other: ' ' }, unread: ['activeDisclosure', 'applications'] });
  assert.equal(item(r, 'sections').evidence, '本站在原文中未读出：一、总体情况；六、其他需要报告的事项；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况（也可能是读取有误，请对照原文）');
  assert.deepEqual([item(good(), 'sections').state, item(good(), 'sections').evidence], ['met', '六个部分都读出了内容']);
  assert.deepEqual([item(good({ status: 'failed' }), 'sections').evidence], ['本站未能读出这份报告']);
  const old = good({}, { year: 2017, template: 'pre2019' });
  assert.deepEqual([item(old, 'sections').state, item(old, 'sections').evidence], ['unknown', '2019年以前的报告没有统一的六部分格式']);
});

test('edition: the bounds of each format, a report of no year, and the words of each state', () => {
  const edition = (year: number | null, template: Report['template']) => {
    const i = item(good({}, { year, template }), 'edition');
    return [i.state, i.evidence];
  };
  assert.deepEqual(edition(2019, '2019'), ['met', '2019年度的报告，表格采用2019年版格式']);
  assert.deepEqual(edition(2021, '2021'), ['met', '2021年度的报告，表格采用2021年版格式']);
  assert.deepEqual(edition(2021, '2019'), ['unmet', '2021年度的报告应采用2021年版格式，表格却是2019年版']);
  assert.deepEqual(edition(2020, '2021'), ['unmet', '2020年度的报告应采用2019年版格式，表格却是2021年版']);
  assert.deepEqual(edition(2018, '2019'), ['unknown', '2018年度没有统一的表格格式']);
  assert.deepEqual(edition(null, '2021'), ['unknown', '报告年度不详']);
  assert.deepEqual(edition(2022, 'unknown'), ['unknown', '本站未读出统一格式的统计表']);
  assert.deepEqual(edition(2022, 'pre2019'), ['unknown', '本站未读出统一格式的统计表']);
  const mixed = item(good({ notes: [{ level: 'info', code: 'edition-mixed', message: '' }] }, { year: 2022 }), 'edition');
  assert.equal(mixed.evidence, '2022年度的报告，表三仍是2019年版的“（六）其他处理”一行');
});

test('identities and prose count each check tried, one of a kind tried twice twice, and their words', () => {
  const r = good({}, { checks: [check('balance', true), check('balance', false), check('outcomes', true), check('rowTotal', true), check('review', false), check('prose', true), check('prose', true), check('inForce', false)] });
  assert.deepEqual([item(r, 'identities').state, item(r, 'identities').evidence], ['unmet', '5项核对中2项未通过']);
  assert.deepEqual([item(r, 'prose').state, item(r, 'prose').evidence], ['met', '2项核对全部通过']);
  const none = good({}, { checks: [] });
  assert.equal(item(none, 'identities').evidence, '统计表未读出，未能核对');
  assert.equal(item(none, 'prose').evidence, '正文没有可与表格对照的数字');
  const onlyReview = good({}, { checks: [check('review', true)] });
  assert.deepEqual([item(onlyReview, 'identities').state, item(onlyReview, 'identities').evidence], ['met', '1项核对全部通过']);
});

test('not copied: 80% exactly is a copy; a share above nothing is at least 1%; none compared of last year, or no year, says so', () => {
  const of = (copied: NonNullable<Report['copied']>, year: number | null = 2024) => {
    const i = item(good({ copied }, { year }), 'notCopied');
    return [i.state, i.evidence];
  };
  assert.deepEqual(of({ previousId: '2023-x', previousShare: 0.8, sameYear: [] }), ['unmet', '与2023年报告相同的部分约占80%；与同年其他报告没有基本相同的']);
  assert.deepEqual(of({ previousId: '2023-x', previousShare: 0.004, sameYear: [] }), ['met', '与2023年报告相同的部分约占1%；与同年其他报告没有基本相同的']);
  assert.deepEqual(of({ previousId: '2023-x', previousShare: 0, sameYear: [] }), ['met', '与2023年报告相同的部分约占0%；与同年其他报告没有基本相同的']);
  assert.deepEqual(of({ previousId: null, previousShare: null, sameYear: [] }), ['met', '本机关上一年度没有可比较的报告；与同年其他报告没有基本相同的']);
  assert.deepEqual(of({ previousId: '2023-x', previousShare: 0.9, sameYear: [] }, null), ['unmet', '本机关上一年度没有可比较的报告；与同年其他报告没有基本相同的']);
  assert.deepEqual(of({ previousId: null, previousShare: null, sameYear: [{ id: 'a', share: 0.97 }] }), ['unmet', '本机关上一年度没有可比较的报告；与同年的1份报告正文基本相同']);
  const { copied: _c, ...rest } = good();
  assert.equal(item(rest as Report, 'notCopied').evidence, '正文太短或未读出，无法比较');
});

test('every item met: no unknown in the summary; the items keep their labels', () => {
  const list = checklist(CHECKLIST_REPORTS[3]!);
  assert.equal(list.summary, '6项中满足6项');
  assert.equal(list.unknown, 0);
  assert.deepEqual(list.items.map((i) => i.label), ['六个部分齐全且有内容', '表格采用当年适用的格式', '统计表的勾稽关系成立', '正文数字与表格一致', '按期公布', '正文不是照抄']);
});

test('the dictionary says each item’s values and rule, and the count of items met', () => {
  const entries = reportsDictionary(reportsHeader('keys', CHECKLIST_COLUMNS));
  const of = (column: string) => entries.find((e) => e.column === column)!;
  assert.equal(of('checklist.sections').description.startsWith('六个部分齐全且有内容：met＝满足；unmet＝未满足；unknown＝未知（本站无从判断，不算未满足）。报告包括条例第五十条所列各项内容'), true);
  assert.match(of('checklist.notCopied').description, /与本机关上一年度报告相同的部分不到80%，也没有同年其他机关的报告与它的文字80%以上相同/);
  assert.deepEqual([of('checklist.edition').part, of('checklist.edition').unit, of('checklist.edition').zh], ['对照要求', '', '对照要求·表格格式适用']);
  assert.deepEqual([of('checklist.met').zh, of('checklist.met').part, of('checklist.met').description], ['对照要求·满足项数', '对照要求', '6项中满足的项数；未知的项不计入，也不算未满足']);
});
