/**
 * What copy detection adds to ingest (check/copied.ts, check/copied-passages.ts), in this process,
 * on the generated corpus's own reports (tools/corpus: agencies of 1–5 years each, their sections
 * 一, 五 and 六 composed from the formulaic sentences real reports use, so that many share text):
 * the shares of every report (`copiedText`: shingles, MinHash, LSH buckets, exact comparison of the
 * candidates), then the passages of each report that shares text with another, read back from its
 * lines as JSON as ingest's writer does (`reportPassages`). One report in a hundred is a planted
 * near copy of another agency's report of its year, its first number changed, to count how many of
 * them are found (benchReports). The files are not rendered nor read:
 * only the texts are made, so that 100,000 reports take seconds, not the hours of a whole run.
 */
import { reportPassages } from '../../src/lib/check/copied-passages.ts';
import { copiedText, type CopiedInput } from '../../src/lib/check/copied.ts';
import type { Copied } from '../../src/lib/template/schema.ts';
import type { SourceLine } from '../../src/lib/template/source-lines.ts';
import { reportStream } from '../../tools/corpus/numbers.ts';
import type { Sections } from '../../tools/corpus/prose.ts';
import { createRng } from '../../tools/corpus/prng.ts';
import { round } from './measure.ts';

/** Rows of table 三 as a text report prints them: lines the passages read and never mark. */
const TABLE_ROWS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '（七）总计', '四、结转下年度继续办理'];

interface BenchReport extends CopiedInput {
  copied?: Copied;
  /** The lines as ingest holds them: JSON text. */
  lines: string;
  /** The report this one is a planted copy of. */
  copyOf?: string;
}

/**
 * One report in a hundred is a planted near copy of another agency's report of its year. The
 * generator's prose is stock sentences and numbers only (on the default seed, 97% of a report's
 * shingles are its year's common wording and 12 are its own, too few to compare), so that each
 * report a copy can be of, one in a hundred too, gets a paragraph of its own (60 characters drawn
 * at random), as real reports have.
 */
const PLANTED_EVERY = 100;
const OWN_PARAGRAPH = 60;

/** Sections lightly edited, as a copier fitting a neighbour's report would: the first number one more. */
const edited = (lines: string[]) => {
  const at = lines.findIndex((l) => /\d/.test(l));
  return lines.map((l, i) => (i === at ? l.replace(/\d+/, (n) => String(Number(n) + 1)) : l));
};

type Prose = Pick<Sections, 'preamble' | 'overview' | 'problems' | 'other'>;

function benchReports(count: number, seed: string): BenchReport[] {
  const stream = reportStream(createRng(seed).fork('reports'));
  const own = createRng(seed).fork('own paragraphs');
  const out: BenchReport[] = [];
  // Per year, the last report with a paragraph of its own: its id, its agency and its text.
  const original = new Map<number, { id: string; agency: string; sections: Prose }>();
  for (let i = 0; i < count; i++) {
    const g = stream.next().value!;
    const id = `${g.year}-${i}`;
    const last = original.get(g.year);
    const planted = i % PLANTED_EVERY === PLANTED_EVERY - 1 && last !== undefined && last.agency !== g.agency.name ? last : undefined;
    let sections: Prose = g.sections;
    if (planted) sections = { ...planted.sections, overview: edited(planted.sections.overview) };
    else if (i % PLANTED_EVERY === PLANTED_EVERY / 2) {
      const paragraph = Array.from({ length: OWN_PARAGRAPH }, () => String.fromCharCode(own.int(0x4e00, 0x9fa5))).join('');
      sections = { ...g.sections, problems: [...g.sections.problems, paragraph] };
      original.set(g.year, { id, agency: g.agency.name, sections });
    }
    const { preamble, overview, problems, other } = sections;
    const text = [...preamble, '一、总体情况', ...overview, ...TABLE_ROWS, '五、存在的主要问题及改进情况', ...problems, '六、其他需要报告的事项', ...other];
    const lines: SourceLine[] = text.map((t, n) => ({ line: n + 1, cells: TABLE_ROWS.includes(t) ? [t, String(n), '0', '0', String(n)] : [t] }));
    out.push({
      id,
      year: g.year,
      agencyKey: g.agency.name,
      sections: { overview: overview.join('\n'), problems: problems.join('\n'), other: other.join('\n') },
      lines: JSON.stringify(lines),
      ...(planted ? { copyOf: planted.id } : {}),
    });
  }
  return out;
}

export interface CopiedBench {
  reports: number;
  /** The shares of every report: wall seconds, and CPU seconds (steadier on a shared machine). */
  sharesSeconds: number;
  sharesCpuSeconds: number;
  /** Same-year pairs compared exactly: LSH's candidates, against the n(n−1)/2 pairs of each year. */
  pairsCompared: number;
  pairsInYears: number;
  /** Reports with a share above nothing in last year's report, and with same-year near-copies. */
  withPrevious: number;
  withSameYear: number;
  /** Reports whose same-year candidates were more than were counted (`sameYearCapped`). */
  withSameYearCapped: number;
  /** Planted near copies (one report in a hundred), and how many of them name the report they copy. */
  plantedCopies: number;
  plantedFound: number;
  /** The passages of every report that shares text, its lines and the others' parsed from JSON. */
  passagesSeconds: number;
  passagesCpuSeconds: number;
  passages: number;
  peakHeapMb: number;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return round((used.user + used.system) / 1e6);
};

export function benchCopied(count: number, seed: string): CopiedBench {
  const reports = benchReports(count, seed);
  let peak = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { copied, pairsCompared } = copiedText(reports);
  const sharesSeconds = round((performance.now() - t0) / 1000);
  const sharesCpuSeconds = cpuSeconds(c0);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  for (const r of reports) {
    const c = copied.get(r.id);
    if (c) r.copied = c;
  }
  const byId = new Map(reports.map((r) => [r.id, r]));
  const find = (id: string) => {
    const r = byId.get(id);
    return r && { report: r, lines: JSON.parse(r.lines) as SourceLine[] };
  };
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  let passages = 0;
  for (const r of reports) passages += reportPassages(r, find).length;
  const passagesSeconds = round((performance.now() - t1) / 1000);
  const passagesCpuSeconds = cpuSeconds(c1);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const perYear = new Map<number, number>();
  for (const r of reports) perYear.set(r.year!, (perYear.get(r.year!) ?? 0) + 1);
  return {
    reports: count,
    sharesSeconds,
    sharesCpuSeconds,
    pairsCompared,
    pairsInYears: [...perYear.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0),
    withPrevious: reports.filter((r) => r.copied?.previousShare).length,
    withSameYear: reports.filter((r) => r.copied?.sameYear.length).length,
    withSameYearCapped: reports.filter((r) => r.copied?.sameYearCapped).length,
    plantedCopies: reports.filter((r) => r.copyOf).length,
    plantedFound: reports.filter((r) => r.copyOf && r.copied?.sameYear.some((s) => s.id === r.copyOf)).length,
    passagesSeconds,
    passagesCpuSeconds,
    passages,
    peakHeapMb: Math.round(peak / 2 ** 20),
  };
}
