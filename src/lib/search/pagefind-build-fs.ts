/**
 * The Pagefind step of the build, as an Astro integration (astro.config.mjs). The index is made
 * from the data, not from the built pages (search-record.ts), so it is built while Astro renders
 * the pages: started when the build starts, on the other core (Pagefind is a process of its own),
 * and awaited when the build is done. Then the parts move into `pagefind/<build part>/`, the list
 * of parts is written for the search page, and the reports indexed are checked against the report
 * pages Astro wrote.
 *
 * The reports are indexed in parts (pagefind-parts.ts), one Pagefind run per part, each record
 * read from the report's own file; the Pagefind service is closed after each part, so the memory
 * of one part is given back before the next starts. Until the build is done the parts are written
 * beside the output folder (`.<outDir>-pagefind/`), which Astro does not touch.
 *
 * With SEARCH_INDEX_CACHE (site/env.ts; the incremental build sets it), each part is kept there
 * under a hash of its name and of the bytes of its reports' files, and a part whose hash is kept
 * is copied instead of indexed again: an untouched year keeps its files byte for byte and costs no
 * Pagefind run. In an incremental build (BUILD_GROUPS) every report is indexed, though only some
 * agencies' pages are rendered: the others' pages come from the last build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { writeAtomic } from '../files/write-fs.ts';
import { buildEnv } from '../site/env.ts';
import { partLabel, WHOLE, type Part } from '../parts/part.ts';
import { agencyKeyOf } from '../site/agencies.ts';
import { inPart } from '../site/part.ts';
import { DataFolder } from '../site/load-fs.ts';
import { withoutOldReportPages } from './addresses-fs.ts';
import { MAX_PAGES, planParts, reportIdOf, type IndexPart, type PartsManifest } from './pagefind-parts.ts';
import { searchRecord } from './search-record.ts';

/** Records sent to the Pagefind service at once. */
const IN_FLIGHT = 16;

/** Files Pagefind writes for its own search UIs, which this site does not use. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

async function indexPart(data: DataFolder, part: IndexPart, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind part ${part.name}: ${errors.join('; ')}`);
  for (let i = 0; i < part.pages.length; i += IN_FLIGHT) {
    await Promise.all(
      part.pages.slice(i, i + IN_FLIGHT).map(async (pathname) => {
        const added = await index.addCustomRecord(searchRecord(data.report(reportIdOf(pathname)!)));
        if (added.errors.length) throw new Error(`Pagefind part ${part.name}, ${pathname}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind part ${part.name}: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
}

/**
 * The ids of the reports whose pages this build part makes: every report ingest wrote, or in a
 * split build those of the agencies in the part (part.ts), as the report route chooses them.
 */
function reportIds(data: DataFolder, part: Part): string[] {
  const dir = join(data.dir, 'reports');
  if (!existsSync(dir)) return [];
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length));
  if (part.count === 1) return ids;
  return ids.filter((id) => inPart(agencyKeyOf(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Parameters<typeof agencyKeyOf>[0]), part));
}

/** Indexes this build's reports into `staging`; resolves with the list of parts for the search page. */
async function indexReports(staging: string, label: string, logger: AstroIntegrationLogger): Promise<{ manifest: PartsManifest; ids: Set<string> }> {
  const env = buildEnv();
  const data = new DataFolder(env.dataDir);
  const ids = reportIds(data, env.groups ? WHOLE : env.part);
  const manifest = await writeIndex(data, ids, join(staging, label), label, env.searchPartPages ?? MAX_PAGES, (line) => logger.info(line), env.searchIndexCache);
  return { manifest, ids: new Set(ids) };
}

/**
 * Indexes the reports `ids` in parts (planParts) into `dir/<part>/`; resolves with the list of parts,
 * each under `label/`. With a `cache` folder, a part kept there under its key (partKey) is copied
 * instead, and a part indexed is kept there.
 */
export async function writeIndex(data: DataFolder, ids: readonly string[], dir: string, label: string, maxPages: number, log: (line: string) => void = () => undefined, cache: string | null = null): Promise<PartsManifest> {
  const manifest: PartsManifest = { parts: [] };
  for (const part of planParts(ids.map((id) => `report/${id}/`), maxPages)) {
    const t0 = performance.now();
    const kept = cache && join(cache, partKey(data, part));
    const reused = kept !== null && existsSync(kept);
    if (reused) {
      cpSync(kept, join(dir, part.name), { recursive: true });
    } else {
      await indexPart(data, part, join(dir, part.name));
      if (kept) keepPart(join(dir, part.name), kept);
    }
    manifest.parts.push({ path: `${label}/${part.name}`, years: part.years, pages: part.pages.length });
    log(`part ${part.name} (${part.years.join(' ')}): ${part.pages.length} reports ${reused ? 'as kept' : 'indexed'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return manifest;
}

/**
 * What an index part is made from: its name, and each of its reports' id and the bytes of its file
 * (a record is made from the report alone: search-record.ts). The code that makes the records is
 * not in it: the cache's folder is per version of the code (publish/incremental-fs.ts).
 */
export function partKey(data: DataFolder, part: IndexPart): string {
  const hash = createHash('sha256').update(part.name);
  for (const pathname of part.pages) {
    const id = reportIdOf(pathname)!;
    hash.update(`\0${id}\0`).update(createHash('sha256').update(readFileSync(join(data.dir, 'reports', `${id}.json`))).digest('hex'));
  }
  return hash.digest('hex');
}

/** Copies an indexed part into the cache through a temporary folder, so that a kept part is always whole. */
function keepPart(from: string, to: string): void {
  const temp = `${to}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  cpSync(from, temp, { recursive: true });
  rmSync(to, { recursive: true, force: true });
  renameSync(temp, to);
}

/** Report pages written without a record in the index, and records without a page: both should be empty. */
export function indexMismatch(pagePaths: readonly string[], indexed: ReadonlySet<string>): string[] {
  const pages = new Set(pagePaths.map(reportIdOf).filter((id): id is string => id !== null));
  return [...[...pages].filter((id) => !indexed.has(id)).map((id) => `page without record: ${id}`), ...[...indexed].filter((id) => !pages.has(id)).map((id) => `record without page: ${id}`)];
}

export function pagefindIndex(): AstroIntegration {
  let staging = '';
  let indexing: Promise<{ manifest: PartsManifest; ids: Set<string> }> | undefined;
  const label = partLabel(buildEnv().part);
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        staging = join(dirname(outDir), `.${basename(outDir)}-pagefind`);
      },
      'astro:build:start': ({ logger }) => {
        rmSync(join(staging, label), { recursive: true, force: true });
        indexing = indexReports(staging, label, logger);
        // Its failure is reported when the build is done; until then it must not end the process.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const { manifest, ids } = await indexing!;
        const written = withoutOldReportPages(fileURLToPath(dir), pages.map((p) => p.pathname));
        // An incremental build renders some agencies' report pages; every report is indexed all the same.
        const mismatch = indexMismatch(written, ids).filter((m) => !buildEnv().groups || m.startsWith('page without record'));
        if (mismatch.length) throw new Error(`the search index and the report pages differ (${mismatch.length}): ${mismatch.slice(0, 5).join('; ')}`);
        const root = join(fileURLToPath(dir), 'pagefind');
        mkdirSync(root, { recursive: true });
        rmSync(join(root, label), { recursive: true, force: true });
        if (manifest.parts.length) moveFolder(join(staging, label), join(root, label));
        rmSync(staging, { recursive: true, force: true });
        const target = join(root, `${label}.json`);
        writeAtomic(target, Buffer.from(JSON.stringify(manifest)));
        logger.info(`indexed ${ids.size} reports in ${manifest.parts.length} parts`);
      },
    },
  };
}

/** A rename, or a copy where the two folders are on different disks. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}
