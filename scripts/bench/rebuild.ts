/**
 * Rebuilds as a user makes them, each measured against the cold build of the same run: ingest with
 * its cache, then `npm run build`'s incremental site build (src/lib/publish/incremental-fs.ts), after
 * - one report changed: the first plain-text report of the corpus gets 3 more 新收 applications
 *   (its first cell and its 总计), as when a journalist corrects a number;
 * - 100 reports added: 100 more generated reports (another seed: new agencies and new reports of
 *   some), as a new batch of a year arrives.
 * And Hugo, the site stage's peer, on the same pages where `hugo` is installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { round, runStep, type StepResult } from './measure.ts';

const NEW_RECEIVED = '一、本年新收政府信息公开申请数量';

/** The changed line: its first and last numbers (自然人 and 总计) 3 more. Null for a line without two. */
export function moreReceived(line: string): string | null {
  const numbers = [...line.matchAll(/\d+/g)];
  if (!line.startsWith(NEW_RECEIVED) || numbers.length < 2) return null;
  const first = numbers[0]!;
  const last = numbers.at(-1)!;
  const plus = (m: RegExpMatchArray) => String(Number(m[0]) + 3);
  return line.slice(0, first.index) + plus(first) + line.slice(first.index! + first[0].length, last.index) + plus(last) + line.slice(last.index! + last[0].length);
}

/** Changes one report of `content` (above); returns its name. */
async function changeOneReport(content: string): Promise<string> {
  for (const name of (await readdir(content)).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = (await readFile(join(content, name), 'utf8')).split('\n');
    const at = lines.findIndex((line) => moreReceived(line) !== null);
    if (at < 0) continue;
    lines[at] = moreReceived(lines[at]!)!;
    await writeFile(join(content, name), lines.join('\n'));
    return name;
  }
  throw new Error(`${content}: no plain-text report with a ${NEW_RECEIVED} row to change`);
}

/** Adds `reports` generated reports to `content`, named apart from its own. */
async function addReports(content: string, work: string, reports: number, seed: string): Promise<void> {
  const aside = join(work, 'added');
  await writeCorpus(aside, reports, seed, 0);
  for (const name of await readdir(aside)) if (name !== 'truth.json') await rename(join(aside, name), join(content, `added-${name}`));
  await rm(aside, { recursive: true, force: true });
}

export interface Rebuild {
  what: string;
  ingest: StepResult;
  build: StepResult;
}

export interface RebuildCommands {
  /** Ingest of `content` into the data folder with the run's cache. */
  ingest: () => Promise<StepResult>;
  /** The incremental build of the data folder, with the run's site cache. */
  build: () => Promise<StepResult>;
}

/** The two rebuilds, one after the other, each ingest and build. */
export async function rebuilds(content: string, work: string, seed: string, run: RebuildCommands): Promise<Rebuild[]> {
  const out: Rebuild[] = [];
  const changed = await changeOneReport(content);
  process.stderr.write(`bench: rebuild after one report changed (${changed})\n`);
  out.push({ what: 'oneReportChanged', ingest: await run.ingest(), build: await run.build() });
  await addReports(content, work, 100, `${seed}-added`);
  process.stderr.write('bench: rebuild after 100 reports added\n');
  out.push({ what: 'hundredReportsAdded', ingest: await run.ingest(), build: await run.build() });
  return out;
}

/** A rebuild's seconds as a ratio of the cold build's (ingest and build), both of this run. */
export function rebuildSummary(r: Rebuild, cold: { ingest: number; build: number }) {
  const seconds = r.ingest.seconds + r.build.seconds;
  return {
    ingestSeconds: r.ingest.seconds,
    buildSeconds: r.build.seconds,
    seconds: round(seconds),
    exitCodes: [r.ingest.exitCode, r.build.exitCode],
    ofColdBuild: round(seconds / (cold.ingest + cold.build)),
    buildOfColdBuild: round(r.build.seconds / cold.build),
    // What the build said it rendered (scripts/build.ts).
    groupsRendered: /nothing to render/.test(r.build.tail) ? 0 : Number(/(\d+) agency groups rendered/.exec(r.build.tail)?.[1] ?? Number.NaN),
  };
}

/**
 * Hugo on the pages of the built site: one content page per page (its title and its text), a
 * one-line template, `hugo --quiet`. The peer of the site stage, as a ratio of its seconds;
 * "not installed" where there is no `hugo`.
 */
export async function hugoPeer(dist: string, work: string, siteSeconds: number, timeoutSeconds: number) {
  const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return { hugo: 'not installed' };
  const site = join(work, 'hugo');
  await mkdir(join(site, 'layouts', '_default'), { recursive: true });
  await mkdir(join(site, 'content'), { recursive: true });
  await writeFile(join(site, 'hugo.toml'), 'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  await writeFile(join(site, 'layouts', '_default', 'single.html'), '<!doctype html><html lang="zh-CN"><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n');
  let pages = 0;
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = relative(dist, dirname(join(entry.parentPath, entry.name)));
    if (rel.startsWith('data') || rel.startsWith('pagefind')) continue;
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? rel;
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    await writeFile(join(site, 'content', `page-${++pages}.md`), `---\ntitle: ${JSON.stringify(title)}\nurl: ${JSON.stringify(`/${rel}/`)}\n---\n${text}\n`);
  }
  const step = await runStep('hugo', ['--quiet', '--source', site, '--destination', join(work, 'hugo-out')], { timeoutSeconds });
  return { hugo: version.stdout.trim(), pages, seconds: step.seconds, peakRssMb: step.peakRssMb, exitCode: step.exitCode, siteStageOverHugo: round(siteSeconds / step.seconds) };
}
