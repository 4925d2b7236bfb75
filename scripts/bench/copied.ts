/**
 * What copy detection adds to ingest (check/copied.ts, check/copied-passages.ts), in this process,
 * on the generated corpus's own reports (tools/corpus: agencies of 1–5 years each, their sections
 * 一, 五 and 六 composed from the formulaic sentences real reports use, so that many share text):
 * the shares of every report (`copiedText`: shingles, MinHash, LSH buckets, exact comparison of the
 * candidates), then the passages of each report that shares text with another, read back from its
 * lines as JSON as ingest's writer does (`reportPassages`). The files are not rendered nor read:
 * only the texts are made, so that 100,000 reports take seconds, not the hours of a whole run.
 */
import { reportPassages } from '../../src/lib/check/copied-passages.ts';
import { copiedText, type CopiedInput } from '../../src/lib/check/copied.ts';
import type { Copied } from '../../src/lib/template/schema.ts';
import type { SourceLine } from '../../src/lib/template/source-lines.ts';
import { reportStream } from '../../tools/corpus/numbers.ts';
import { createRng } from '../../tools/corpus/prng.ts';
import { round } from './measure.ts';

/** Rows of table 三 as a text report prints them: lines the passages read and never mark. */
const TABLE_ROWS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '（七）总计', '四、结转下年度继续办理'];

interface BenchReport extends CopiedInput {
  copied?: Copied;
  /** The lines as ingest holds them: JSON text. */
  lines: string;
}

function benchReports(count: number, seed: string): BenchReport[] {
  const stream = reportStream(createRng(seed).fork('reports'));
  const out: BenchReport[] = [];
  for (let i = 0; i < count; i++) {
    const g = stream.next().value!;
    const { preamble, overview, problems, other } = g.sections;
    const text = [...preamble, '一、总体情况', ...overview, ...TABLE_ROWS, '五、存在的主要问题及改进情况', ...problems, '六、其他需要报告的事项', ...other];
    const lines: SourceLine[] = text.map((t, n) => ({ line: n + 1, cells: TABLE_ROWS.includes(t) ? [t, String(n), '0', '0', String(n)] : [t] }));
    out.push({
      id: `${g.year}-${i}`,
      year: g.year,
      agencyKey: g.agency.name,
      sections: { overview: overview.join('\n'), problems: problems.join('\n'), other: other.join('\n') },
      lines: JSON.stringify(lines),
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
    passagesSeconds,
    passagesCpuSeconds,
    passages,
    peakHeapMb: Math.round(peak / 2 ** 20),
  };
}
